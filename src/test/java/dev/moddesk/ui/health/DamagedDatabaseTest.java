package dev.moddesk.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.health.Backups;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.FakeDialogs;
import dev.moddesk.ui.dialogs.DamagedChoice;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk's way out of a damaged database: restore the latest backup, open another, or quit. */
class DamagedDatabaseTest {
    @TempDir
    Path dir;

    private final FakeDialogs dialogs = new FakeDialogs();

    /** A database whose file header is overwritten: SQLite no longer knows it. */
    private Path damaged(boolean withBackup) throws IOException {
        Path db = dir.resolve("site.db");
        Fixtures.desk(db, 30, "ann").close();
        if (withBackup) {
            new Backups(db).now(Optional.empty());
        }
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.write("garbage, not SQLite".getBytes());
        }
        return db;
    }

    private String failure(Path db) {
        RuntimeException e = assertThrows(RuntimeException.class, () -> Workspace.open(db, () -> "ann"));
        assertTrue(Workspace.isDamage(e), e.toString());
        return e.getMessage();
    }

    @Test
    void restoringPutsTheLatestBackupInPlaceAndKeepsTheDamagedFile() throws IOException {
        Path db = damaged(true);
        dialogs.damagedAnswers.add(DamagedChoice.RESTORE);
        assertEquals(Optional.of(db), DamagedDatabase.resolve(db, failure(db), dialogs));
        assertTrue(dialogs.damagedAsked.get(0).contains("not SQLite") && !dialogs.damagedAsked.get(0).endsWith("none"),
                dialogs.damagedAsked.toString());
        Workspace.open(db, () -> "ann").close();
        assertEquals(30, StoreProbe.number(db, "SELECT count(*) FROM comments"));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().matches("site\\.db\\.damaged-\\d{8}-\\d{6}")).count());
        }
    }

    @Test
    void withoutABackupTheChoiceIsAnotherDatabaseOrQuit() throws IOException {
        Path db = damaged(false);
        Path other = dir.resolve("other.db");
        dialogs.damagedAnswers.add(DamagedChoice.OPEN_ANOTHER); // cancelled in the chooser: asked again
        dialogs.damagedAnswers.add(DamagedChoice.OPEN_ANOTHER);
        String why = failure(db);
        dialogs.databases.add(other);
        Optional<Path> first = DamagedDatabase.resolve(db, why, dialogs);
        assertEquals(Optional.of(other), first);
        assertEquals(1, dialogs.damagedAsked.size(), "the chooser gave a file at once");
        assertTrue(dialogs.damagedAsked.get(0).endsWith("backup: none"), dialogs.damagedAsked.toString());

        assertEquals(Optional.empty(), DamagedDatabase.resolve(db, why, dialogs), "cancel, then quit");
        assertEquals(3, dialogs.damagedAsked.size());
    }

    @Test
    void aRestoreThatCannotBeDoneIsSaidAndTheQuestionAskedAgain() throws IOException {
        Path db = damaged(false);
        dialogs.damagedAnswers.add(DamagedChoice.RESTORE);
        dialogs.damagedAnswers.add(DamagedChoice.QUIT);
        assertEquals(Optional.empty(), DamagedDatabase.resolve(db, failure(db), dialogs));
        assertEquals(1, dialogs.errors.size(), dialogs.errors.toString());
        assertTrue(dialogs.errors.get(0).contains("no backups"), dialogs.errors.get(0));
    }
}
