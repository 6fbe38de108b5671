package dev.moddesk.app;

import dev.moddesk.core.AuthorHistory;
import dev.moddesk.core.CommentDetail;
import dev.moddesk.core.DeskInfo;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.store.CommentQueries;
import dev.moddesk.store.DeskQueries;
import dev.moddesk.store.QueuePages;
import dev.moddesk.store.ReadSession;
import java.util.List;
import java.util.Optional;

/**
 * What the desk reads, on its own connection (it sees the last commit, never blocks the writer). One
 * reader per thread.
 */
public final class QueueReader implements AutoCloseable {
    private final ReadSession session;
    private final QueuePages pages;
    private final CommentQueries queries;
    private final DeskQueries desk;

    QueueReader(ReadSession session) {
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

    public List<Long> rowIds(QueueQuery q, long offset, long limit) {
        return pages.rowIds(q, offset, limit);
    }

    public StatusCounts counts() {
        return queries.counts();
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
