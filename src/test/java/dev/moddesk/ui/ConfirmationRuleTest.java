package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.QueueRow;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.actions.Shortcuts;
import dev.moddesk.ui.dialogs.ShortcutRow;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * One rule for every decision: on more than one comment it asks first, on one it does not (Delete permanently
 * aside); the {@code ?} list says so.
 */
class ConfirmationRuleTest extends DeskUiTestBase {

    @Test
    void approvingTwoCheckedCommentsAsksAsSpammingTwoDoes() {
        QueueRow first = current();
        key(KeyCode.X);
        key(KeyCode.J);
        QueueRow second = current();
        key(KeyCode.X);
        shiftKey(KeyCode.A);
        assertEquals(1, dialogs.confirms.size(), "approve on two asks, as spam on two does");
        assertTrue(dialogs.confirms.get(0).startsWith("Approve 2 comments?"), dialogs.confirms.get(0));
        assertEquals("approved", StoreProbe.status(file, first.remoteId()));
        assertEquals("approved", StoreProbe.status(file, second.remoteId()));

        dialogs.confirmAnswer = false;
        QueueRow third = current();
        key(KeyCode.X);
        key(KeyCode.J);
        key(KeyCode.X);
        shiftKey(KeyCode.S);
        assertEquals(2, dialogs.confirms.size());
        assertEquals("pending", StoreProbe.status(file, third.remoteId()), "a refused question changes nothing");
        assertNoErrors();
    }

    @Test
    void oneCommentNeverAsks() {
        QueueRow highlighted = current();
        key(KeyCode.S);
        assertEquals("spam", StoreProbe.status(file, highlighted.remoteId()));
        QueueRow checked = current();
        key(KeyCode.X);
        shiftKey(KeyCode.S);
        assertEquals("spam", StoreProbe.status(file, checked.remoteId()));
        assertEquals(List.of(), dialogs.confirms, "one comment, checked or highlighted: no question");
        assertNoErrors();
    }

    @Test
    void theShortcutListSaysTheRuleAfterTheDecisions() {
        List<ShortcutRow> rows = Shortcuts.all();
        int rule = rows.indexOf(Shortcuts.CONFIRMATION_RULE);
        assertTrue(rule > 0, "the rule is in the list");
        assertEquals(DeskAction.Section.DECIDING.title(), rows.get(rule - 1).section());
        assertEquals(DeskAction.Section.FINDING.title(), rows.get(rule + 1).section());
        assertEquals(1, rows.stream().filter(Shortcuts.CONFIRMATION_RULE::equals).count());
    }
}
