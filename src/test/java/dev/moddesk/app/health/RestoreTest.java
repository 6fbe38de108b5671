package dev.moddesk.app.health;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.UserFacingException;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RestoreTest {
    @TempDir
    Path dir;

    private Path site() {
        Path db = dir.resolve("site.db");
        Fixtures.desk(db, 100, "ann").close();
        return db;
    }

    private static void approveFirstTen(Path db) {
        try (Workspace w = Workspace.open(db, () -> "ann")) {
            w.moderation().decide(w.moderation().findBySiteIds(null,
                    List.of(1L, 2L, 3L, 4L, 5L, 6L, 10L, 11L, 12L, 13L)), ModerationAction.APPROVE);
        }
    }

    @Test
    void theLatestBackupComesBackAndTheReplacedFileIsKeptAsDamaged() throws IOException {
        Path db = site();
        new Backups(db).now(Optional.empty());
        approveFirstTen(db);
        assertEquals(10, StoreProbe.outbox(db));
        byte[] replaced = Files.readAllBytes(db);

        Restore.Restored done = new Restore(db).latest();
        assertEquals(0, StoreProbe.outbox(db), "the database is as it was at the backup");
        Path aside = done.setAside().orElseThrow();
        assertTrue(aside.getFileName().toString().startsWith("site.db.damaged-"), aside.toString());
        assertArrayEquals(replaced, Files.readAllBytes(aside), "the replaced file is moved, never changed or deleted");
        assertEquals(10, StoreProbe.outbox(aside));
        assertTrue(new Doctor(db).check(true).ok());
    }

    @Test
    void theWriteAheadLogOfTheReplacedFileGoesWithIt() throws Exception {
        Path db = site();
        Path backup = dir.resolve("b.db");
        new Backups(db).now(Optional.of(backup));
        // the state a killed process leaves: its last commit still in the log beside the file
        Path crashed = dir.resolve("crashed.db");
        StoreProbe.whileOpen(db, () -> {
            StoreProbe.execute(db, "UPDATE comments SET decision = 'spam' WHERE remote_id = 1");
            Files.copy(db, crashed);
            Files.copy(Path.of(db + "-wal"), Path.of(crashed + "-wal"));
        });
        Restore.Restored done = new Restore(crashed).from(backup);
        Path aside = done.setAside().orElseThrow();
        assertFalse(Files.exists(Path.of(crashed + "-wal")), "no old log is left to be replayed into the restored file");
        assertEquals("pending", StoreProbe.status(crashed, 1));
        assertEquals(List.of("spam"), StoreProbe.strings(aside, "SELECT decision FROM comments WHERE remote_id = 1"),
                "the file set aside keeps its last commit");
    }

    @Test
    void aDamagedOrForeignBackupIsRefusedAndNothingChanges() throws IOException {
        Path db = site();
        Path bad = dir.resolve("bad.db");
        new Backups(db).now(Optional.of(bad));
        DoctorTest.damageTheCommentsTable(bad);
        Path text = Files.writeString(dir.resolve("text.db"), "not a database at all, only text. ".repeat(100));
        byte[] before = Files.readAllBytes(db);
        HealthException damaged = assertThrows(HealthException.class, () -> new Restore(db).from(bad));
        assertTrue(damaged.getMessage().contains("damaged too"), damaged.getMessage());
        assertThrows(UserFacingException.class, () -> new Restore(db).from(text));
        assertThrows(HealthException.class, () -> new Restore(db).from(dir.resolve("missing.db")));
        HealthException none = assertThrows(HealthException.class, () -> new Restore(db).latest());
        assertTrue(none.getMessage().contains("no backups"), none.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db));
        try (var files = Files.list(dir)) {
            assertEquals(List.of(), files.filter(f -> f.getFileName().toString().contains("damaged")).toList());
        }
    }
}
