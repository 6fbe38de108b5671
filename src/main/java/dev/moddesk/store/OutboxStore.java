package dev.moddesk.store;

import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox as push sees it (DESIGN.md §3 rule 6): decisions waiting for the site, oldest first. A decision
 * leaves it only when the site confirmed it; a failure stays, counted and with its error, for the next try.
 * Comments in conflict (rule 4) are held back until a moderator resolves them.
 */
public final class OutboxStore {
    private final Connection c;

    public OutboxStore(Database db) {
        this.c = db.writer();
    }

    /** One decision to carry to the site: the comment's row id and site id, where it should go and where it was. */
    public record Entry(long outboxId, long commentId, long remoteId, Status target, Status siteStatus,
                        long queuedAt, int attempts, String lastError, String authorIp, String authorAgent) {
    }

    /** The site's decisions ready to push, oldest first (conflicts left out). */
    public List<Entry> pending(String baseUrl) {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.id, c.id, c.remote_id, o.target, c.site_status, "
                + "o.queued_at, o.attempts, o.last_error, c.ip, c.agent FROM outbox o JOIN comments c ON c.id = o.comment_id "
                + "JOIN sites s ON s.id = c.site_id WHERE s.base_url = ? AND c.conflict = 0 "
                + "ORDER BY o.queued_at, o.id")) {
            ps.setString(1, baseUrl);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), word(rs.getString(4)),
                            word(rs.getString(5)), rs.getLong(6), rs.getInt(7), rs.getString(8), rs.getString(9), rs.getString(10)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the outbox: " + Database.explain(e), e);
        }
    }

    /** Decisions waiting in the outbox for this site ({@code baseUrl} null: for every site), conflicts included. */
    public long count(String baseUrl) {
        String sql = "SELECT count(*) FROM outbox o" + (baseUrl == null ? ""
                : " JOIN comments c ON c.id = o.comment_id JOIN sites s ON s.id = c.site_id WHERE s.base_url = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (baseUrl != null) {
                ps.setString(1, baseUrl);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the outbox: " + Database.explain(e), e);
        }
    }

    /**
     * The site confirmed that the comment now stands at {@code siteNow}: the site status is taken, and the
     * decision leaves the outbox when it is still the one pushed (a moderator may have changed it meanwhile;
     * a newer decision stays queued, now made against the site's new status).
     */
    public void confirm(Entry e, Status siteNow) {
        inTransaction("cannot record what the site confirmed", () -> {
            try (PreparedStatement site = c.prepareStatement("UPDATE comments SET site_status = ? WHERE id = ?");
                 PreparedStatement now = c.prepareStatement("SELECT c.decision, o.id FROM comments c "
                         + "LEFT JOIN outbox o ON o.comment_id = c.id WHERE c.id = ?")) {
                site.setString(1, siteNow.word());
                site.setLong(2, e.commentId());
                site.executeUpdate();
                now.setLong(1, e.commentId());
                String decision;
                try (ResultSet rs = now.executeQuery()) {
                    if (!rs.next()) {
                        return;
                    }
                    decision = rs.getString(1);
                }
                if (decision == null || decision.equals(siteNow.word()) || samePush(e)) {
                    settle(e.commentId());
                } else {
                    try (PreparedStatement against = c.prepareStatement(
                            "UPDATE comments SET decided_against = ?, conflict = 0 WHERE id = ?")) {
                        against.setString(1, siteNow.word());
                        against.setLong(2, e.commentId());
                        against.executeUpdate();
                    }
                }
            }
        });
    }

    /** The site answered 404: the comment is gone there (DESIGN.md §3 rule 5); nothing is left to push. */
    public void gone(Entry e) {
        inTransaction("cannot mark the comment gone", () -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET site_status = 'gone' WHERE id = ?")) {
                ps.setLong(1, e.commentId());
                ps.executeUpdate();
            }
            settle(e.commentId());
        });
    }

    /** The push of this decision failed; it stays queued with one more attempt counted and the error. */
    public void failed(Entry e, String error) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                + "WHERE id = ? AND queued_at = ?")) {
            ps.setString(1, error);
            ps.setLong(2, e.outboxId());
            ps.setLong(3, e.queuedAt());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("cannot record the failed push: " + Database.explain(ex), ex);
        }
    }

    private boolean samePush(Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE id = ? AND target = ? AND queued_at = ?")) {
            ps.setLong(1, e.outboxId());
            ps.setString(2, e.target().word());
            ps.setLong(3, e.queuedAt());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Clears the decision and its outbox entry. */
    private void settle(long commentId) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("UPDATE comments SET decision = NULL, decided_against = NULL, "
                + "conflict = 0 WHERE id = ?");
             PreparedStatement drop = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ?")) {
            clear.setLong(1, commentId);
            clear.executeUpdate();
            drop.setLong(1, commentId);
            drop.executeUpdate();
        }
    }

    private interface SqlWork {
        void run() throws SQLException;
    }

    private void inTransaction(String what, SqlWork work) {
        try {
            c.setAutoCommit(false);
            work.run();
            c.commit();
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException(what + ": " + Database.explain(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            try {
                c.setAutoCommit(true);
            } catch (SQLException ignored) {
                // the connection is closing
            }
        }
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // nothing to undo
        }
    }

    private static Status word(String w) {
        return Status.fromWord(w).orElse(Status.PENDING);
    }
}
