package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.PostSummary;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.store.StoreProbe;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Work done on the database by another process (here the command line, on its own connections) shows in
 * the open desk within about a second, without a key press, and the cursor stays on its comment.
 */
class ExternalChangesTest extends DeskUiTestBase {
    /** A change is on screen this soon after the other process committed it. */
    private static final long SOON_MS = 2_000;

    @Test
    void aTrashAndAnImportByTheCommandLineShowInRowDetailCountsAndCombos() throws Exception {
        key(KeyCode.CONTROL, KeyCode.DIGIT6); // All: a trashed comment stays in view
        key(KeyCode.J);
        while (current().status() != Status.PENDING) {
            key(KeyCode.J);
        }
        QueueRow target = current();
        StatusCounts before = window.queue().countsProperty().get();
        assertTrue(robot.lookup("#btn-undo").queryAs(Button.class).isDisabled(), "nothing to undo yet");

        cli("moderate", "--action", "trash", "--ids", String.valueOf(target.remoteId()), "--by", "cli");
        waitUntil("the row, the detail pane and the counts say trash", SOON_MS, () ->
                screen.highlightedNow() != null && screen.highlightedNow().status() == Status.TRASH
                        && window.queue().countsProperty().get().trash() == before.trash() + 1
                        && window.queue().viewCountsProperty().get().trash() == before.trash() + 1);
        settle();
        assertEquals(target.rowId(), screen.highlighted().rowId(), "the cursor stayed on its comment");
        assertEquals(target.rowId(), current().rowId());
        assertEquals(Optional.of(target.remoteId()), screen.detailId());
        assertEquals(Optional.of("trash"), screen.detailStatus(), "the detail pane agrees with its row");
        assertFalse(robot.lookup("#btn-undo").queryAs(Button.class).isDisabled(), "the command line's decision can be undone");

        long all = total();
        int at = screen.highlightedIndex();
        cli("import", newComments(250, "0").toString());
        waitUntil("the queue and the counts show the new comments", SOON_MS, () ->
                window.queue().totalProperty().get() == all + 250
                        && window.queue().countsProperty().get().pending() == before.pending() - 1 + 250);
        settle();
        assertEquals(at + 250, screen.highlightedIndex(), "newer comments came in above");
        assertEquals(target.rowId(), screen.highlighted().rowId(), "the cursor followed its comment down");
        assertEquals(target.rowId(), current().rowId());
        assertEquals(Optional.of(target.remoteId()), screen.detailId());
        assertTrue(postChoices().contains("A post new to the desk"), "the post filter offers the new post: " + postChoices());
        assertNoErrors();
    }

    /**
     * Rows that come or move while the moderator aims at the queue with the pointer would put another comment under
     * it as they click: what changed waits until the pointer rests (or leaves the table), at most a few seconds.
     */
    @Test
    void whatChangedWaitsWhileThePointerMovesOverTheQueue() throws Exception {
        long all = total();
        importWhileAiming(SOON_MS, 150, () -> assertEquals(all, window.queue().totalProperty().get(),
                "nothing came in under the pointer"));
        waitUntil("the new comments show once the pointer rests", SOON_MS,
                () -> window.queue().totalProperty().get() == all + 30);
        assertNoErrors();
    }

