package dev.moddesk.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Status;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.HeldBackground;
import dev.moddesk.ui.background.Background;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The queue view model without JavaFX running: background work runs inline. */
class QueueViewModelTest {
    private static final int N = 1_000;

    @TempDir
    Path dir;
    Workspace desk;
    QueueReader pages;
    QueueReader info;
    QueueViewModel vm;

    @BeforeEach
    void open() {
        desk = Fixtures.desk(dir.resolve("vm.db"), N, "vm");
        pages = desk.newReader();
        info = desk.newReader();
        vm = new QueueViewModel(Background.inline(), pages, info);
        vm.onError(e -> { throw new AssertionError(e); });
        vm.load(vm.query());
    }

    @AfterEach
    void close() {
        pages.close();
        info.close();
        desk.close();
    }

    @Test
    void aLongListHoldsOnlyAFewPages() {
        long pending = Fixtures.count(N, Status.PENDING);
        assertEquals(pending, vm.rows().size());
        for (int i = 0; i < vm.rows().size(); i++) {
            assertTrue(vm.rows().get(i) != null, "inline fetch fills the page at once " + i);
        }
        assertTrue(vm.rows().cachedPages().size() <= PagedRows.MAX_PAGES);
        assertEquals(pending, vm.countsProperty().get().pending());
    }

    @Test
    void afterADecisionTheCursorFollowsTheNextComment() {
        vm.move(3);
        QueueRow target = vm.current();
        QueueRow next = vm.rows().peek(4);
        vm.move(1); // what the moderation view model does before writing
        desk.moderation().decide(List.of(target.rowId()), ModerationAction.APPROVE);
        vm.reload();
        assertEquals(3, vm.cursor());
        assertEquals(next.rowId(), vm.current().rowId());
    }

    @Test
    void aReloadFollowsTheCursorsCommentHoweverFarItMoved() {
        vm.move(3);
        QueueRow target = vm.current();
        // 400 newer comments, 280 of them pending: the target moves three pages down
        desk.importer(w -> { }).importFrom("more", "test", Fixtures.site(N + 400));
        vm.reload();
        assertEquals(3 + 280, vm.cursor());
        assertEquals(target.rowId(), vm.current().rowId());
    }

    @Test
    void whileTheCursorsRowIsLoadingThereIsNoCurrentComment() {
        HeldBackground held = new HeldBackground();
        vm = new QueueViewModel(held, pages, info);
        vm.load(vm.query());
        held.runAll();
        QueueRow first = vm.current();
        assertEquals(0, vm.cursor());

        vm.cursorProperty().set(650); // page 6: not read yet
        assertNull(vm.current(), "not the comment the cursor left (#" + first.remoteId() + ")");
        assertTrue(vm.isCursorLoading());
        held.runAll();
        assertEquals(vm.rows().peek(650), vm.current());
        assertFalse(vm.isCursorLoading());
    }

    @Test
    void viewsSearchAndAuthorFilters() {
        vm.show(QueueFilter.conflicts());
        assertEquals(0, vm.totalProperty().get());
        assertNull(vm.current());
        vm.show(new QueueFilter(Status.SPAM, false, null));
        assertEquals(Fixtures.count(N, Status.SPAM), vm.totalProperty().get());
        vm.filterByIp(Fixtures.IPS[1]);
        assertEquals(N / 5, vm.totalProperty().get());
        assertNull(vm.query().filter().status(), "an author filter shows every status");
        vm.clearAuthorFilter();
        assertEquals(Status.SPAM, vm.query().filter().status(), "back to the view before the author filter");
        vm.show(QueueFilter.all());
        vm.search("(");
        assertEquals(0, vm.totalProperty().get());
        vm.search("Борис");
        assertEquals(N / 5, vm.totalProperty().get());
    }

    @Test
    void checkingRangesAndAllMatching() {
        vm.checkRange(5, 2);
        assertEquals(4, vm.selection().countProperty().get());
        vm.checkRange(150, 420); // beyond the loaded pages: ids come from SQLite
        assertEquals(4 + 271, vm.selection().countProperty().get());
        vm.selectAllMatching();
        assertTrue(vm.selection().isAllMatching());
        assertEquals(vm.totalProperty().get(), vm.selection().countProperty().get());
        vm.show(QueueFilter.all());
        assertTrue(vm.selection().isEmpty(), "a new view clears the checks");
    }
}
