package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.CannedReply;
import dev.moddesk.core.QueueRow;
import dev.moddesk.store.StoreProbe;
import java.util.List;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** File → Settings…: the General and Replies pages, saved on closing; canned replies put into a reply. */
class SettingsUiTest extends DeskUiTestBase {

    private boolean showing(String id) {
        return Window.getWindows().stream().anyMatch(w -> w.isShowing() && w.getScene() != null
                && w.getScene().lookup(id) != null);
    }

    private void openSettings() {
        robot.clickOn("#menu-file").clickOn("#menu-settings");
        waitUntil("the Settings window opens", 5_000, () -> showing("#settings-pages"));
    }

    private void page(String title) {
        ListView<?> pages = robot.lookup("#settings-pages").queryAs(ListView.class);
        robot.clickOn(robot.lookup(".list-cell").match(n -> n.getParent() != null
                && title.equals(((javafx.scene.control.ListCell<?>) n).getText())).queryAs(javafx.scene.Node.class));
        assertEquals(title, ((dev.moddesk.ui.settings.SettingsPage) pages.getSelectionModel().getSelectedItem()).title());
    }

    private void replaceText(String id, String text) {
        robot.doubleClickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A);
        robot.write(text);
    }

    @Test
    void theModeratorNameAndCannedReplies_editedAndSavedWhenEscCloses() {
        openSettings();
        TextField name = robot.lookup("#settings-moderator").queryAs(TextField.class);
        assertEquals("ui-tester", name.getText(), "the name decisions are recorded under now");
        replaceText("#settings-moderator", "Bea");

        page("Replies");
        robot.clickOn("#canned-add");
        replaceText("#canned-name", "Thanks");
        replaceText("#canned-text", "Thanks, {author}, for reading {post}.");
        robot.clickOn("#canned-add");
        replaceText("#canned-name", "Gone");
        robot.clickOn("#canned-add");
        replaceText("#canned-name", "Rules");
        replaceText("#canned-text", "Please read the rules.");
        // remove the second
        robot.clickOn(robot.lookup(".list-cell").match(n -> ((javafx.scene.control.ListCell<?>) n).getText() != null
                && ((javafx.scene.control.ListCell<?>) n).getText().endsWith("Gone")).queryAs(javafx.scene.Node.class));
        robot.clickOn("#canned-remove");
        assertEquals(List.of(), prefs.cannedReplies(), "kept when the window closes, not before");

        robot.clickOn("#canned-name");
        robot.push(KeyCode.ESCAPE);
        settle();
        assertTrue(!showing("#settings-pages"), "Esc closed it");
        assertEquals("Bea", prefs.moderator());
        assertEquals(List.of(new CannedReply("Thanks", "Thanks, {author}, for reading {post}."),
                new CannedReply("Rules", "Please read the rules.")), prefs.cannedReplies());

        // opened again, it shows what was kept; Ctrl+W closes it too
        openSettings();
        page("Replies");
        assertEquals(2, robot.lookup("#canned-list").queryAs(ListView.class).getItems().size());
        robot.push(KeyCode.CONTROL, KeyCode.W);
        settle();
        assertTrue(!showing("#settings-pages"), "Ctrl+W closed it");
        assertNoErrors();
    }

    @Test
    void aCannedReplyGoesIntoTheReply_withTheAuthorAndPostFilledIn() {
        prefs.cannedReplies(List.of(new CannedReply("Thanks", "Thanks, {author}!"),
                new CannedReply("Post", " More on {post} soon.")));
        settle();
        QueueRow row = current();
        key(KeyCode.R);
        waitUntil("the editor opens", 5_000, () -> showing("#editor-content"));
        robot.clickOn("#editor-canned").clickOn("#editor-canned-1");
        robot.clickOn("#editor-content");
        robot.push(KeyCode.END);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT3); // no third: nothing happens
        robot.push(KeyCode.CONTROL, KeyCode.ENTER);
        settle();
        assertEquals(List.of("Thanks, " + row.author() + "! More on " + row.postTitle() + " soon."),
                StoreProbe.strings(file, "SELECT content FROM comments WHERE remote_id < 0"));
        assertNoErrors();
    }
}
