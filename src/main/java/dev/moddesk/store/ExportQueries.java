package dev.moddesk.store;

import dev.moddesk.core.Comment;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.core.ExportRow;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Counts and streams the comments of admin exports, one row in memory at a time. Reads on a connection of its
 * own, so an export never holds up the writer.
 */
public final class ExportQueries {
    private final Database db;

    public ExportQueries(Database db) {
        this.db = db;
    }

    public long count(ExportFilter filter) {
        Where w = where(filter);
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM comments c JOIN sites s ON s.id = c.site_id"
                + w.sql)) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the export: " + Database.explain(e), e);
        }
    }

    /**
     * Calls {@code each} for every matching comment, ordered by site, post and comment id ({@code byPost}, what WXR
     * needs) or by site and comment id only, which walks an index instead of sorting every row; stops early when
     * {@code each} returns false (cancel).
     */
    public void stream(ExportFilter filter, boolean byPost, Predicate<ExportRow> each) {
        Where w = where(filter);
        String sql = "SELECT s.base_url, " + CommentColumns.COLUMNS + ", coalesce(p.title, ''), coalesce(p.link, ''), "
                + "coalesce(p.post_type, 'post'), coalesce(p.post_status, 'publish'), coalesce(p.comment_status, 'open'), "
                + "c.status, c.decided_by, coalesce(c.decided_at, 0), "
                + "EXISTS (SELECT 1 FROM outbox o WHERE o.comment_id = c.id AND o.kind = 'edit') "
                + "FROM comments c JOIN sites s ON s.id = c.site_id "
                + "LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_id"
                + w.sql + (byPost ? " ORDER BY c.site_id, c.post_id, c.remote_id" : " ORDER BY c.site_id, c.remote_id");
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql)) {
            w.bind(ps);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!each.test(row(rs))) {
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the export: " + Database.explain(e), e);
        }
    }

    private static ExportRow row(ResultSet rs) throws SQLException {
        Comment comment = CommentColumns.read(rs, 2);
        return new ExportRow(rs.getString(1), comment, rs.getString(15), rs.getString(16), rs.getString(17),
                rs.getString(18), rs.getString(19), Status.fromWord(rs.getString(20)).orElse(Status.PENDING),
                rs.getString(21), rs.getLong(22), rs.getInt(23) == 1);
    }

    private record Where(String sql, List<Object> params) {
        void bind(PreparedStatement ps) throws SQLException {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
        }
    }

    private static Where where(ExportFilter f) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> params = new ArrayList<>();
        if (f.statuses().isEmpty()) {
            sql.append("c.status <> ?");
            params.add(Status.DELETED.word());
        } else {
            sql.append("c.status IN (");
            int i = 0;
            for (Status s : f.statuses()) {
                sql.append(i++ == 0 ? "?" : ", ?");
                params.add(s.word());
            }
            sql.append(')');
        }
        if (f.site() != null) {
            sql.append(" AND s.base_url = ?");
            params.add(f.site());
        }
        if (f.postId() != null) {
            sql.append(" AND c.post_id = ?");
            params.add(f.postId());
        }
        if (f.moderator() != null) {
            sql.append(" AND c.decided_by = ?");
            params.add(f.moderator());
        }
        if (f.dates().fromEpochSecond() != null) {
            sql.append(" AND c.date_gmt >= ?");
            params.add(f.dates().fromEpochSecond());
        }
        if (f.dates().untilEpochSecond() != null) {
            sql.append(" AND c.date_gmt < ?");
            params.add(f.dates().untilEpochSecond());
        }
        return new Where(sql.toString(), params);
    }
}
