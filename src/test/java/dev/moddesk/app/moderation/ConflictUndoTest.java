package dev.moddesk.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Resolution;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Undo of a conflict resolution puts the conflict back exactly as it was (flag, decision, what the decision
 * was made against, outbox entry), and redo settles it again; the same for an ordinary decision on a comment
 * in conflict.
 */
class ConflictUndoTest {
    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    long row1;
    long row2;

    @BeforeEach
    void open() {
        file = dir.resolve("undo.db");
        desk = Fixtures.desk(file, 20, "me");
        row1 = StoreProbe.rowId(file, 1);
        row2 = StoreProbe.rowId(file, 2);
        // approved against "pending"; then the site marked both spam: two conflicts, outbox entries stay queued
        desk.moderation().decide(List.of(row1, row2), ModerationAction.APPROVE);
        Fixtures.siteChanges(desk, 1, Status.SPAM);
        Fixtures.siteChanges(desk, 2, Status.SPAM);
        // a failed push left its mark on the outbox entry: undo must bring that back too
        StoreProbe.execute(file, "UPDATE outbox SET attempts = 2, last_error = 'HTTP 503' WHERE comment_id = ?", row1);
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String state(long row) {
        return String.join("|", StoreProbe.strings(file, "SELECT c.conflict || ',' || coalesce(c.decision, '-') || ',' "
                + "|| coalesce(c.decided_against, '-') || ',' || coalesce(c.decided_by, '-') || ',' || coalesce(c.decided_at, '-') "
                + "|| ',' || coalesce(o.target, '-') || ',' || coalesce(o.queued_at, '-') || ',' || coalesce(o.attempts, '-') "
                + "|| ',' || coalesce(o.last_error, '-') FROM comments c LEFT JOIN outbox o ON o.comment_id = c.id "
                + "WHERE c.id = ?", row));
    }

    @Test
    void undoOfKeepMineRestoresTheConflictExactlyAndRedoSettlesItAgain() {
        String before = state(row1);
        assertTrue(before.startsWith("1,approved,pending,"), before);
        assertEquals(1, desk.moderation().resolve(List.of(row1), Resolution.KEEP_MINE));
        assertTrue(state(row1).startsWith("0,approved,spam,"), state(row1));

        assertEquals(1, desk.moderation().undo().orElseThrow().changed());
        assertEquals(before, state(row1), "conflict flag, decision, decided_against, outbox entry as they were");
        assertEquals(2, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE conflict = 1"));

        assertEquals(1, desk.moderation().redo().orElseThrow().changed());
        assertTrue(state(row1).startsWith("0,approved,spam,"), state(row1));
        assertEquals(1, desk.moderation().undo().orElseThrow().changed(), "the redo is undone in turn");
        assertEquals(before, state(row1));
        // every step is in the audit log
        assertEquals(List.of("approve", "keep-mine", "undo", "keep-mine", "undo"), StoreProbe.strings(file,
                "SELECT action FROM audit_log WHERE comment_id = ? ORDER BY id", row1));
    }

    @Test
    void undoOfTakeTheSitesBringsBackDecisionConflictAndOutboxEntry() {
        String one = state(row1);
        String two = state(row2);
        assertEquals(2, desk.moderation().resolve(List.of(row1, row2), Resolution.TAKE_SITE));
        assertEquals(0, StoreProbe.outbox(file));
        assertEquals("spam", StoreProbe.status(file, 1));

        desk.moderation().undo().orElseThrow();
        assertEquals(one, state(row1));
        assertEquals(two, state(row2));
        assertEquals("approved", StoreProbe.status(file, 1));
        assertEquals(2, StoreProbe.outbox(file));
    }

    @Test
    void anOrdinaryDecisionOnAConflictIsUndoneExactlyToo() {
        String before = state(row1);
        desk.moderation().decide(List.of(row1), ModerationAction.TRASH);
        assertTrue(state(row1).startsWith("0,trash,spam,"), state(row1));
        desk.moderation().undo().orElseThrow();
        assertEquals(before, state(row1));
        desk.moderation().redo().orElseThrow();
        assertTrue(state(row1).startsWith("0,trash,spam,"), state(row1));
    }

    @Test
    void aBulkDecisionOnOrdinaryCommentsKeepsNoSnapshots() {
        List<Long> rows = StoreProbe.strings(file, "SELECT id FROM comments WHERE conflict = 0").stream().map(Long::valueOf).toList();
        desk.moderation().decide(rows, ModerationAction.SPAM);
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM conflict_undo"));
    }
}
