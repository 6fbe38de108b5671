package dev.moddesk.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Resolves conflicts (DESIGN.md §3 rule 4): "keep mine" makes the local decision stand against the site's
 * new status; "take the site's" drops the decision and its outbox entry. Each call is one decision group in
 * the audit log, in one transaction, so {@link ModerationStore#undoLast} can revert it.
 */
public final class ConflictStore {
    private final Connection c;

    public ConflictStore(Database db) {
        this.c = db.writer();
    }

    /** How a conflict is settled. */
    public enum Resolution {
        KEEP_MINE("keep-mine"), TAKE_SITE("take-site");

        private final String word;

        Resolution(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** Settles the conflicts among these comments (others are left alone); returns how many were settled. */
    public long resolve(List<Long> rowIds, Resolution how, String moderator) {
        long now = System.currentTimeMillis();
        try {
            c.setAutoCommit(false);
            long group;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision_groups (at, moderator, label) VALUES (?, ?, ?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, now);
                ps.setString(2, moderator);
                ps.setString(3, how.word() + " " + rowIds.size());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    group = rs.getLong(1);
                }
            }
            long settled = 0;
            try (PreparedStatement load = c.prepareStatement(
                    "SELECT site_status, decision FROM comments WHERE id = ? AND conflict = 1 AND decision IS NOT NULL");
                 PreparedStatement keep = c.prepareStatement(
                         "UPDATE comments SET conflict = 0, decided_against = site_status, decided_by = ?, decided_at = ? "
                                 + "WHERE id = ?");
                 PreparedStatement take = c.prepareStatement("UPDATE comments SET conflict = 0, decision = NULL, "
                         + "decided_against = NULL, decided_by = ?, decided_at = ? WHERE id = ?");
                 PreparedStatement unqueue = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ?");
                 PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (at, moderator, comment_id, action, "
                         + "from_status, to_status, group_id) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                for (long id : rowIds) {
                    load.setLong(1, id);
                    String site;
                    String mine;
                    try (ResultSet rs = load.executeQuery()) {
                        if (!rs.next()) {
                            continue;
                        }
                        site = rs.getString(1);
                        mine = rs.getString(2);
                    }
                    PreparedStatement update = how == Resolution.KEEP_MINE ? keep : take;
                    update.setString(1, moderator);
                    update.setLong(2, now);
                    update.setLong(3, id);
                    update.executeUpdate();
                    if (how == Resolution.TAKE_SITE) {
                        unqueue.setLong(1, id);
                        unqueue.executeUpdate();
                    }
                    audit.setLong(1, now);
                    audit.setString(2, moderator);
                    audit.setLong(3, id);
                    audit.setString(4, how.word());
                    audit.setString(5, mine);
                    audit.setString(6, how == Resolution.KEEP_MINE ? mine : site);
                    audit.setLong(7, group);
                    audit.executeUpdate();
                    settled++;
                }
            }
            c.commit();
            return settled;
        } catch (SQLException e) {
            try {
                c.rollback();
            } catch (SQLException ignored) {
                // nothing to roll back
            }
            throw new StoreException("cannot resolve the conflicts: " + Database.explain(e), e);
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closing
            }
        }
    }
}
