package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.background.Background.Lane;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An action hits the comment the table highlights and the detail pane shows, however the cursor got there
 * (Home, End, PageUp, PageDown, j, k, onto rows whose page has not arrived) and whatever refresh lands in
 * between; while the highlighted comment is still loading, an action hits nothing.
 */
class HighlightedCommentTest extends DeskUiTestBase {
    private static final Set<KeyCode> ACTIONS = Set.of(KeyCode.A, KeyCode.U, KeyCode.S, KeyCode.D);

    /** What was on screen when an action key went down. */
    private record Seen(int index, QueueRow row, Optional<Long> detail) { }

    private final List<Seen> seen = new ArrayList<>();

    @Override
    protected int comments() {
        return 3_000; // about 2,100 pending, 300 approved: jumps land on pages the desk has not read yet
    }

    @BeforeEach
    void watchActionKeys() {
        // on the window, so it runs before the scene's key map acts
        robot.interact(() -> robot.lookup("#queue").query().getScene().getWindow().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (ACTIONS.contains(e.getCode())) {
                seen.add(new Seen(screen.highlightedIndexNow(), screen.highlightedNow(), screen.detailIdNow()));
            }
        }));
    }

    @Test
    void everyMoveFollowedAtOnceByAnActionHitsTheHighlightedComment() {
        KeyCode[][] steps = {
                {KeyCode.END, KeyCode.A}, {KeyCode.PAGE_UP, KeyCode.S}, {KeyCode.HOME, KeyCode.D},
                {KeyCode.PAGE_DOWN, KeyCode.A}, {KeyCode.J, KeyCode.S}, {KeyCode.K, KeyCode.D},
                {KeyCode.END, KeyCode.S}, {KeyCode.PAGE_UP, KeyCode.A}, {KeyCode.PAGE_UP, KeyCode.D},
                {KeyCode.HOME, KeyCode.A}, {KeyCode.PAGE_DOWN, KeyCode.S}, {KeyCode.PAGE_DOWN, KeyCode.D},
                {KeyCode.K, KeyCode.A}, {KeyCode.J, KeyCode.A}, {KeyCode.END, KeyCode.D}};
        for (KeyCode[] step : steps) {
            long mark = auditMark();
            robot.push(step[0]);
            robot.push(step[1]);
            settle();
            assertHitWhatWasShown(mark, step[0] + " then " + step[1]);
        }
        assertNoErrors();
    }

    @Override
    protected void prepare(Workspace d) {
        // two conflicts: approved here, marked spam on the site since
        d.moderation().decide(List.of(StoreProbe.rowId(file, 1), StoreProbe.rowId(file, 2)), ModerationAction.APPROVE);
        Fixtures.siteChanges(d, 1, Status.SPAM);
        Fixtures.siteChanges(d, 2, Status.SPAM);
    }

    @Test
    void approvedByDateAscendingAfterAConflictAndAnImportEndThenUWhileTheLastPageLoadsUnapprovesNothing()
            throws Exception {
        key(KeyCode.CONTROL, KeyCode.DIGIT5);
        key(KeyCode.M); // keep mine: approved
        key(KeyCode.CONTROL, KeyCode.DIGIT2);
        robot.interact(() -> window.queue().sort(SortKey.DATE, false));
        settle();
        long approved = total();
        cli("import", approvedComments(40).toString());
        waitUntil("the import shows", 2_000, () -> window.queue().totalProperty().get() == approved + 40);
        settle();
        QueueRow first = current();
        long mark = auditMark();

        CountDownLatch pages = holdPages();
        robot.push(KeyCode.END);
        robot.push(KeyCode.U);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(approved + 39, screen.highlightedIndex());
        assertEquals(Optional.empty(), screen.detailId(), "the detail pane does not stay on the comment left behind");
        assertTrue(screen.detailPlaceholder().orElse("").startsWith("Loading"), "it says the comment is loading");
        assertTrue(window.moderation().messageProperty().get().contains("loading"),
                window.moderation().messageProperty().get());
        pages.countDown();
        settle();
        assertEquals(List.of(), hitSince(mark), "u hit nothing: not the first comment #" + first.remoteId());
        assertHitWhatWasShown(mark, "End then u while loading");

        QueueRow last = screen.highlighted();
        assertEquals(Optional.of(last.remoteId()), screen.detailId());
        robot.push(KeyCode.U);
        settle();
        assertEquals(List.of(last.rowId()), hitSince(mark));
        assertEquals("pending", StoreProbe.status(file, last.remoteId()));
        assertNoErrors();
    }

    @Test
    void aRefreshLandingBetweenMoveAndActionNeverRedirectsTheAction() throws Exception {
        // rows shift under the cursor: newer comments arrive above it, and the refresh lands before the action
        for (int i = 0; i < 5; i++) {
            key(KeyCode.J);
        }
        QueueRow x = current();
        long pending = total();
        cli("import", pendingComments(30, 9_000).toString());
        waitUntil("the new comments show", 2_000, () -> window.queue().totalProperty().get() == pending + 30);
        long mark = auditMark();
        robot.push(KeyCode.A);
        settle();
        assertEquals(List.of(x.rowId()), hitSince(mark), "the comment that was highlighted before the rows moved");
        assertHitWhatWasShown(mark, "a after the rows moved");

        // a reload is queued behind the page the cursor jumped to; the action comes as they land
        mark = auditMark();
        CountDownLatch pages = holdPages();
        robot.push(KeyCode.END);
        robot.interact(() -> window.queue().reload());
        pages.countDown();
        robot.push(KeyCode.S);
        settle();
        assertHitWhatWasShown(mark, "End, reload, s");

        // the same with another process's change as the refresh
        mark = auditMark();
        pages = holdPages();
        robot.push(KeyCode.HOME);
        cli("import", pendingComments(30, 9_100).toString());
        WaitForAsyncUtils.sleep(700, TimeUnit.MILLISECONDS); // the watcher's refresh queues up
        pages.countDown();
        robot.push(KeyCode.D);
        settle();
        assertHitWhatWasShown(mark, "Home, import, d");

        // j onto a loaded row, then a refresh that is held back until after the action
        mark = auditMark();
        robot.push(KeyCode.J);
        pages = holdPages();
        robot.interact(() -> window.queue().reload());
        robot.push(KeyCode.A);
        WaitForAsyncUtils.waitForFxEvents();
        pages.countDown();
        settle();
        assertHitWhatWasShown(mark, "j, reload held back, a");
        assertNoErrors();
    }

    /** Holds the desk's page lane until the latch is counted down: pages asked for meanwhile do not arrive. */
    private CountDownLatch holdPages() {
        CountDownLatch release = new CountDownLatch(1);
        robot.interact(() -> window.lanes().run(Lane.PAGES, () -> {
            release.await();
            return null;
        }, done -> { }, null));
        return release;
    }

    private long auditMark() {
        return StoreProbe.number(file, "SELECT coalesce(max(id), 0) FROM audit_log");
    }

    private List<Long> hitSince(long mark) {
        return StoreProbe.strings(file, "SELECT comment_id FROM audit_log WHERE id > ? ORDER BY id", mark).stream()
                .map(Long::parseLong).toList();
    }

    /**
     * The last action hit the comment highlighted when its key went down, while the detail pane showed that
     * comment or was loading it; or hit nothing when the highlighted row had not arrived. Now the cursor,
     * the highlighted row and the detail pane agree.
     */
    private void assertHitWhatWasShown(long mark, String what) {
        Seen at = seen.get(seen.size() - 1);
        List<Long> hit = hitSince(mark);
        if (at.row() == null) {
            assertEquals(List.of(), hit, what + ": nothing is acted on while the highlighted comment is loading");
            assertTrue(window.moderation().messageProperty().get().contains("loading"), what);
        } else {
            assertEquals(List.of(at.row().rowId()), hit, what + ": the highlighted comment (row " + at.index() + ")");
            assertTrue(at.detail().isEmpty() || at.detail().get() == at.row().remoteId(),
                    what + ": the detail pane showed #" + at.detail().orElse(null) + ", not the highlighted #" + at.row().remoteId());
        }
        QueueRow shown = screen.highlighted();
        assertNotNull(shown, what + ": the highlighted row arrived");
        assertEquals(shown.rowId(), current().rowId(), what + ": the cursor's comment is the highlighted one");
        assertEquals(Optional.of(shown.remoteId()), screen.detailId(), what + ": the detail pane shows it");
    }

    private Path approvedComments(int n) throws Exception {
        return wxrFile("approved", n, 8_000, "1");
    }

    private Path pendingComments(int n, long firstId) throws Exception {
        return wxrFile("pending-" + firstId, n, firstId, "0");
    }

    private Path wxrFile(String name, int n, long firstId, String approved) throws Exception {
        List<String> comments = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            comments.add(ConflictsAndImportTest.comment(firstId + i, approved, "Reader " + i, "New comment " + i));
        }
        Path f = dir.resolve(name + ".xml");
        Files.writeString(f, ConflictsAndImportTest.wxr(comments), StandardCharsets.UTF_8);
        return f;
    }
}
