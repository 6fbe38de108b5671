package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.PostSummary;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.ui.filters.FiltersViewModel;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** The type filter in the filter bar, the posts' counts in its post list, and View → Posts…, clicked through. */
class PostCountsAndTypeFilterUiTest extends DeskUiTestBase {

    @Override
    protected void prepare(Workspace d) {
        StoreProbe.execute(file, "UPDATE comments SET type = CASE remote_id % 10 WHEN 3 THEN 'pingback' "
                + "WHEN 7 THEN 'trackback' ELSE 'comment' END");
    }

    private long count(String where) {
        return StoreProbe.number(file, "SELECT count(*) FROM comments WHERE " + where);
    }

    private Node popupItem(String prefix) {
        return robot.lookup(".combo-box-popup .list-cell").match((java.util.function.Predicate<Node>) n ->
                ((Labeled) n).getText() != null && ((Labeled) n).getText().startsWith(prefix)).query();
    }

    @Test
    void theTypeFilterNarrowsTheQueueAndItsCounts() {
        robot.clickOn("#filter-type");
        robot.clickOn(popupItem("Pingbacks"));
        settle();
        assertEquals(CommentType.PINGBACK, window.queue().query().scope().type());
        long pings = count("status = 'pending' AND type = 'pingback'");
        assertTrue(pings > 0);
        assertEquals(pings, total());
        assertEquals(count("status = 'spam' AND type = 'pingback'"), window.queue().viewCountsProperty().get().spam());

        robot.clickOn("#filter-type");
        robot.clickOn(popupItem("Comments"));
        settle();
        assertEquals(count("status = 'pending' AND type = 'comment'"), total());

        robot.clickOn("#filter-type");
        robot.clickOn(popupItem("All types"));
        settle();
        assertEquals(count("status = 'pending'"), total());
        assertNoErrors();
    }

    @Test
    void thePostListShowsEachPostsCounts_andThePostsWindowFiltersTheQueueWhenClicked() {
        robot.clickOn("#filter-post");
        String shown = ((Labeled) popupItem("")).getText();
        robot.push(KeyCode.ESCAPE);
        settle();
        assertEquals("All posts", shown);

        robot.clickOn("#menu-view").clickOn("#menu-posts");
        waitUntil("the Posts window opens", 5_000, () -> Window.getWindows().stream().anyMatch(w -> w.isShowing()
                && w.getScene() != null && w.getScene().lookup("#posts-table") != null));
        @SuppressWarnings("unchecked")
        TableView<PostSummary> table = robot.lookup("#posts-table").queryAs(TableView.class);
        waitUntil("the posts are listed", 5_000, () -> table.getItems().size() == 3);
        PostSummary second = table.getItems().get(1);
        assertEquals(count("post_id = " + second.postId() + " AND status = 'pending'"), second.pending());
        assertEquals(count("post_id = " + second.postId() + " AND status NOT IN ('deleted', 'gone')"), second.total());

        robot.clickOn(robot.lookup("#posts-table .table-row-cell").nth(1).queryAs(Node.class));
        settle();
        assertEquals(second.postId(), window.queue().query().scope().postId());
        assertEquals(second.pending(), total());
        @SuppressWarnings("unchecked")
        ComboBox<PostSummary> post = robot.lookup("#filter-post").queryAs(ComboBox.class);
        assertTrue(post.getButtonCell().getText().endsWith("(" + second.pending() + " pending, " + second.total()
                + " in all)"), post.getButtonCell().getText());

        // a decision in the desk: the window's count follows
        robot.interact(() -> robot.lookup("#queue").query().getScene().getWindow().requestFocus());
        key(KeyCode.A);
        waitUntil("the pending count follows the approval", 5_000, () -> table.getItems().size() == 3
                && table.getItems().get(1).pending() == second.pending() - 1);
        assertNoErrors();
    }

    private static long pendingListed(ComboBox<PostSummary> post) {
        return post.getItems().stream().mapToLong(PostSummary::pending).sum();
    }

    /**
     * A decision reads the posts' counts again, which replaces the combo's list: the combo used to let go of its
     * choice and show an empty label until the view changed.
     */
    @Test
    void thePostComboKeepsShowingItsChoiceWhenTheCountsAreReadAgain() {
        @SuppressWarnings("unchecked")
        ComboBox<PostSummary> post = robot.lookup("#filter-post").queryAs(ComboBox.class);
        long before = OnScreen.fx(() -> pendingListed(post));
        robot.clickOn("#queue");
        key(KeyCode.A);
        waitUntil("the counts read again", 5_000, () -> pendingListed(post) == before - 1);
        assertEquals("All posts", OnScreen.fx(() -> post.getButtonCell().getText()), "after a decision");
        assertEquals(FiltersViewModel.ALL_POSTS, OnScreen.fx(post::getValue));

        robot.clickOn("#filter-post");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").nth(1).queryAs(Node.class));
        settle();
        long pending = OnScreen.fx(() -> post.getValue().pending());
        robot.clickOn("#queue");
        key(KeyCode.A);
        waitUntil("the chosen post's count follows", 5_000, () -> post.getValue() != null
                && post.getValue().pending() == pending - 1);
        assertTrue(OnScreen.fx(() -> post.getButtonCell().getText()).endsWith("(" + (pending - 1) + " pending, "
                + post.getValue().total() + " in all)"), OnScreen.fx(() -> post.getButtonCell().getText()));
        assertNoErrors();
    }
}
