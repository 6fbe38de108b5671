package dev.moddesk.store;

import dev.moddesk.core.ModerationReport;
import dev.moddesk.core.ModerationReport.DayCounts;
import dev.moddesk.core.ModerationReport.ModeratorDay;
import dev.moddesk.core.ModerationReport.PostPending;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The figures of the Reports view and {@code report --json}, computed in SQLite on a reader connection. */
public final class ReportQueries {
    private final Database db;

    public ReportQueries(Database db) {
        this.db = db;
    }

    /** @param sinceGmt only comments and decisions from this time on (epoch seconds), or null for all */
    public ModerationReport report(Long sinceGmt, int topPosts) {
        long since = sinceGmt == null ? Long.MIN_VALUE : sinceGmt;
        try (Connection c = db.openReader()) {
            return new ModerationReport(perDay(c, since), topPending(c, topPosts), perModerator(c, since),
                    medianToDecision(c, since));
        } catch (SQLException e) {
            throw new StoreException("cannot compute the report: " + Database.explain(e), e);
        }
    }

    private static List<DayCounts> perDay(Connection c, long since) throws SQLException {
        // One pass per status over the (status, date) index: rows arrive in date order, so grouping is streaming.
        Map<String, long[]> days = new TreeMap<>();
        String[] statuses = {"pending", "approved", "spam", "trash"};
        try (PreparedStatement ps = c.prepareStatement("SELECT date(date_gmt, 'unixepoch'), count(*) FROM comments "
                + "WHERE status = ? AND date_gmt >= ? GROUP BY date_gmt / 86400")) {
            for (int i = 0; i < statuses.length; i++) {
                ps.setString(1, statuses[i]);
                ps.setLong(2, since);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        days.computeIfAbsent(rs.getString(1), d -> new long[5])[i] += rs.getLong(2);
                    }
                }
            }
        }
        List<DayCounts> out = new ArrayList<>(days.size());
        days.forEach((day, n) -> out.add(new DayCounts(day, n[0], n[1], n[2], n[3], n[4])));
        return out;
    }

    private static List<PostPending> topPending(Connection c, int limit) throws SQLException {
        List<PostPending> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.base_url, t.post_id, coalesce(p.title, ''), t.n FROM "
                + "(SELECT site_id, post_id, count(*) AS n FROM comments WHERE status = 'pending' "
                + " GROUP BY site_id, post_id ORDER BY n DESC LIMIT ?) t "
                + "JOIN sites s ON s.id = t.site_id "
                + "LEFT JOIN posts p ON p.site_id = t.site_id AND p.remote_id = t.post_id ORDER BY t.n DESC")) {
            ps.setInt(1, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PostPending(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    private static List<ModeratorDay> perModerator(Connection c, long since) throws SQLException {
        List<ModeratorDay> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT date(at / 1000, 'unixepoch') AS day, moderator, count(*) "
                + "FROM audit_log WHERE at >= ? AND action <> 'undo' GROUP BY day, moderator ORDER BY day, moderator")) {
            ps.setLong(1, since == Long.MIN_VALUE ? Long.MIN_VALUE : since * 1000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ModeratorDay(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    /** Median seconds from a comment's date to the first decision on it; null when nothing was decided. */
    private static Long medianToDecision(Connection c, long since) throws SQLException {
        String delays = "SELECT max(0, first_at / 1000 - c.date_gmt) AS d FROM "
                + "(SELECT comment_id, min(at) AS first_at FROM audit_log WHERE action <> 'undo' GROUP BY comment_id) a "
                + "JOIN comments c ON c.id = a.comment_id WHERE c.date_gmt >= ?";
        try (PreparedStatement ps = c.prepareStatement("WITH x AS (" + delays + ") "
                + "SELECT d FROM x ORDER BY d LIMIT 1 OFFSET (SELECT (count(*) - 1) / 2 FROM x)")) {
            ps.setLong(1, since);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : null;
            }
        }
    }
}
