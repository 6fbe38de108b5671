package dev.moddesk.ui.queue;

import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.DeskInfo;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The queue as the window shows it: which view (status, search, author filter, order), how many rows it
 * has, the rows themselves as a {@link PagedRows} window over SQLite, the cursor (the comment in the detail
 * pane), the checked rows, and the live counts. Reads go to the PAGES and INFO lanes of {@link Background};
 * results older than the view on screen are dropped. Lives on the FX thread.
 */
public final class QueueViewModel {
    private final Background background;
    private final QueueReader pageReader;
    private final QueueReader infoReader;
    private final ObjectProperty<QueueQuery> query = new SimpleObjectProperty<>(QueueQuery.of(QueueFilter.pending()));
    private final LongProperty total = new SimpleLongProperty();
    private final IntegerProperty cursor = new SimpleIntegerProperty(-1);
    private final ReadOnlyObjectWrapper<QueueRow> current = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper cursorLoading = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<StatusCounts> counts = new SimpleObjectProperty<>(new StatusCounts(0, 0, 0, 0, 0, 0, 0, 0));
    private final ObjectProperty<StatusCounts> viewCounts = new SimpleObjectProperty<>(new StatusCounts(0, 0, 0, 0, 0, 0, 0, 0));
    private final ObjectProperty<DeskInfo> info = new SimpleObjectProperty<>(new DeskInfo(null, 0, 0, 0, 0));
    private final LongProperty loads = new SimpleLongProperty();
    /** A view is on its way (its first rows not yet read): the table says "Loading…", not "Nothing here". */
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper();
    private final Selection selection = new Selection();
    private final PagedRows rows;
    private long querySeq;
    private long countsSeq;
    private boolean rowsChanging;
    private Consumer<Throwable> errors = Throwable::printStackTrace;
    /** The query before a history click, and the one it made: clearing the author filter goes back. */
    private QueueQuery beforeAuthor;
    private QueueQuery authorQuery;

    public QueueViewModel(Background background, QueueReader pageReader, QueueReader infoReader) {
        this.background = background;
        this.pageReader = pageReader;
        this.infoReader = infoReader;
        this.rows = new PagedRows(this::fetchPage);
        rows.addPagesListener(this::updateCurrent);
        cursor.addListener((o, a, b) -> updateCurrent());
    }

    public void onError(Consumer<Throwable> handler) {
        this.errors = handler;
    }

    public PagedRows rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<QueueQuery> queryProperty() {
        return query;
    }

    public QueueQuery query() {
        return query.get();
    }

    public LongProperty totalProperty() {
        return total;
    }

    public IntegerProperty cursorProperty() {
        return cursor;
    }

    public ReadOnlyObjectProperty<QueueRow> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public QueueRow current() {
        return current.get();
    }

    /** Counts of the whole database, by status (the status bar). */
    public ObjectProperty<StatusCounts> countsProperty() {
        return counts;
    }

    /**
     * What each status view would show under the current filters, search and author filter (the numbers next
     * to the views); the same as {@link #countsProperty} when nothing narrows the queue.
     */
    public ObjectProperty<StatusCounts> viewCountsProperty() {
        return viewCounts;
    }

    public ObjectProperty<DeskInfo> infoProperty() {
        return info;
    }

    /** Bumps each time a view or a reload has landed (tests and the status bar listen). */
    public LongProperty loadsProperty() {
        return loads;
    }

    public Selection selection() {
        return selection;
    }

    // ---- choosing the view

    /** Switches the status view, keeping the search text and the order. */
    public void show(QueueFilter view) {
        QueueQuery q = query.get();
        load(q.withFilter(new QueueFilter(view.status(), view.conflictsOnly(), q.filter().search())));
    }

    public void search(String text) {
        String t = text == null || text.isBlank() ? null : text;
        if (java.util.Objects.equals(t, query.get().filter().search())) {
            return;
        }
        load(query.get().withSearch(t));
    }

    /** Every comment (any status) with this email. */
    /** The comments from this email, in every view, with no other filter (the detail pane's history). */
    public void filterByEmail(String email) {
        byAuthor(acrossAllViews().withEmail(email));
    }

    /** The comments from this IP, in every view, with no other filter. */
    public void filterByIp(String ip) {
        byAuthor(acrossAllViews().withIp(ip));
    }

    private QueueQuery acrossAllViews() {
        QueueQuery q = query.get();
        return QueueQuery.of(QueueFilter.all()).sortedBy(q.sort(), q.descending());
    }

