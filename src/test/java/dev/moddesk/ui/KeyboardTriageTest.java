package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.dialogs.ShortcutRow;
import java.util.HashSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** One key per decision, from the real window, checked in the store. */
class KeyboardTriageTest extends DeskUiTestBase {

    @Test
    void opensOnPendingWithTitleCountsAndTheNewestComment() {
        settle();
        assertEquals("ModDesk — Example Blog", ((javafx.stage.Stage) robot.lookup("#queue").query().getScene().getWindow()).getTitle());
        assertEquals(Fixtures.count(comments(), Status.PENDING), total());
        assertEquals(Fixtures.count(comments(), Status.PENDING), window.queue().countsProperty().get().pending());
        assertEquals(0, window.queue().cursor());
        assertEquals(120, current().remoteId());
        assertNoErrors();
    }

    @Test
    void jkMoveAndApproveMovesOnToTheNextComment() {
        settle();
        key(KeyCode.J);
        key(KeyCode.J);
        key(KeyCode.K);
        assertEquals(1, window.queue().cursor());
        QueueRow target = current();
        QueueRow next = window.queue().rows().peek(2);
        long pendingBefore = total();

        key(KeyCode.A);
        assertEquals("approved", StoreProbe.status(file, target.remoteId()));
        assertEquals(pendingBefore - 1, total());
        assertEquals(next.rowId(), current().rowId(), "the cursor moved on to the next comment");
        assertEquals(1, window.queue().cursor());
        assertEquals(1, StoreProbe.auditRows(file));
        assertEquals("ui-tester", StoreProbe.strings(file, "SELECT moderator FROM audit_log").get(0));
        assertEquals(1, StoreProbe.outbox(file));

        // s, u, then d on the following ones
        QueueRow second = current();
        key(KeyCode.S);
        assertEquals("spam", StoreProbe.status(file, second.remoteId()));
        QueueRow third = current();
        key(KeyCode.D);
        assertEquals("trash", StoreProbe.status(file, third.remoteId()));
        assertEquals(3, StoreProbe.auditRows(file));
        assertNoErrors();
    }

    @Test
    void undoAndRedoFromTheKeyboard() {
        settle();
        QueueRow target = current();
        key(KeyCode.S);
        assertEquals("spam", StoreProbe.status(file, target.remoteId()));
        key(KeyCode.Z);
        assertEquals("pending", StoreProbe.status(file, target.remoteId()));
        assertEquals(0, StoreProbe.outbox(file));
        assertEquals("Undone: 1 comment back", window.moderation().messageProperty().get());
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals("spam", StoreProbe.status(file, target.remoteId()));
        assertEquals("Redone: 1 comment", window.moderation().messageProperty().get());
        key(KeyCode.CONTROL, KeyCode.Z);
        assertEquals("pending", StoreProbe.status(file, target.remoteId()));
        assertEquals(4, StoreProbe.auditRows(file), "decide, undo, redo, undo: four audit lines");
        assertNoErrors();
    }

    @Test
    void undoAsksBeforeRevertingAStepAnotherProcessMade() {
        settle();
        QueueRow mine = current();
        key(KeyCode.A);
        long remote = current().remoteId();
        try (Workspace script = Workspace.open(file, () -> "cli-bob")) {
            script.moderation().decide(List.of(StoreProbe.rowId(file, remote)), ModerationAction.SPAM);
        }

        dialogs.confirmAnswer = false;
        List<String> statusWhileAsking = new ArrayList<>();
        dialogs.whileAsking = () -> statusWhileAsking.add(window.moderation().messageProperty().get());
        key(KeyCode.Z);
        assertEquals(1, dialogs.confirms.size(), "asked: " + dialogs.confirms);
        assertEquals(List.of("Undo: a step made elsewhere, asking first"), statusWhileAsking, "not 'Undoing…'");
        assertTrue(dialogs.confirms.get(0).startsWith("Undo a step made elsewhere?: The newest step, “spam 1” "
                + "(comment " + remote + ") by cli-bob at "), dialogs.confirms.get(0));
        assertEquals("Nothing undone", window.moderation().messageProperty().get());
        assertEquals("spam", StoreProbe.status(file, remote), "cli-bob's decision stays");
        assertEquals("approved", StoreProbe.status(file, mine.remoteId()));

        dialogs.confirmAnswer = true;
        key(KeyCode.Z);
        assertEquals("pending", StoreProbe.status(file, remote), "asked again, and undone");
        assertEquals("approved", StoreProbe.status(file, mine.remoteId()));
        key(KeyCode.Z);
        assertEquals("pending", StoreProbe.status(file, mine.remoteId()), "then the desk's own, without asking");
        assertEquals(2, dialogs.confirms.size());
        assertNoErrors();
    }

    @Test
    void deletePermanentlyInSpamAsksFirst() {
        settle();
        key(KeyCode.CONTROL, KeyCode.DIGIT3); // Spam view
        assertEquals(Fixtures.count(comments(), Status.SPAM), total());
        QueueRow target = current();
        dialogs.confirmAnswer = false;
        key(KeyCode.D);
        assertEquals(1, dialogs.confirms.size());
        assertEquals("spam", StoreProbe.status(file, target.remoteId()));
        dialogs.confirmAnswer = true;
        key(KeyCode.D);
        assertEquals("deleted", StoreProbe.status(file, target.remoteId()));
        assertEquals(Fixtures.count(comments(), Status.SPAM) - 1, total());
        key(KeyCode.Z);
        assertEquals("spam", StoreProbe.status(file, target.remoteId()));
        assertNoErrors();
    }

    @Test
    void buttonsActToo() {
        settle();
        QueueRow target = current();
        robot.clickOn("#btn-spam");
        settle();
        assertEquals("spam", StoreProbe.status(file, target.remoteId()));
        robot.clickOn("#btn-undo");
        settle();
        assertEquals("pending", StoreProbe.status(file, target.remoteId()));
        robot.clickOn("#btn-redo");
        settle();
        assertEquals("spam", StoreProbe.status(file, target.remoteId()));
        assertNoErrors();
    }

    @Test
    void questionMarkListsShortcutsAndSlashFocusesSearch() {
        settle();
        robot.push(KeyCode.SHIFT, KeyCode.SLASH);
        settle();
        assertEquals(1, dialogs.shortcutsShown);
        assertEveryKeyListed(dialogs.shortcuts);
        robot.push(KeyCode.SLASH);
        settle();
        assertEquals("search", robot.lookup("#search").query().getScene().getFocusOwner().getId());
        robot.push(KeyCode.ESCAPE);
        settle();
        assertNotEquals("search", robot.lookup("#search").query().getScene().getFocusOwner().getId());
    }

    /** The keys the README promises, each on a row of the list, and every action that has keys described there. */
    private static void assertEveryKeyListed(List<ShortcutRow> rows) {
        Set<String> listed = new HashSet<>();
        rows.forEach(r -> listed.addAll(List.of(r.keys().split(" or "))));
        for (String key : List.of("j", "k", "a", "u", "s", "d", "r", "x", "z", "/", "?")) {
            assertTrue(listed.contains(key), "the ? list names key " + key + ": " + listed);
        }
        Set<String> described = new HashSet<>();
        rows.forEach(r -> described.add(r.meaning()));
        for (DeskAction action : DeskAction.values()) {
            if (!action.keys().isEmpty()) {
                assertTrue(described.contains(action.description()), "the ? list explains " + action);
            }
        }
    }
}
