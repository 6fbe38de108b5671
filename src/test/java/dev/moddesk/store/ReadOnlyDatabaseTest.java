package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be written (read-only folder or medium) opens for reading, and every write says why it fails. */
class ReadOnlyDatabaseTest {
    @TempDir
    Path dir;

    @Test
    void aReadOnlyOpenReadsEverythingRefusesEveryWriteAndLeavesTheFileAsItWas() throws Exception {
        Path file = dir.resolve("site.db");
        Fixtures.desk(file, 30, "ann").close();
        byte[] before = Files.readAllBytes(file);
        try (Database db = Database.openReadOnly(file.toAbsolutePath())) {
            assertTrue(db.readOnly());
            try (ReadSession reads = new ReadSession(db)) {
                assertEquals(30, reads.queries().counts().total());
                assertEquals(Fixtures.count(30, dev.moddesk.core.Status.PENDING),
                        StoreProbe.queue(db.writer(), QueueFilter.pending(), 0).size());
            }
            StoreException refused = assertThrows(StoreException.class,
                    () -> new Repairs(db).recount());
            assertTrue(refused.getMessage().contains("read-only") && refused.getMessage().contains("nothing can be changed"),
                    refused.getMessage());
        }
        assertArrayEquals(before, Files.readAllBytes(file));
        assertEquals(List.of(), List.of(Path.of(file + "-wal"), Path.of(file + "-shm")).stream().filter(Files::exists).toList());
    }

    @Test
    void aFileInAFolderThatCannotBeWrittenOpensReadOnlyOnItsOwn() throws Exception {
        // root writes through any permission bits: only a read-only mount would show it, which a test cannot make
        assumeFalse("root".equals(System.getProperty("user.name")), "permission bits do not bind root");
        Path folder = Files.createDirectories(dir.resolve("ro"));
        Path file = folder.resolve("site.db");
        Fixtures.desk(file, 10, "ann").close();
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        try (Workspace w = Workspace.open(file, () -> "ann")) {
            assertTrue(w.readOnly());
            try (var reader = w.newReader()) {
                assertEquals(10, reader.counts().total());
            }
        } finally {
            Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
        assertFalse(Files.exists(Path.of(file + "-wal")));
    }
}
