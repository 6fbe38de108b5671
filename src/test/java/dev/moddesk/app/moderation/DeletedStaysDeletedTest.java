package dev.moddesk.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import dev.moddesk.store.Database;
import dev.moddesk.store.OutboxStore;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Comments that the site confirmed as deleted for good, or proved gone, never come back: not through a
 * decision, a restore, a bulk action, undo or redo (the trust issue found the set-wise path letting them).
 */
class DeletedStaysDeletedTest {
    @TempDir
    Path dir;
    Path file;
    Database db;
    Moderation moderation;
    long row;

    @BeforeEach
    void aPermanentDeleteThatThePushConfirmed() {
        file = dir.resolve("d.db");
        Fixtures.desk(file, 10, "setup").close();
        db = Database.open(file);
        moderation = new Moderation(db, () -> "alice");
        row = StoreProbe.rowId(file, 1);
        moderation.decide(List.of(row), ModerationAction.DELETE);
        OutboxStore outbox = new OutboxStore(db);
        outbox.confirmStatus(outbox.pending(Fixtures.SITE).get(0), Status.DELETED); // what a push does
        assertEquals("deleted", StoreProbe.status(file, 1));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @ParameterizedTest
    @EnumSource(value = ModerationAction.class, names = {"APPROVE", "HOLD", "SPAM", "TRASH", "RESTORE", "DELETE"})
    void noActionMovesIt_singleOrInBulk(ModerationAction action) {
        long groups = groups();
        assertEquals(new Outcome(0, 1), moderation.decide(List.of(row), action));
        Outcome bulk = moderation.decide(List.of(row, StoreProbe.rowId(file, 2), StoreProbe.rowId(file, 3)), action);
        assertEquals("deleted", StoreProbe.status(file, 1));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM outbox WHERE comment_id = ?", row));
        assertEquals(bulk.changed() == 0 ? groups : groups + 1, groups(), "a step that changes nothing is no step");
    }

    @Test
    void undoOfThePushedDeleteDoesNotBringItBack() {
        assertEquals(new Outcome(0, 1), moderation.undo().orElseThrow());
        assertEquals("deleted", StoreProbe.status(file, 1));
        assertEquals(0, StoreProbe.outbox(file));
        assertEquals(new Outcome(0, 1), moderation.redo().orElseThrow());
        assertEquals("deleted", StoreProbe.status(file, 1));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void aCommentTheSiteNoLongerHasStaysGone() {
        StoreProbe.execute(file, "UPDATE comments SET site_status = 'gone' WHERE remote_id = 2");
        assertEquals(new Outcome(0, 1), moderation.decide(List.of(StoreProbe.rowId(file, 2)), ModerationAction.APPROVE));
        assertEquals("gone", StoreProbe.status(file, 2));
    }

    @Test
    void aDecisionThatChangesNothingAddsNoStepToTheHistory() {
        long groups = groups();
        long pendingRow = StoreProbe.rowId(file, 2);
        assertEquals(new Outcome(0, 1), moderation.decide(List.of(pendingRow), ModerationAction.HOLD));
        assertEquals(groups, groups());
        assertEquals(0, moderation.resolve(List.of(pendingRow), dev.moddesk.core.Resolution.KEEP_MINE));
        assertEquals(groups, groups());
    }

    private long groups() {
        return StoreProbe.number(file, "SELECT count(*) FROM decision_groups");
    }
}