    private void byAuthor(QueueQuery q) {
        if (!query.get().hasAuthorFilter()) {
            beforeAuthor = query.get();
        }
        authorQuery = q;
        load(q);
    }

    /** Drops the author filter: back to the view and filters before it, unless they were changed since. */
    public void clearAuthorFilter() {
        QueueQuery q = query.get();
        load(q.equals(authorQuery) && beforeAuthor != null ? beforeAuthor : q.withoutAuthor());
        beforeAuthor = null;
        authorQuery = null;
    }

    /** The filter bar's filters (site, post, author/email/IP, dates, score), keeping view, search and order. */
    public void filter(Scope scope) {
        QueueQuery q = query.get();
        if (q.scope().equals(scope)) {
            return;
        }
        load(q.withScope(scope));
    }

    /** Drops the filter bar's filters and the author filter; the status view, search and order stay. */
    public void clearFilters() {
        QueueQuery q = query.get();
        if (q.scope().isEmpty() && !q.hasAuthorFilter()) {
            return;
        }
        load(q.withScope(Scope.none()).withoutAuthor());
    }

    public void sort(SortKey key, boolean descending) {
        QueueQuery q = query.get();
        if (q.sort() == key && q.descending() == descending) {
            return;
        }
        if (querySeq == 0) {
            query.set(q.sortedBy(key, descending)); // the order restored at start: the first load uses it
            return;
        }
        load(q.sortedBy(key, descending));
    }

    /** Shows {@code view} (its status and search) in the order the queue has now. */
    public void open(QueueFilter view) {
        load(query.get().withFilter(view));
    }

    /** Shows {@code q} from its first row. */
    public void load(QueueQuery q) {
        long seq = ++querySeq;
        query.set(q);
        selection.clear();
        loading.set(true);
        background.run(Lane.PAGES, () -> {
            long n = pageReader.count(q);
            return new Loaded(n, pageReader.page(q, 0, PagedRows.PAGE, n));
        }, loaded -> {
            if (seq != querySeq) {
                return;
            }
            replacingRows(() -> {
                rows.reset(loaded.total);
                rows.pageArrived(rows.generation(), 0, loaded.rows);
                total.set(loaded.total);
                cursor.set(-1);
                cursor.set(loaded.total > 0 ? 0 : -1);
            });
            loads.set(loads.get() + 1);
            loading.set(false);
        }, e -> {
            loading.set(false);
            errors.accept(e);
        });
        refreshCounts();
    }

    private record Loaded(long total, List<QueueRow> rows) { }

    private record Reloaded(long total, Map<Integer, List<QueueRow>> pages, List<Long> leftView) { }

    private void fetchPage(long generation, int pageNo) {
        QueueQuery q = query.get();
        long n = rows.size();
        background.run(Lane.PAGES, () -> pageReader.page(q, (long) pageNo * PagedRows.PAGE, PagedRows.PAGE, n),
                page -> rows.pageArrived(generation, pageNo, page), errors);
    }

    /**
     * Reads the view again after the database changed (a decision, an undo, an import, another process's
     * work), keeping the cursor on the comment it is on now, wherever that comment moved; if it left the
     * view, on the one that took its place. Checked comments that left the view are no longer checked.
     */
    public void reload() {
        long seq = querySeq;
        QueueQuery q = query.get();
        Set<Integer> wanted = pagesToReread();
        QueueRow under = rows.peek(cursor.get());
        List<Long> checked = selection.ids();
        background.run(Lane.PAGES, () -> {
            long n = pageReader.count(q);
            Map<Integer, List<QueueRow>> fresh = new LinkedHashMap<>();
            for (int p : wanted) {
                if ((long) p * PagedRows.PAGE < n) {
                    fresh.put(p, pageReader.page(q, (long) p * PagedRows.PAGE, PagedRows.PAGE, n));
                }
            }
            if (under != null && !holds(fresh, under.rowId())) {
                // it moved past the pages read again (many rows came or went before it): read the page it is on now
                long at = pageReader.position(q, under.rowId());
                if (at >= 0) {
                    int p = (int) (at / PagedRows.PAGE);
                    fresh.put(p, pageReader.page(q, (long) p * PagedRows.PAGE, PagedRows.PAGE, n));
                }
            }
            Set<Long> stillIn = checked.isEmpty() ? Set.of() : pageReader.inView(q, checked);
            List<Long> leftView = checked.stream().filter(id -> !stillIn.contains(id)).toList();
            return new Reloaded(n, fresh, leftView);
        }, r -> {
            if (seq != querySeq) {
                return;
            }
            QueueRow follow = rows.peek(cursor.get());
            int oldIndex = cursor.get();
            replacingRows(() -> {
                rows.replaceAll(r.total, r.pages);
                total.set(r.total);
                int idx = follow == null ? -1 : rows.indexOf(follow.rowId(), oldIndex);
                cursor.set(idx >= 0 ? idx : (int) Math.min(Math.max(oldIndex, 0), r.total - 1));
            });
            selection.removeAll(r.leftView);
            if (selection.isAllMatching()) {
                selection.selectAllMatching(r.total);
            }
            loads.set(loads.get() + 1);
        }, errors);
        refreshCounts();
    }

