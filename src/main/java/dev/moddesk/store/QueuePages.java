package dev.moddesk.store;

import dev.moddesk.core.CommentType;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Scope;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The desk's queue as pages: how many rows a view has, one page of rows at an offset, the row ids of a
 * whole view (for "select all matching"), and how many each status view would show under the same filters.
 * Filtering and ordering happen in SQLite; a page deep in a large view is read from the nearer end (the
 * order reversed), so the last page costs what the first does.
 * The SQL of a view comes from {@link QueueWhere}. Not thread-safe: one instance per connection and thread.
 */
public final class QueuePages {
    private static final String COLUMNS = "c.id, c.remote_id, c.author, c.email, c.ip, substr(c.content, 1, 400), "
            + "coalesce(p.title, ''), c.date_gmt, c.score, c.status, c.site_status, c.decision, c.conflict";
    private static final String JOIN = " LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_id";

    private final Connection c;
    private final QueueWhere wheres;
    public QueuePages(Connection connection) {
        this.c = connection;
        this.wheres = new QueueWhere(connection);
    }

    /**
     * How many rows the view has. Plain comments are counted as the view's rows less its pingbacks and
     * trackbacks: each of those counts goes by an index, where testing the type would read every row.
     */
    public long count(QueueQuery q) {
        if (q.scope().type() == CommentType.COMMENT) {
            return count(withType(q, null)) - count(withType(q, CommentType.PINGBACK))
                    - count(withType(q, CommentType.TRACKBACK));
        }
        QueueWhere.Where w = wheres.of(q, QueueWhere.Use.COUNT);
        if (w == null) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM comments c" + w.index() + w.sql())) {
            QueueWhere.bind(ps, w.params(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the queue: " + Database.explain(e), e);
        }
    }

    /**
     * How many comments each status view (and Conflicts) would show under {@code q}'s filters, search and
     * author filter; {@code q}'s own status view is ignored. {@code total} is the All view, {@code unpushed}
     * is not counted here (0).
     */
    public StatusCounts counts(QueueQuery q) {
        Map<Status, Long> by;
        if (q.scope().type() == CommentType.COMMENT) { // as in count: every type less the pings
            by = byStatus(withType(q, null));
            for (CommentType ping : List.of(CommentType.PINGBACK, CommentType.TRACKBACK)) {
                byStatus(withType(q, ping)).forEach((st, n) -> by.merge(st, -n, Long::sum));
            }
        } else {
            by = byStatus(q);
        }
        long conflicts = count(q.withFilter(new QueueFilter(null, true, q.filter().search())));
        long total = by.values().stream().mapToLong(Long::longValue).sum();
        return new StatusCounts(total, by.getOrDefault(Status.PENDING, 0L), by.getOrDefault(Status.APPROVED, 0L),
                by.getOrDefault(Status.SPAM, 0L), by.getOrDefault(Status.TRASH, 0L),
                by.getOrDefault(Status.POST_TRASHED, 0L), conflicts, 0);
    }

    private static QueueQuery withType(QueueQuery q, CommentType type) {
        return q.withScope(q.scope().withType(type));
    }

    /** The visible statuses' counts under {@code q}'s filters (its own status view ignored). */
    private Map<Status, Long> byStatus(QueueQuery q) {
        QueueQuery all = q.withFilter(new QueueFilter(null, false, q.filter().search()));
        QueueWhere.Where w = wheres.of(all, QueueWhere.Use.COUNT);
        Map<Status, Long> by = new EnumMap<>(Status.class);
        if (w == null) {
            return by;
        }
        Scope s = q.scope();
        boolean bySite = !q.hasAuthorFilter() && !q.filter().hasSearch() && s.postId() == null && s.withSite(null).isEmpty();
        // nothing but a site narrows: the counts kept by triggers answer at once
        String sql = bySite ? "SELECT status, sum(n) FROM comment_counts" + (s.siteId() == null ? "" : " WHERE site_id = ?")
                + " GROUP BY status" : countsSql(w);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!bySite) {
                QueueWhere.bind(ps, w.params(), 1);
            } else if (s.siteId() != null) {
                ps.setLong(1, s.siteId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(2);
                    Status.fromWord(rs.getString(1)).filter(QueueWhere.VISIBLE::contains).ifPresent(st -> by.merge(st, n, Long::sum));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the queue: " + Database.explain(e), e);
        }
        return by;
    }

    /** Counts by status: of the whole table when nothing narrows (one pass over the smallest status index). */
    private static String countsSql(QueueWhere.Where all) {
        if (!all.narrowed()) {
            return "SELECT c.status, count(*) FROM comments c GROUP BY c.status"; // the tombstones are skipped below
        }
        // grouping by an expression: the filters choose the index, not the grouping (five groups sort at once)
        return "SELECT c.status, count(*) FROM comments c" + all.index() + all.sql() + " GROUP BY +c.status";
    }

    /** Rows {@code offset .. offset+limit-1} of the view, whose size is {@code total} (from {@link #count}). */
    public List<QueueRow> page(QueueQuery q, long offset, int limit, long total) {
        QueueWhere.Where w = wheres.of(q, QueueWhere.Use.ROWS);
        if (w == null || offset >= total || limit <= 0) {
            return List.of();
        }
        boolean fromEnd = offset > total / 2;
        long off = offset;
        long lim = Math.min(limit, total - offset);
        if (fromEnd) {
            off = Math.max(0, total - offset - lim);
        }
        String sql = pageSql(w, q, fromEnd);
        List<QueueRow> out = new ArrayList<>((int) lim);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = QueueWhere.bind(ps, w.params(), 1);
            ps.setLong(i++, lim);
            ps.setLong(i, off);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
        if (fromEnd) {
            Collections.reverse(out);
        }
        return out;
    }

    /**
     * Streams whole comments of the view to {@code each}, in the view's order ({@code limit} ≤ 0: all of them):
     * the command line's {@code list}, the same queue as the desk's.
     */
    public void items(QueueQuery q, int limit, Consumer<QueueItem> each) {
        QueueWhere.Where w = wheres.of(q, QueueWhere.Use.ROWS);
        if (w == null) {
            return;
        }
        String sql = "SELECT " + CommentQueries.ITEM_COLUMNS + " FROM comments c" + w.index() + CommentQueries.ITEM_JOINS
                + w.sql() + QueueWhere.orderBy(q, false) + " LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(QueueWhere.bind(ps, w.params(), 1), limit > 0 ? limit : -1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(CommentQueries.item(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    /** The row ids of the whole view, in the view's order. */
    public List<Long> rowIds(QueueQuery q) {
        return rowIds(q, 0, -1);
    }

    /** The row ids of rows {@code offset ..} of the view ({@code limit} < 0: to the end). */
    public List<Long> rowIds(QueueQuery q, long offset, long limit) {
        QueueWhere.Where w = wheres.of(q, QueueWhere.Use.ROWS);
        if (w == null) {
            return List.of();
        }
        String sql = "SELECT c.id FROM comments c" + w.index() + w.sql() + QueueWhere.orderBy(q, false) + " LIMIT ? OFFSET ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = QueueWhere.bind(ps, w.params(), 1);
            ps.setLong(i++, limit);
            ps.setLong(i, offset);
            return ids(ps, new ArrayList<>());
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    /**
     * Where the comment with row id {@code rowId} stands in the view (0-based), or -1 when the view does not
     * hold it: how many rows the view's order puts before it.
     */
    public long position(QueueQuery q, long rowId) {
        QueueWhere.Where w = wheres.of(q, QueueWhere.Use.COUNT);
        if (w == null) {
            return -1;
        }
        String from = "SELECT count(*) FROM comments c" + w.index() + w.sql();
        if (countWith(from + " AND c.id = ?", w.params(), rowId) == 0) {
            return -1;
        }
        String before = " AND (" + QueueWhere.sortKey(q.sort(), "c") + ") " + (q.descending() ? ">" : "<")
                + " (SELECT " + QueueWhere.sortKey(q.sort(), "k") + " FROM comments k WHERE k.id = ?)";
        return countWith(from + before, w.params(), rowId);
    }

    /** Which of {@code rowIds} the view holds now. */
    public Set<Long> inView(QueueQuery q, Collection<Long> rowIds) {
        QueueWhere.Where w = wheres.of(q, QueueWhere.Use.COUNT);
        if (w == null || rowIds.isEmpty()) {
            return Set.of();
        }
        String sql = "SELECT c.id FROM comments c" + w.index() + w.sql() + " AND c.id IN (SELECT value FROM json_each(?))";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = QueueWhere.bind(ps, w.params(), 1);
            ps.setString(i, rowIds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
            return ids(ps, new HashSet<>());
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    private long countWith(String sql, List<Object> params, long rowId) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(QueueWhere.bind(ps, params, 1), rowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find the comment in the queue: " + Database.explain(e), e);
        }
    }

    /**
     * SQLite's plan (EXPLAIN QUERY PLAN, one line per step) for counting {@code q} and for reading its first
     * page: what the tests and the benchmark look at to keep every filter on an index.
     */
    public List<String> plan(QueueQuery q) {
        QueueWhere.Where count = wheres.of(q, QueueWhere.Use.COUNT);
        QueueWhere.Where rows = wheres.of(q, QueueWhere.Use.ROWS);
        List<String> out = new ArrayList<>();
        if (count == null) {
            return out;
        }
        explain("count: ", "SELECT count(*) FROM comments c" + count.index() + count.sql(), count.params(), out);
        // the page's row ids; the 100 rows are then read by row id and sorted (always the same, not shown)
        explain("page: ", "SELECT c.id FROM comments c" + rows.index() + rows.sql() + QueueWhere.orderBy(q, false) + " LIMIT 100",
                rows.params(), out);
        QueueWhere.Where all = wheres.of(q.withFilter(new QueueFilter(null, false, q.filter().search())), QueueWhere.Use.COUNT);
        explain("counts: ", countsSql(all), all.params(), out);
        return out;
    }

    private void explain(String prefix, String sql, List<Object> params, List<String> out) {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            QueueWhere.bind(ps, params, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(prefix + rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot explain the queue: " + Database.explain(e), e);
        }
    }

    /**
     * A page: the row ids first, from the index alone where it can (an OFFSET then skips index entries, and
     * SQLite stops early in each status range of an IN list), then the 100 rows with their post titles.
     */
    private static String pageSql(QueueWhere.Where w, QueueQuery q, boolean reversed) {
        String order = QueueWhere.orderBy(q, reversed);
        return "SELECT " + COLUMNS + " FROM comments c" + JOIN + " WHERE c.id IN (SELECT c.id FROM comments c" + w.index()
                + w.sql() + order + " LIMIT ? OFFSET ?)" + order;
    }

    /** The row ids the statement finds, into {@code out}. */
    private static <C extends Collection<Long>> C ids(PreparedStatement ps, C out) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static QueueRow row(ResultSet rs) throws SQLException {
        double score = rs.getDouble(9);
        Double scoreOrNull = rs.wasNull() ? null : score;
        String decision = rs.getString(12);
        return new QueueRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), scoreOrNull, status(rs.getString(10)),
                status(rs.getString(11)), decision == null ? null : status(decision), rs.getInt(13) == 1);
    }

    private static Status status(String word) {
        return Status.fromWord(word).orElse(Status.PENDING);
    }
}