    /**
     * A refresh that waits for the pointer when the window closes never runs: it would read the undo state on
     * the write lane after the lanes stopped, and that refusal is thrown on the FX thread.
     */
    @Test
    void aRefreshWaitingForThePointerDiesWithTheWindow() throws Throwable {
        long all = total();
        importWhileAiming(1_500, 100, () -> { });
        assertEquals(all, window.queue().totalProperty().get(), "the refresh is still waiting");
        robot.interact(() -> window.close());
        WaitForAsyncUtils.sleep(DeskRefresh.LONGEST_WAIT_MS + 500, TimeUnit.MILLISECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.checkException();
    }

    /**
     * Imports 30 new comments from the command line while the pointer moves over the queue for {@code millis}, a
     * step every {@code stepMs}, as when aiming at a row; {@code eachStep} runs after each step, once FX caught up.
     */
    private void importWhileAiming(long millis, long stepMs, Runnable eachStep) throws Exception {
        robot.moveTo(queueTable());
        cli("import", newComments(30, "0").toString());
        long movingUntil = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        for (int step = 0; System.nanoTime() < movingUntil; step++) {
            robot.moveBy(step % 2 == 0 ? 6 : -6, 0);
            WaitForAsyncUtils.sleep(stepMs, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
            eachStep.run();
        }
    }

    /** A read of the undo state asked for after the window closed (a callback still queued) is dropped. */
    @Test
    void anUndoStateReadAskedForAfterTheWindowClosedIsDropped() throws Throwable {
        robot.interact(() -> window.close());
        robot.interact(() -> window.moderation().refreshUndoState());
        WaitForAsyncUtils.checkException();
    }

    @Test
    void checkedCommentsThatLeftTheViewAreNoLongerChecked() {
        List<QueueRow> checked = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            checked.add(current());
            key(KeyCode.X);
            key(KeyCode.J);
        }
        QueueRow cursorOn = current();
        cli("moderate", "--action", "approve", "--ids", String.valueOf(checked.get(1).remoteId()));
        waitUntil("the approved comment leaves the Pending view and the selection", SOON_MS, () ->
                window.queue().selection().countProperty().get() == 2);
        assertEquals(List.of(checked.get(0).rowId(), checked.get(2).rowId()), window.queue().selection().ids());
        assertEquals(cursorOn.rowId(), current().rowId());
        assertNoErrors();
    }

    @Test
    void theDesksOwnDecisionNeitherMovesTheCursorNorTheDetailPaneOnTheRefreshItCauses() {
        waitUntil("the desk's first triage is done", 20_000, () -> !triageRunning());
        var triaged = window.triaging().viewModel().lastProperty().get();
        QueueRow target = current();
        key(KeyCode.A);
        QueueRow next = current();
        assertEquals("approved", StoreProbe.status(file, target.remoteId()));
        long loads = window.queue().loadsProperty().get();
        // the decision makes the triage learn and save new scores: a second commit, which the watcher may see in
        // the same look as the decision's or in a later one
        waitUntil("the triage after the decision is done", 20_000, () ->
                window.triaging().viewModel().lastProperty().get() != triaged && !triageRunning());
        WaitForAsyncUtils.sleep(1_500, TimeUnit.MILLISECONDS);
        settle();
        assertTrue(window.queue().loadsProperty().get() <= loads + 2,
                "at most one refresh for the desk's decision and one for the scores it made the triage save");
        assertEquals(next.rowId(), current().rowId());
        assertEquals(next.rowId(), screen.highlighted().rowId());
        assertEquals(Optional.of(next.remoteId()), screen.detailId());
        assertNoErrors();
    }

    @Test
    void nothingChangedNothingReloaded() {
        long loads = window.queue().loadsProperty().get();
        WaitForAsyncUtils.sleep(1_500, TimeUnit.MILLISECONDS);
        settle();
        assertEquals(loads, window.queue().loadsProperty().get());
    }

    private List<String> postChoices() {
        @SuppressWarnings("unchecked")
        ComboBox<PostSummary> posts = robot.lookup("#filter-post").queryAs(ComboBox.class);
        return OnScreen.fx(() -> posts.getItems().stream().map(PostSummary::title).toList());
    }

    /** A WXR file of {@code n} comments, newer than the fixture's, on a post the desk has not seen. */
    private Path newComments(int n, String approved) throws Exception {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            comments.add(ConflictsAndImportTest.comment(9_000 + i, approved, "Reader " + i, "New comment " + i));
        }
        String text = ConflictsAndImportTest.wxr(comments)
                .replace("<title>Post number 1</title>", "<title>A post new to the desk</title>")
                .replace("<wp:post_id>1</wp:post_id>", "<wp:post_id>9</wp:post_id>")
                .replace("/?p=1</link>", "/?p=9</link>");
        Path f = dir.resolve("new-" + n + ".xml");
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    private boolean triageRunning() {
        return window.triaging().viewModel().runningProperty().get();
    }
}
