package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.store.StoreProbe;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Comments → Empty spam / Empty trash: the count first, then one permanent step that undo takes back. */
class EmptySpamAndTrashTest extends DeskUiTestBase {

    private long inStatus(String status) {
        return StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = ?", status);
    }

    private void menu(String id) {
        robot.clickOn("#menu-comments").clickOn(id);
        settle();
    }

    @Test
    void emptySpam_saysHowManyFirst_deletesThemAll_asOneStepThatUndoTakesBack() {
        long spam = inStatus("spam");
        long trash = inStatus("trash");
        assertTrue(spam > 0 && trash > 0);
        robot.interact(() -> window.queue().search("no such words anywhere")); // the filters of the moment do not narrow what is emptied
        settle();
        menu("#menu-empty-spam");
        assertEquals(1, dialogs.confirms.size());
        assertTrue(dialogs.confirms.get(0).startsWith("Empty spam?: Delete " + spam + " comments in Spam permanently"),
                dialogs.confirms.toString());
        assertEquals(0, inStatus("spam"));
        assertEquals(spam, inStatus("deleted"));
        assertEquals(trash, inStatus("trash"), "the trash is left alone");
        assertEquals(spam, StoreProbe.outbox(file), "each deletion queued for the site");
        assertEquals(1, StoreProbe.number(file, "SELECT count(DISTINCT group_id) FROM audit_log"), "one step");
        assertTrue(window.moderation().messageProperty().get().startsWith("Emptied spam: " + spam + " comments"),
                window.moderation().messageProperty().get());

        robot.interact(() -> window.queue().search(""));
        key(KeyCode.Z);
        assertEquals(spam, inStatus("spam"), "one undo brings all of them back");
        assertEquals(0, StoreProbe.outbox(file));
        assertNoErrors();
    }

    @Test
    void emptyTrash_notConfirmed_deletesNothing_andAnEmptyTrashIsSaidSo() {
        long trash = inStatus("trash");
        dialogs.confirmAnswer = false;
        menu("#menu-empty-trash");
        assertEquals(1, dialogs.confirms.size(), dialogs.confirms.toString());
        assertEquals(trash, inStatus("trash"));
        assertEquals(0, StoreProbe.auditRows(file));

        dialogs.confirmAnswer = true;
        menu("#menu-empty-trash");
        assertEquals(0, inStatus("trash"));
        menu("#menu-empty-trash");
        assertEquals(2, dialogs.confirms.size(), "nothing to ask about: " + dialogs.confirms);
        assertEquals("Nothing in trash to delete", window.moderation().messageProperty().get());
        assertEquals(List.of(), dialogs.errors);
    }
}
