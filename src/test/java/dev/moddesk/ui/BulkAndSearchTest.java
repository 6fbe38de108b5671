package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.QueueRow;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableRow;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Checking rows (keys, mouse, all matching), bulk actions as one step, search with odd input, sorting. */
class BulkAndSearchTest extends DeskUiTestBase {

    @Test
    void xChecksRowsAndShiftSSpamsThemInOneUndoStep() {
        QueueRow first = current();
        key(KeyCode.X);
        key(KeyCode.J);
        key(KeyCode.J);
        QueueRow third = current();
        key(KeyCode.X);
        assertEquals(2, window.queue().selection().countProperty().get());
        assertTrue(robot.lookup("#selection-banner").query().isVisible());

        shiftKey(KeyCode.S);
        assertEquals(1, dialogs.confirms.size(), "spam on two comments asks first");
        assertEquals("spam", StoreProbe.status(file, first.remoteId()));
        assertEquals("spam", StoreProbe.status(file, third.remoteId()));
        assertEquals(1, StoreProbe.number(file, "SELECT count(DISTINCT group_id) FROM audit_log"));
        assertTrue(window.queue().selection().isEmpty());

        key(KeyCode.Z);
        assertEquals("pending", StoreProbe.status(file, first.remoteId()));
        assertEquals("pending", StoreProbe.status(file, third.remoteId()));
        assertNoErrors();
    }

    @Test
    void ctrlClickAndShiftClickCheckRowsThenApproveButton() {
        robot.clickOn(row(0));
        settle();
        robot.press(KeyCode.CONTROL).clickOn(row(2)).release(KeyCode.CONTROL);
        settle();
        robot.press(KeyCode.SHIFT).clickOn(row(5)).release(KeyCode.SHIFT);
        settle();
        // row 2 toggled by ctrl, then 2..5 by shift
        assertEquals(4, window.queue().selection().countProperty().get());
        List<Long> ids = window.queue().selection().ids();
        robot.clickOn("#btn-approve");
        settle();
        for (long id : ids) {
            assertEquals("approved", StoreProbe.strings(file, "SELECT status FROM comments WHERE id = ?", id).get(0));
        }
        assertEquals(4, StoreProbe.outbox(file));
        assertNoErrors();
    }

    @Test
    void ctrlAChecksTheRowsOnScreen() {
        key(KeyCode.CONTROL, KeyCode.A);
        long n = window.queue().selection().countProperty().get();
        assertTrue(n >= 5 && n < total(), "rows on screen, not the whole view: " + n);
        key(KeyCode.ESCAPE);
        assertTrue(window.queue().selection().isEmpty());
    }

    @Test
    void checkAllMatchingActsOnEveryRowNotOnlyLoadedOnes() {
        long pending = total();
        key(KeyCode.X);
        robot.clickOn("#select-all-matching");
        settle();
        assertTrue(window.queue().selection().isAllMatching());
        assertEquals(pending, window.queue().selection().countProperty().get());
        robot.clickOn("#btn-approve");
        settle();
        assertEquals(0, total());
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending'"));
        assertEquals(pending, StoreProbe.auditRows(file));
        assertEquals(1, StoreProbe.number(file, "SELECT count(DISTINCT group_id) FROM audit_log"));
        robot.clickOn("#btn-undo");
        settle();
        assertEquals(pending, total());
        assertNoErrors();
    }

    @Test
    void searchWithOddInputNeverFails() {
        robot.clickOn("#search");
        for (String odd : new String[] {"\"", "*", "(", "AND", "a AND (", "NEAR(\"", "-", ")"}) {
            robot.interact(() -> ((TextField) robot.lookup("#search").query()).setText(odd));
            robot.push(KeyCode.ENTER);
            settle();
            assertNoErrors();
        }
        robot.interact(() -> ((TextField) robot.lookup("#search").query()).clear());
        robot.clickOn("#search").write("casino");
        robot.push(KeyCode.ENTER);
        settle();
        long expected = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending' "
                + "AND id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'casino')");
        assertTrue(expected > 0);
        assertEquals(expected, total());
        // the search stays when switching view
        key(KeyCode.CONTROL, KeyCode.DIGIT6);
        assertEquals("casino", window.queue().query().filter().search());
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'casino'"),
                total());
        assertNoErrors();
    }

    @Test
    void sortingByAuthorHappensInSql() {
        List<String> authors = StoreProbe.strings(file, "SELECT author FROM comments WHERE status = 'pending'");
        robot.clickOn("#col-author");
        settle();
        assertEquals(SortKey.AUTHOR, window.queue().query().sort());
        assertFalse(window.queue().query().descending(), "a first click on a header sorts A to Z");
        assertEquals(authors.stream().min(String.CASE_INSENSITIVE_ORDER).orElseThrow(), current().author());
        robot.clickOn("#col-author");
        settle();
        assertTrue(window.queue().query().descending(), "a second click turns it round");
        assertEquals(authors.stream().max(String.CASE_INSENSITIVE_ORDER).orElseThrow(), current().author());
        assertNoErrors();
    }

    @Test
    void theDetailShowsHistoryAndAClickFiltersTheQueue() {
        QueueRow row = current();
        assertEquals(Fixtures.EMAILS[(int) (row.remoteId() % Fixtures.AUTHORS.length)], row.email());
        robot.clickOn("#history-email");
        settle();
        assertEquals(row.email(), window.queue().query().email());
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE email = ?", row.email()), total());
        assertFalse(window.queue().query().filter().status() != null);
        robot.clickOn("#open-post");
        assertEquals(List.of("https://example.test/?p=" + (1 + current().remoteId() % 3) + "#comment-"
                + current().remoteId()), dialogs.opened, "the comment itself, on its post's page");
        assertEquals(Status.PENDING, Fixtures.statusOf(row.remoteId()));
        assertNoErrors();
    }

    private Node row(int index) {
        return visibleRows().stream().filter(n -> ((TableRow<?>) n).getIndex() == index).findFirst().orElseThrow();
    }

    private List<Node> visibleRows() {
        return robot.lookup("#queue").lookup((java.util.function.Predicate<Node>) n -> n instanceof TableRow<?> r
                && r.getItem() != null).queryAll()
                .stream().sorted((a, b) -> Integer.compare(((TableRow<?>) a).getIndex(), ((TableRow<?>) b).getIndex()))
                .toList();
    }
}
