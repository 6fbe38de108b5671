package dev.moddesk.store;

import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.AuditFilter;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Reads the audit log, filtered by moderator, action and time: in pages by line id either way (the audit view
 * newest first, the command line oldest first), or as one stream oldest first for exports.
 */
public final class AuditQueries {
    private final Database db;

    public AuditQueries(Database db) {
        this.db = db;
    }

    /** Streams matching lines to {@code each}, oldest first; stops when it returns false. */
    public void stream(AuditFilter f, Predicate<AuditEntry> each) {
        Where w = where(f, null, false);
        query(SELECT + w.sql + " ORDER BY a.id", w.params, each);
    }

    /**
     * Up to {@code limit} matching lines that come after line {@code afterId} in the order asked for (null: from
     * the first). Walks the log by id, so a page costs the same wherever it is.
     */
    public List<AuditEntry> page(AuditFilter f, boolean newestFirst, Long afterId, int limit) {
        Where w = where(f, afterId, newestFirst);
        List<Object> params = new ArrayList<>(w.params);
        params.add(limit);
        List<AuditEntry> out = new ArrayList<>();
        query(SELECT + w.sql + (newestFirst ? " ORDER BY a.id DESC" : " ORDER BY a.id") + " LIMIT ?", params, out::add);
        return out;
    }

    /** How many lines match. */
    public long count(AuditFilter f) {
        Where w = where(f, null, false);
        // The joins only name the site and comment; every audit line has its comment (foreign key).
        String sql = "SELECT count(*) FROM audit_log a" + w.sql;
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, w.params);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the audit log: " + Database.explain(e), e);
        }
    }

    /** Everyone who made a decision, by name. */
    public List<String> moderators() {
        return words("SELECT DISTINCT moderator FROM audit_log ORDER BY moderator COLLATE NOCASE");
    }

    /** Every action word the log holds (approve, spam, undo, keep-mine, …). */
    public List<String> actions() {
        return words("SELECT DISTINCT action FROM audit_log ORDER BY action");
    }

    private static final String SELECT = "SELECT a.id, a.at, a.moderator, s.base_url, c.remote_id, a.action, "
            + "a.from_status, a.to_status, a.group_id, a.kind, a.detail FROM audit_log a JOIN comments c ON c.id = a.comment_id "
            + "JOIN sites s ON s.id = c.site_id";

    private record Where(String sql, List<Object> params) { }

    private static Where where(AuditFilter f, Long afterId, boolean newestFirst) {
        StringBuilder sql = new StringBuilder(" WHERE 1 = 1");
        List<Object> params = new ArrayList<>();
        if (f.moderator() != null) {
            sql.append(" AND a.moderator = ?");
            params.add(f.moderator());
        }
        if (f.action() != null) {
            sql.append(" AND a.action = ?");
            params.add(f.action());
        }
        if (f.dates().fromEpochMilli() != null) {
            sql.append(" AND a.at >= ?");
            params.add(f.dates().fromEpochMilli());
        }
        if (f.dates().untilEpochMilli() != null) {
            sql.append(" AND a.at < ?");
            params.add(f.dates().untilEpochMilli());
        }
        if (afterId != null) {
            sql.append(newestFirst ? " AND a.id < ?" : " AND a.id > ?");
            params.add(afterId);
        }
        return new Where(sql.toString(), params);
    }

    private static void bind(PreparedStatement ps, List<Object> params) throws SQLException {
        for (int i = 0; i < params.size(); i++) {
            ps.setObject(i + 1, params.get(i));
        }
    }

    private void query(String sql, List<Object> params, Predicate<AuditEntry> each) {
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, params);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long group = rs.getLong(9);
                    Long groupOrNull = rs.wasNull() ? null : group;
                    if (!each.test(new AuditEntry(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                            rs.getLong(5), rs.getString(6), rs.getString(7), rs.getString(8), groupOrNull, rs.getString(10),
                            rs.getString(11)))) {
                        return;
                    }
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + Database.explain(e), e);
        }
    }

    private List<String> words(String sql) {
        List<String> out = new ArrayList<>();
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the audit log: " + Database.explain(e), e);
        }
        return out;
    }
}
