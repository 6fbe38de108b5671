package dev.moddesk.app.moderation;

import dev.moddesk.core.AuthorHistory;
import dev.moddesk.core.CommentDetail;
import dev.moddesk.core.DeskInfo;
import dev.moddesk.core.PostSummary;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.SiteSummary;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.store.CommentQueries;
import dev.moddesk.store.DeskQueries;
import dev.moddesk.store.QueuePages;
import dev.moddesk.store.ReadSession;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The queue and what goes with it, as the desk and the command line read them, on a connection of its own (it
 * sees the last commit and never blocks the writer). One reader per thread.
 */
public final class QueueReader implements AutoCloseable {
    private final ReadSession session;
    private final QueuePages pages;
    private final CommentQueries queries;
    private final DeskQueries desk;

    public QueueReader(ReadSession session) {
        this.session = session;
        this.pages = session.pages();
        this.queries = session.queries();
        this.desk = session.desk();
    }

    public long count(QueueQuery q) {
        return pages.count(q);
    }

    public List<QueueRow> page(QueueQuery q, long offset, int limit, long total) {
        return pages.page(q, offset, limit, total);
    }

    /** Whole comments of the view, in its order, to {@code each} ({@code limit} ≤ 0: all). */
    public void items(QueueQuery q, int limit, Consumer<QueueItem> each) {
        pages.items(q, limit, each);
    }

    public List<Long> rowIds(QueueQuery q, long offset, long limit) {
        return pages.rowIds(q, offset, limit);
    }

    /** Where the comment stands in the view (0-based), or -1 when the view does not hold it. */
    public long position(QueueQuery q, long rowId) {
        return pages.position(q, rowId);
    }

    /** Which of {@code rowIds} the view holds now. */
    public Set<Long> inView(QueueQuery q, Collection<Long> rowIds) {
        return pages.inView(q, rowIds);
    }

    public StatusCounts counts() {
        return queries.counts();
    }

    /** How many each status view would show under {@code q}'s filters (its own view ignored). */
    public StatusCounts counts(QueueQuery q) {
        return pages.counts(q);
    }

    /** SQLite's plan for counting and paging {@code q} (benchmarks and tests keep the filters on indexes). */
    public List<String> plan(QueueQuery q) {
        return pages.plan(q);
    }

    public List<SiteSummary> sites() {
        return desk.sites();
    }

    /** The posts of one site, or of every site (null). */
    public List<PostSummary> posts(Long siteId) {
        return desk.posts(siteId);
    }

    public Optional<CommentDetail> detail(long rowId) {
        return desk.detail(rowId);
    }

    public AuthorHistory history(String email, String ip) {
        return desk.history(email, ip);
    }

    public DeskInfo info() {
        return desk.info();
    }

    @Override
    public void close() {
        session.close();
    }
}
