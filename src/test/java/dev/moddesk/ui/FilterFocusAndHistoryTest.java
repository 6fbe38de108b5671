package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * A site picked from the filter combo with the mouse leaves the queue keys working; an author-history link shows
 * that author's comments in every view, with the filter shown in the filter bar and one click to go back.
 */
class FilterFocusAndHistoryTest extends DeskUiTestBase {

    @Override
    protected void prepare(Workspace d) {
        Fixtures.secondSite(d, 40);
    }

    @Test
    void aSitePickedWithTheMouseLeavesTheQueueKeysWorking() {
        robot.clickOn("#filter-site");
        robot.clickOn(popupItem("Second Blog"));
        settle();
        assertTrue(window.queue().query().scope().siteId() != null, "the site is chosen");
        QueueRow row = current();
        key(KeyCode.A);
        assertEquals("approved", StoreProbe.strings(file, "SELECT status FROM comments WHERE id = ?", row.rowId()).get(0),
                "'a' acts at once, no Esc needed");
        assertNoErrors();
    }

    @Test
    void aHistoryLinkShowsTheAuthorInEveryViewAndOneClickGoesBack() {
        key(KeyCode.CONTROL, KeyCode.DIGIT3); // Spam, with a search, as a moderator might be
        robot.clickOn("#search").write("about");
        key(KeyCode.ENTER);
        QueueQuery before = window.queue().query();
        QueueRow row = current();
        robot.clickOn("#history-ip");
        settle();
        assertEquals(row.ip(), window.queue().query().ip());
        assertNull(window.queue().query().filter().status(), "every view");
        assertFalse(window.queue().query().filter().hasSearch(), "the other filters are off");
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE ip = ? AND status <> 'deleted'", row.ip()),
                total());
        assertTrue(((Labeled) robot.lookup("#history-ip").query()).getText().startsWith("Same IP (" + total() + ")"));

        Button chip = robot.lookup("#author-filter").queryAs(Button.class);
        assertTrue(chip.isVisible() && chip.getText().contains(row.ip()), chip.getText());
        Node bar = robot.lookup("#filter-bar").query();
        assertTrue(bar.localToScene(bar.getBoundsInLocal()).contains(chip.localToScene(chip.getBoundsInLocal())),
                "the filter shows in the filter bar");
        robot.clickOn(chip);
        settle();
        assertEquals(before, window.queue().query(), "back to the view and search before the click");
        assertFalse(chip.isVisible());
        assertEquals(Status.SPAM, window.queue().query().filter().status());
        assertNoErrors();
    }

    /** An entry of the open combo's list (the same text may be in the table too). */
    private Node popupItem(String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(
                (java.util.function.Predicate<Node>) n -> text.equals(((Labeled) n).getText())).query();
    }
}
