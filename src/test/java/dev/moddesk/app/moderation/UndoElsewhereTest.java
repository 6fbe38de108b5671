package dev.moddesk.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
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
 * The desk's undo reverts its own newest step at once, and only describes a step another process made on the same
 * database (each {@link Workspace} here stands for a process: its own open database), to be asked about first.
 */
class UndoElsewhereTest {
    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    Workspace script;

    @BeforeEach
    void open() {
        file = dir.resolve("t.db");
        desk = Fixtures.desk(file, 60, "alice");
        script = Workspace.open(file, () -> "cli-bob");
    }

    @AfterEach
    void close() {
        script.close();
        desk.close();
    }

    private List<Long> pending(int n) {
        return StoreProbe.strings(file, "SELECT id FROM comments WHERE status = 'pending' ORDER BY id LIMIT ?", n)
                .stream().map(Long::parseLong).toList();
    }

    private String status(long rowId) {
        return StoreProbe.strings(file, "SELECT status FROM comments WHERE id = ?", rowId).get(0);
    }

    private long siteId(long rowId) {
        return Long.parseLong(StoreProbe.strings(file, "SELECT remote_id FROM comments WHERE id = ?", rowId).get(0));
    }

    @Test
    void theDesksOwnStepIsUndoneAtOnce_anotherProcesssStepOnlyDescribed() {
        long mine = pending(1).get(0);
        desk.moderation().decide(List.of(mine), ModerationAction.APPROVE);
        List<Long> theirs = pending(2);
        script.moderation().decide(theirs, ModerationAction.SPAM);

        UndoAttempt attempt = desk.moderation().undoOwn();
        assertNull(attempt.undone(), "nothing undone");
        UndoAttempt.Step step = attempt.elsewhere();
        assertNotNull(step);
        assertEquals("cli-bob", step.moderator());
        assertTrue(step.label().startsWith("spam"), step.label());
        assertEquals(List.of(siteId(theirs.get(0)), siteId(theirs.get(1))), step.lastComments(), "which comments");
        assertFalse(step.more());
        assertEquals(List.of("spam", "spam"), List.of(status(theirs.get(0)), status(theirs.get(1))));
        assertEquals("approved", status(mine));

        assertEquals(2, desk.moderation().undo(step.group()).orElseThrow().changed(), "asked and said yes");
        assertEquals(List.of("pending", "pending"), List.of(status(theirs.get(0)), status(theirs.get(1))));
        UndoAttempt next = desk.moderation().undoOwn();
        assertEquals(1, next.undone().changed(), "then the desk's own step, at once");
        assertEquals("pending", status(mine));
        assertEquals(UndoAttempt.NOTHING, desk.moderation().undoOwn());
    }

    @Test
    void aStepOfManyCommentsNamesItsLastFew() {
        List<Long> theirs = pending(5);
        script.moderation().decide(theirs, ModerationAction.SPAM);
        UndoAttempt.Step step = desk.moderation().undoOwn().elsewhere();
        assertTrue(step.more());
        assertEquals(3, step.lastComments().size());
        assertTrue(theirs.stream().map(this::siteId).toList().containsAll(step.lastComments()), step.toString());
    }

    @Test
    void aStepAskedAboutIsNotUndone_whenAnotherCameAfterIt() {
        script.moderation().decide(pending(1), ModerationAction.SPAM);
        UndoAttempt.Step asked = desk.moderation().undoOwn().elsewhere();
        long later = pending(1).get(0);
        script.moderation().decide(List.of(later), ModerationAction.TRASH);
        assertTrue(desk.moderation().undo(asked.group()).isEmpty(), "the step asked about is no longer the newest");
        assertEquals(Status.TRASH.word(), status(later));
    }

    @Test
    void afterARestart_theDesksEarlierStepsAreAskedAboutToo() {
        desk.moderation().decide(pending(1), ModerationAction.APPROVE);
        desk.close();
        desk = Workspace.open(file, () -> "alice");
        UndoAttempt attempt = desk.moderation().undoOwn();
        assertNull(attempt.undone());
        assertEquals("alice", attempt.elsewhere().moderator());
    }
}