    /** The pages around the cursor and the few read last. */
    private Set<Integer> pagesToReread() {
        Set<Integer> wanted = new TreeSet<>();
        int cp = Math.max(0, cursor.get()) / PagedRows.PAGE;
        for (int p = Math.max(0, cp - 1); p <= cp + 1; p++) {
            wanted.add(p);
        }
        List<Integer> cached = rows.cachedPages();
        wanted.addAll(cached.subList(Math.max(0, cached.size() - 3), cached.size()));
        return wanted;
    }

    private static boolean holds(Map<Integer, List<QueueRow>> pages, long rowId) {
        return pages.values().stream().flatMap(List::stream).anyMatch(r -> r.rowId() == rowId);
    }

    /**
     * Changes rows and cursor together, then works out the current comment once: it never passes through
     * whichever comment briefly sits at the cursor's old index (the detail pane would start reading it).
     */
    private void replacingRows(Runnable change) {
        rowsChanging = true;
        try {
            change.run();
        } finally {
            rowsChanging = false;
        }
        updateCurrent();
    }

    /** Reads the database's counts and summary, and the counts under the current filters (dropped if stale). */
    public void refreshCounts() {
        QueueQuery q = query.get();
        long seq = ++countsSeq;
        background.run(Lane.INFO, () -> {
            StatusCounts all = infoReader.counts();
            return new Counted(all, infoReader.info(), q.isNarrowed() ? infoReader.counts(q) : all);
        }, r -> {
            counts.set(r.all());
            info.set(r.info());
            if (seq == countsSeq) {
                viewCounts.set(r.inView());
            }
        }, errors);
    }

    private record Counted(StatusCounts all, DeskInfo info, StatusCounts inView) { }

    // ---- the cursor

    public void move(int delta) {
        long n = rows.size();
        if (n == 0) {
            return;
        }
        int next = (int) Math.max(0, Math.min(n - 1, (long) cursor.get() + delta));
        cursor.set(next);
    }

    public int cursor() {
        return cursor.get();
    }

    /** True while the cursor is on a row whose page has not arrived yet; there is no current comment meanwhile. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty cursorLoadingProperty() {
        return cursorLoading.getReadOnlyProperty();
    }

    public boolean isCursorLoading() {
        return cursorLoading.get();
    }

    /** The current comment is the row under the cursor, or none while its page is on the way (asked for here). */
    private void updateCurrent() {
        if (rowsChanging) {
            return;
        }
        int at = cursor.get();
        QueueRow r = rows.peek(at);
        if (r == null && at >= 0 && at < rows.size()) {
            rows.get(at);
            r = rows.peek(at); // there already if the page was read at once
        }
        cursorLoading.set(r == null && at >= 0 && at < rows.size());
        if (r != current.get()) {
            current.set(r);
        }
    }

    // ---- checking rows

    public void toggleCurrent() {
        QueueRow r = current.get();
        if (r != null) {
            selection.toggle(r.rowId());
        }
    }

    /** Checks the rows {@code from..to} (inclusive), reading ids from SQLite where they are not loaded. */
    public void checkRange(int from, int to) {
        int a = Math.max(0, Math.min(from, to));
        int b = Math.min(rows.size() - 1, Math.max(from, to));
        List<Long> ids = new ArrayList<>();
        boolean allLoaded = true;
        for (int i = a; i <= b; i++) {
            QueueRow r = rows.peek(i);
            if (r == null) {
                allLoaded = false;
                break;
            }
            ids.add(r.rowId());
        }
        if (allLoaded) {
            selection.addAll(ids);
            return;
        }
        QueueQuery q = query.get();
        long seq = querySeq;
        background.run(Lane.PAGES, () -> pageReader.rowIds(q, a, b - a + 1L), found -> {
            if (seq == querySeq) {
                selection.addAll(found);
            }
        }, errors);
    }

    public void selectAllMatching() {
        selection.selectAllMatching(total.get());
    }
}
