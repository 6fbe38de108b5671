package dev.moddesk.app;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The change signal fires once for each commit by another connection, and not for reads or for nothing. */
class ChangeWatchTest {
    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    ChangeWatch watch;

    @BeforeEach
    void open() {
        file = dir.resolve("watch.db");
        desk = Fixtures.desk(file, 20, "watcher");
        watch = desk.watchChanges();
    }

    @AfterEach
    void close() {
        watch.close();
        desk.close();
    }

    @Test
    void quietWhenNothingWasCommitted() {
        assertFalse(watch.changed(), "the commits before it opened are not news");
        try (QueueReader reader = desk.newReader()) {
            reader.count(QueueQuery.of(QueueFilter.pending()));
            reader.counts();
        }
        StoreProbe.number(file, "SELECT count(*) FROM comments");
        assertFalse(watch.changed(), "reads are no change");
        assertFalse(watch.changed());
    }

    @Test
    void firesOnceForACommitByAnotherDatabaseOnTheSameFile() {
        try (Workspace other = Workspace.open(file, () -> "other process")) {
            other.moderation().decide(List.of(StoreProbe.rowId(file, 1)), ModerationAction.SPAM);
        }
        assertTrue(watch.changed());
        assertFalse(watch.changed(), "told once");
        StoreProbe.execute(file, "UPDATE comments SET score = 0.5 WHERE remote_id = 2");
        assertTrue(watch.changed(), "a plain connection's commit too");
    }

    @Test
    void firesForTheDesksOwnWriter() {
        desk.moderation().decide(List.of(StoreProbe.rowId(file, 3)), ModerationAction.APPROVE);
        assertTrue(watch.changed());
        desk.importer(w -> { }).importFrom("again", "test", Fixtures.site(25));
        assertTrue(watch.changed());
        assertFalse(watch.changed());
    }
}
