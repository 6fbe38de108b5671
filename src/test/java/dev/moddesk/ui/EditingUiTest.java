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
}
