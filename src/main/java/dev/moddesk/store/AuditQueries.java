package dev.moddesk.store;

import dev.moddesk.core.AuditEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/** Reads the audit log, oldest first, filtered by moderator, action and time (epoch ms, until exclusive). */
public final class AuditQueries {
    /** Which audit lines to read; null fields do not filter. */
    public record Filter(String moderator, String action, Long sinceMillis, Long untilMillis) {
        public static Filter all() {
            return new Filter(null, null, null, null);
        }
    }

    private final Database db;

    public AuditQueries(Database db) {
        this.db = db;
    }

    /** Streams matching lines to {@code each}; stops when it returns false. */
    public void stream(Filter f, Predicate<AuditEntry> each) {
        StringBuilder sql = new StringBuilder("SELECT a.id, a.at, a.moderator, s.base_url, c.remote_id, a.action, "
                + "a.from_status, a.to_status, a.group_id FROM audit_log a JOIN comments c ON c.id = a.comment_id "
                + "JOIN sites s ON s.id = c.site_id WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.moderator() != null) {
            sql.append(" AND a.moderator = ?");
            params.add(f.moderator());
        }
        if (f.action() != null) {
            sql.append(" AND a.action = ?");
            params.add(f.action());
        }
        if (f.sinceMillis() != null) {
            sql.append(" AND a.at >= ?");
            params.add(f.sinceMillis());
        }
        if (f.untilMillis() != null) {
            sql.append(" AND a.at < ?");
            params.add(f.untilMillis());
        }
        sql.append(" ORDER BY a.id");
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long group = rs.getLong(9);
                    Long groupOrNull = rs.wasNull() ? null : group;
                    if (!each.test(new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), groupOrNull))) {
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + Database.explain(e), e);
        }
    }

    public List<AuditEntry> list(Filter f, int limit) {
        List<AuditEntry> out = new ArrayList<>();
        stream(f, e -> {
            out.add(e);
            return limit <= 0 || out.size() < limit;
        });
        return out;
    }
}
