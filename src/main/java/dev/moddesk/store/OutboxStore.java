package dev.moddesk.store;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The outbox as push sees it (sync rule 6 in the README): changes waiting for the site, each of a {@link ChangeKind},
 * oldest first. An entry leaves it only when the site confirmed it; a failure stays, counted and with its error,
 * for the next try. Comments in conflict (rule 4) are held back until a moderator resolves them.
 */
public final class OutboxStore {
    private final Connection c;

    public OutboxStore(Database db) {
        this.c = db.writer();
    }

    /**
     * One change to carry to the site. {@code target} is the status a status entry sets (null for other kinds);
     * {@code siteStatus} is the comment's status on the site when last seen; {@code authorIp} and
     * {@code authorAgent} are what we hold of the commenter, which an update must send back (WordPress 6.1
     * overwrites them with the caller's otherwise).
     */
    public record Entry(long id, long commentId, long remoteId, ChangeKind kind, Status target, Status siteStatus,
                        long queuedAt, int attempts, String lastError, String authorIp, String authorAgent) {
    }

    /** The site's entries ready to push, oldest first (comments in conflict left out). */
    public List<Entry> pending(String baseUrl) {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.id, c.id, c.remote_id, o.kind, o.target, "
                + "c.site_status, o.queued_at, o.attempts, o.last_error, c.ip, c.agent FROM outbox o "
                + "JOIN comments c ON c.id = o.comment_id JOIN sites s ON s.id = c.site_id "
                + "WHERE s.base_url = ? AND c.conflict = 0 ORDER BY o.queued_at, o.id")) {
            ps.setString(1, baseUrl);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String target = rs.getString(5);
                    out.add(new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), kind(rs.getString(4)),
                            target == null ? null : status(target), status(rs.getString(6)), rs.getLong(7),
                            rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the outbox: " + Database.explain(e), e);
        }
    }

    /** Entries waiting in the outbox for this site, conflicts included. */
    public long count(String baseUrl) {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM outbox o "
                + "JOIN comments c ON c.id = o.comment_id JOIN sites s ON s.id = c.site_id WHERE s.base_url = ?")) {
            ps.setString(1, baseUrl);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the outbox: " + Database.explain(e), e);
        }
    }

    /**
     * The site confirmed a status entry: the comment now stands at {@code siteNow} there. The site status is
     * taken, and the decision leaves the outbox when it is still the one pushed (a moderator may have changed it
     * meanwhile; a newer decision stays queued, now made against the site's new status).
     */
    public void confirmStatus(Entry e, Status siteNow) {
        Transactions.inTransaction(c, "cannot record what the site confirmed", () -> {
            try (PreparedStatement site = c.prepareStatement("UPDATE comments SET site_status = ? WHERE id = ?");
                 PreparedStatement now = c.prepareStatement("SELECT decision FROM comments WHERE id = ?")) {
                site.setString(1, siteNow.word());
                site.setLong(2, e.commentId());
                site.executeUpdate();
                now.setLong(1, e.commentId());
                String decision;
                try (ResultSet rs = now.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    decision = rs.getString(1);
                }
                if (decision == null || decision.equals(siteNow.word()) || stillQueued(e)) {
                    settleDecision(e.commentId());
                } else {
                    try (PreparedStatement against = c.prepareStatement(
                            "UPDATE comments SET decided_against = ?, conflict = 0 WHERE id = ?")) {
                        against.setString(1, siteNow.word());
                        against.setLong(2, e.commentId());
                        against.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /**
     * The site answered 404: the comment is gone there (sync rule 5 in the README). Its decision and every entry of
     * it, of any kind, leave the outbox: nothing is left to apply them to.
     */
    public void gone(Entry e) {
        Transactions.inTransaction(c, "cannot mark the comment gone", () -> {
            try (PreparedStatement gone = c.prepareStatement("UPDATE comments SET site_status = ?, decision = NULL, "
                    + "decided_against = NULL, conflict = 0 WHERE id = ?");
                 PreparedStatement drop = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ?")) {
                gone.setString(1, Status.GONE.word());
                gone.setLong(2, e.commentId());
                gone.executeUpdate();
                drop.setLong(1, e.commentId());
                drop.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The push of this entry failed; it stays queued with one more attempt counted and the error (unless a newer
     * change replaced it meanwhile, which starts with no attempts).
     */
    public void failed(Entry e, String error) {
        try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET attempts = attempts + 1, last_error = ? "
                + "WHERE id = ? AND queued_at = ?")) {
            ps.setString(1, error);
            ps.setLong(2, e.id());
            ps.setLong(3, e.queuedAt());
            ps.executeUpdate();
        } catch (SQLException ex) {
            throw new StoreException("cannot record the failed push: " + Database.explain(ex), ex);
        }
    }

    /** Whether the status entry is still the one pushed (no newer decision replaced it meanwhile). */
    private boolean stillQueued(Entry e) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM outbox WHERE id = ? AND target = ? "
                + "AND queued_at = ?")) {
            ps.setLong(1, e.id());
            ps.setString(2, e.target().word());
            ps.setLong(3, e.queuedAt());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Clears the comment's decision and its status entry; entries of other kinds stay queued. */
    private void settleDecision(long commentId) throws SQLException {
        try (PreparedStatement clear = c.prepareStatement("UPDATE comments SET decision = NULL, decided_against = NULL, "
                + "conflict = 0 WHERE id = ?");
             PreparedStatement drop = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ? AND kind = ?")) {
            clear.setLong(1, commentId);
            clear.executeUpdate();
            drop.setLong(1, commentId);
            drop.setString(2, ChangeKind.STATUS.word());
            drop.executeUpdate();
        }
    }

    private static ChangeKind kind(String word) {
        return ChangeKind.fromWord(word).orElseThrow(() -> new StoreException("the outbox holds an entry of kind '"
                + word + "', which this ModDesk does not know"));
    }

    private static Status status(String w) {
        return Status.fromWord(w).orElse(Status.PENDING);
    }
}
