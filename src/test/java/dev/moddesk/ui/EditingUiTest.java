package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.QueueRow;
import dev.moddesk.store.StoreProbe;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** Edit ({@code e}) and reply ({@code r}) through the real desk window, checked in the store. */
class EditingUiTest extends DeskUiTestBase {

    private boolean editorOpen() {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup("#editor-content") != null);
    }

    /** Waits for the editor and clicks into its content, as a moderator would start typing there. */
    private void waitForEditor() {
        waitUntil("the editor opens", 5_000, this::editorOpen);
        robot.clickOn("#editor-content");
    }

    /** The text the preview shows, as one string. */
    private String previewText() {
        javafx.scene.Node shown = robot.lookup("#editor-preview").queryAs(javafx.scene.control.ScrollPane.class)
                .getContent();
        StringBuilder out = new StringBuilder();
        OnScreen.fx(() -> {
            shown.lookupAll("Text").forEach(n -> out.append(((javafx.scene.text.Text) n).getText()));
            return true;
        });
        return out.toString();
    }

    private String content(long remoteId) {
        return StoreProbe.strings(file, "SELECT content FROM comments WHERE remote_id = ?", remoteId).get(0);
    }

    @Test
    void eEditsTheHighlightedComment_ctrlEnterSaves_andZUndoesIt() {
        settle();
        QueueRow row = current();
        String before = content(row.remoteId());
        key(KeyCode.E);
        waitForEditor();
        TextArea area = robot.lookup("#editor-content").queryAs(TextArea.class);
        assertEquals(before, area.getText(), "the editor shows the raw HTML");
        robot.interact(() -> area.setText(""));
        robot.write("<p>No <b>links</b> now</p>");
        TextField author = robot.lookup("#editor-author").queryAs(TextField.class);
        robot.interact(() -> author.setText("Renamed"));
        assertTrue(previewText().contains("No links now"), "the preview renders what was typed: " + previewText());
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
        assertTrue(!editorOpen(), "saved and closed");
        assertEquals("<p>No <b>links</b> now</p>", content(row.remoteId()));
        assertEquals(List.of("Renamed"), StoreProbe.strings(file, "SELECT author FROM comments WHERE remote_id = ?",
                row.remoteId()));
        assertEquals(List.of("edit"), StoreProbe.strings(file, "SELECT kind FROM outbox"));

        robot.interact(() -> ((Stage) robot.lookup("#queue").query().getScene().getWindow()).requestFocus());
        key(KeyCode.Z);
        assertEquals(before, content(row.remoteId()), "undo puts the text back");
        assertEquals(0, StoreProbe.outbox(file));
        assertNoErrors();
    }

    @Test
    void rRepliesToThePendingComment_approvingIt_andNRestores() {
        settle();
        QueueRow row = current();
        key(KeyCode.R);
        waitForEditor();
        robot.write("Thanks for the comment");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
        assertEquals("approved", StoreProbe.status(file, row.remoteId()), "replying approves a pending comment");
        assertEquals(List.of("Thanks for the comment|" + row.remoteId()), StoreProbe.strings(file, "SELECT content || '|' "
                + "|| parent_id FROM comments WHERE remote_id < 0"));

        // restore moved from r to n: in Spam, n brings the highlighted comment back
        key(KeyCode.CONTROL, KeyCode.DIGIT3);
        QueueRow spam = current();
        assertEquals("spam", StoreProbe.status(file, spam.remoteId()));
        key(KeyCode.N);
        assertEquals("pending", StoreProbe.status(file, spam.remoteId()));
        assertNoErrors();
    }

    @Test
    void escCancels_askingFirstWhenSomethingWasWritten() {
        settle();
        QueueRow row = current();
        key(KeyCode.R);
        waitForEditor();
        robot.push(KeyCode.ESCAPE);
        settle();
        assertTrue(!editorOpen(), "nothing written: closed without asking");
        assertEquals(List.of(), dialogs.confirms);

        key(KeyCode.E);
        waitForEditor();
        robot.write("more");
        dialogs.confirmAnswer = false;
        robot.push(KeyCode.ESCAPE);
        settle();
        assertEquals(1, dialogs.confirms.size(), dialogs.confirms.toString());
        assertTrue(editorOpen(), "kept open: the moderator said no");
        dialogs.confirmAnswer = true;
        robot.push(KeyCode.ESCAPE);
        settle();
        assertTrue(!editorOpen());
        assertEquals(0, StoreProbe.auditRows(file), "nothing recorded");
        assertEquals("pending", StoreProbe.status(file, row.remoteId()));
    }

    private Stage desk() {
        return (Stage) robot.lookup("#queue").query().getScene().getWindow();
    }

    /** The editor moved off the desk window (it is not modal), so that a click reaches the queue. */
    private void moveEditorAside() {
        robot.interact(() -> Window.getWindows().stream().filter(w -> w.getScene() != null
                && w.getScene().lookup("#editor-content") != null).forEach(w -> w.setX(desk().getX()
                + desk().getWidth() + 10)));
    }

    /** Back to the desk window, as a click on its title would do, and {@code code} there. */
    private void keyInDesk(KeyCode code) {
        robot.interact(() -> desk().requestFocus());
        key(code);
    }

    @Test
    void movingToAnotherCommentWithUnsavedText_asksFirst_keepEditingStaysOnTheComment() {
        settle();
        QueueRow row = current();
        key(KeyCode.R);
        waitForEditor();
        robot.write("Half a reply");
        dialogs.confirmAnswer = false; // Keep editing
        keyInDesk(KeyCode.J);
        settle();
        assertEquals(1, dialogs.confirms.size(), dialogs.confirms.toString());
        assertTrue(dialogs.confirms.get(0).startsWith("Discard what you wrote?"), dialogs.confirms.toString());
        assertEquals(row.rowId(), current().rowId(), "Keep editing: back on the comment replied to");
        assertTrue(editorOpen());
        assertEquals("Half a reply", robot.lookup("#editor-content").queryAs(TextArea.class).getText());

        // a click on another row asks as well; Discard closes the editor and the click stands
        dialogs.confirmAnswer = true;
        moveEditorAside();
        robot.interact(() -> desk().requestFocus());
        robot.clickOn(robot.lookup(".table-row-cell").nth(2).queryAs(javafx.scene.Node.class));
        settle();
        assertEquals(2, dialogs.confirms.size(), dialogs.confirms.toString());
        assertTrue(!editorOpen(), "discarded");
        assertTrue(current().rowId() != row.rowId(), "the click moved the cursor");
        assertEquals(0, StoreProbe.auditRows(file), "nothing recorded");
    }

    @Test
    void movingWithNothingWritten_closesTheEditorWithoutAsking() {
        settle();
        key(KeyCode.E);
        waitForEditor();
        keyInDesk(KeyCode.J);
        settle();
        assertTrue(!editorOpen());
        assertEquals(List.of(), dialogs.confirms);
    }

    @Test
    void closingTheDeskWithUnsavedText_asksFirst() {
        settle();
        Stage stage = desk();
        key(KeyCode.E);
        waitForEditor();
        robot.write(" and more");
        dialogs.confirmAnswer = false; // Keep editing
        robot.interact(() -> stage.fireEvent(new javafx.stage.WindowEvent(stage,
                javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST)));
        settle();
        assertEquals(1, dialogs.confirms.size(), dialogs.confirms.toString());
        assertTrue(stage.isShowing(), "the desk stays open");
        assertTrue(editorOpen(), "and so does the editor");

        // File → Quit goes the same way: Discard, and the desk closes
        dialogs.confirmAnswer = true;
        robot.interact(() -> stage.requestFocus());
        robot.clickOn("#menu-file").clickOn("#menu-quit");
        settle();
        assertEquals(2, dialogs.confirms.size(), dialogs.confirms.toString());
        assertTrue(!stage.isShowing(), "quit after Discard");
        assertTrue(!editorOpen());
    }

    @Test
    void approveAndReply_fromTheCommentsMenu_andShiftR_onlyOnAPendingComment() {
        settle();
        QueueRow row = current();
        robot.clickOn("#menu-comments").clickOn("#menu-approve-reply");
        waitForEditor();
        robot.write("Welcome aboard");
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
        assertEquals("approved", StoreProbe.status(file, row.remoteId()));
        assertEquals(List.of("Welcome aboard"), StoreProbe.strings(file, "SELECT content FROM comments WHERE remote_id < 0"));

        key(KeyCode.CONTROL, KeyCode.DIGIT2); // Approved: nothing to approve, so Shift+R does nothing
        waitUntil("an approved comment is highlighted", 5_000, () -> current() != null
                && current().status() == dev.moddesk.core.Status.APPROVED);
        robot.interact(() -> desk().requestFocus());
        robot.push(KeyCode.SHIFT, KeyCode.R);
        settle();
        assertTrue(!editorOpen(), "not on an approved comment");
        key(KeyCode.CONTROL, KeyCode.DIGIT1);
        robot.push(KeyCode.SHIFT, KeyCode.R);
        waitForEditor();
        assertNoErrors();
    }

    @Test
    void editAndReplyAreOnTheToolBarAndInTheShortcutList() {
        settle();
        robot.clickOn("#btn-edit");
        waitForEditor();
        robot.push(KeyCode.ESCAPE);
        settle();
        robot.clickOn("#btn-reply");
        waitForEditor();
        robot.push(KeyCode.ESCAPE);
        settle();
        robot.interact(() -> desk().requestFocus());
        key(KeyCode.SHIFT, KeyCode.SLASH);
        List<String> writing = dialogs.shortcuts.stream().filter(r -> r.section().startsWith("Editing and replying"))
                .map(r -> r.keys() + " " + r.meaning().split(" ")[0]).toList();
        assertEquals(List.of("e Edit", "r Reply", "Shift+R Approve"), writing);
    }
}
