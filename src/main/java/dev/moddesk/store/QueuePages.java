package dev.moddesk.store;

import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * The desk's queue as pages: how many rows a view has, one page of rows at an offset, and the row ids of a
 * whole view (for "select all matching"). Filtering and ordering happen in SQLite; a page deep in a large
 * view is read from the nearer end (the order reversed), so the last page costs what the first does.
 * Not thread-safe: one instance per connection and thread.
 */
public final class QueuePages {
    private static final int MANY_MATCHES = 5_000;
    private static final String COLUMNS = "c.id, c.remote_id, c.author, c.email, c.ip, substr(c.content, 1, 400), "
            + "coalesce(p.title, ''), c.date_gmt, c.score, c.status, c.site_status, c.decision, c.conflict";
    private static final String FROM = " FROM comments c "
            + "LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_id";

    private final Connection c;
    private String resolvedFor;
    private Match resolved;

    public QueuePages(Connection connection) {
        this.c = connection;
    }

    /** A search turned into an FTS5 query that parses, and whether it matches many rows. */
    private record Match(String query, boolean many) { }

    /** The WHERE part and its parameters. */
    private record Where(String sql, List<Object> params) { }

    /** How many rows the view has. */
    public long count(QueueQuery q) {
        Where w = where(q);
        if (w == null) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM comments c" + w.sql())) {
            bind(ps, w.params(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the queue: " + Database.explain(e), e);
        }
    }

    /** Rows {@code offset .. offset+limit-1} of the view, whose size is {@code total} (from {@link #count}). */
    public List<QueueRow> page(QueueQuery q, long offset, int limit, long total) {
        Where w = where(q);
        if (w == null || offset >= total || limit <= 0) {
            return List.of();
        }
        boolean fromEnd = offset > total / 2;
        long off = offset;
        long lim = Math.min(limit, total - offset);
        if (fromEnd) {
            off = Math.max(0, total - offset - lim);
        }
        String sql = "SELECT " + COLUMNS + FROM + w.sql() + orderBy(q, fromEnd) + " LIMIT ? OFFSET ?";
        List<QueueRow> out = new ArrayList<>((int) lim);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, w.params(), 1);
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

    /** The row ids of the whole view, in the view's order. */
    public List<Long> rowIds(QueueQuery q) {
        return rowIds(q, 0, -1);
    }

    /** The row ids of rows {@code offset ..} of the view ({@code limit} < 0: to the end). */
    public List<Long> rowIds(QueueQuery q, long offset, long limit) {
        Where w = where(q);
        if (w == null) {
            return List.of();
        }
        String sql = "SELECT c.id FROM comments c" + w.sql() + orderBy(q, false) + " LIMIT ? OFFSET ?";
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, w.params(), 1);
            ps.setLong(i++, limit);
            ps.setLong(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    private static String orderBy(QueueQuery q, boolean reversed) {
        boolean desc = q.descending() != reversed;
        String d = desc ? " DESC" : " ASC";
        switch (q.sort()) {
            case AUTHOR:
                return " ORDER BY c.author COLLATE NOCASE" + d + ", c.id" + d;
            case POST:
                return " ORDER BY c.post_id" + d + ", c.date_gmt" + d + ", c.id" + d;
            case SCORE:
                return " ORDER BY c.score" + d + ", c.id" + d;
            case DATE:
            default:
                return " ORDER BY c.date_gmt" + d + ", c.id" + d;
        }
    }

    /** Null when the search holds nothing searchable (the view is empty). */
    private Where where(QueueQuery q) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> params = new ArrayList<>();
        if (q.filter().conflictsOnly()) {
            sql.append("c.conflict = 1");
        } else if (q.filter().status() != null) {
            sql.append("c.status = ?");
            params.add(q.filter().status().word());
        } else {
            sql.append("c.status <> 'deleted'");
        }
        if (q.email() != null) {
            sql.append(" AND c.email = ?");
            params.add(q.email());
        }
        if (q.ip() != null) {
            sql.append(" AND c.ip = ?");
            params.add(q.ip());
        }
        if (q.filter().hasSearch()) {
            Match m = match(q.filter().search());
            if (m == null) {
                return null;
            }
            sql.append(m.many() && q.sort() == SortKey.DATE ? " AND +c.id IN " : " AND c.id IN ")
                    .append("(SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)");
            params.add(m.query());
        }
        return new Where(sql.toString(), params);
    }

    /** The first candidate query that SQLite accepts; remembered for the last search text. */
    private Match match(String search) {
        if (Objects.equals(search, resolvedFor)) {
            return resolved;
        }
        Match found = null;
        for (String candidate : FtsQuery.candidates(search)) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? LIMIT ?)")) {
                ps.setString(1, candidate);
                ps.setInt(2, MANY_MATCHES + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    long n = rs.next() ? rs.getLong(1) : 0;
                    found = new Match(candidate, n > MANY_MATCHES);
                    break;
                }
            } catch (SQLException e) {
                if (!FtsQuery.isSyntaxError(e)) {
                    throw new StoreException("search failed: " + Database.explain(e), e);
                }
            }
        }
        resolvedFor = search;
        resolved = found;
        return found;
    }

    private static int bind(PreparedStatement ps, List<Object> params, int start) throws SQLException {
        int i = start;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
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
