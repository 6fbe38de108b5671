package dev.moddesk.store;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentText;
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
     * overwrites them with the caller's otherwise). {@code text} is what an edit sets (for the other kinds: the
     * comment's text, a reply's content among it), {@code from} the site's text the edit was made from (null for
     * the other kinds); {@code postId} and {@code parentId} are the comment's, as a reply is created with them.
     */
    public record Entry(long id, long commentId, long remoteId, ChangeKind kind, Status target, Status siteStatus,
                        long queuedAt, int attempts, String lastError, String authorIp, String authorAgent,
                        CommentText text, CommentText from, long postId, long parentId) {
        /** The same entry for the comment under the id the site gave it (a reply pushed a moment ago). */
        public Entry withRemoteId(long siteId) {
            return new Entry(id, commentId, siteId, kind, target, siteStatus, queuedAt, attempts, lastError, authorIp,
                    authorAgent, text, from, postId, parentId);
        }
    }

    /** The site's entries ready to push, oldest first (comments in conflict left out). */
    public List<Entry> pending(String baseUrl) {
        List<Entry> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT o.id, c.id, c.remote_id, o.kind, o.target, "
                + "c.site_status, o.queued_at, o.attempts, o.last_error, c.ip, c.agent, "
                + "CASE o.kind WHEN 'edit' THEN json_extract(o.payload, '$.content') ELSE c.content END, "
                + "CASE o.kind WHEN 'edit' THEN json_extract(o.payload, '$.author_name') ELSE c.author END, "
                + "CASE o.kind WHEN 'edit' THEN json_extract(o.payload, '$.author_email') ELSE c.email END, "
                + "CASE o.kind WHEN 'edit' THEN json_extract(o.payload, '$.author_url') ELSE c.url END, "
                + TextChanges.fromColumns("o.payload", "from") + ", c.post_id, c.parent_id FROM outbox o "
                + "JOIN comments c ON c.id = o.comment_id JOIN sites s ON s.id = c.site_id "
                + "WHERE s.base_url = ? AND c.conflict = 0 ORDER BY o.queued_at, o.id")) {
            ps.setString(1, baseUrl);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String target = rs.getString(5);
                    ChangeKind kind = kind(rs.getString(4));
                    out.add(new Entry(rs.getLong(1), rs.getLong(2), rs.getLong(3), kind,
                            target == null ? null : status(target), status(rs.getString(6)), rs.getLong(7),
                            rs.getInt(8), rs.getString(9), rs.getString(10), rs.getString(11), TextChanges.text(rs, 12),
                            kind == ChangeKind.EDIT ? TextChanges.text(rs, 16) : null, rs.getLong(20), rs.getLong(21)));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the outbox: " + Database.explain(e), e);
        }
    }

    /**
     * The site confirmed an edit entry and now has {@code site}: the comment takes the site's text and the edit
     * leaves the outbox, when it is still the one pushed; a newer edit queued meanwhile stays, now made from the
     * site's text.
     */
    public void confirmEdit(Entry e, CommentText site) {
        Transactions.inTransaction(c, "cannot record what the site confirmed", () -> {
            try (PreparedStatement drop = c.prepareStatement("DELETE FROM outbox WHERE id = ? AND queued_at = ?")) {
                drop.setLong(1, e.id());
                drop.setLong(2, e.queuedAt());
                if (drop.executeUpdate() == 1) {
                    try (PreparedStatement take = c.prepareStatement("UPDATE comments SET content = ?, author = ?, "
                            + "email = ?, url = ? WHERE id = ?")) {
                        TextChanges.bind(take, 1, site);
                        take.setLong(5, e.commentId());
                        take.executeUpdate();
                    }
                } else {
                    try (PreparedStatement from = c.prepareStatement("UPDATE outbox SET payload = json_set(payload, "
                            + "'$.from', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?)) "
                            + "WHERE comment_id = ? AND kind = 'edit'")) {
                        TextChanges.bind(from, 1, site);
                        from.setLong(5, e.commentId());
                        from.executeUpdate();
                    }
                }
            }
            return null;
        });
    }

    /**
     * The site's content changed under an edit (the edit rule said conflict at push time): the comment becomes a
     * conflict, the site's text kept beside mine; nothing was sent.
     */
    public void editConflict(Entry e, CommentText site) {
        Transactions.inTransaction(c, "cannot record the conflict", () -> {
            try (PreparedStatement keep = c.prepareStatement("UPDATE outbox SET payload = json_set(payload, '$.site', "
                    + "json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?)) WHERE id = ?");
                 PreparedStatement flag = c.prepareStatement("UPDATE comments SET conflict = 1 WHERE id = ?")) {
                TextChanges.bind(keep, 1, site);
                keep.setLong(5, e.id());
                keep.executeUpdate();
                flag.setLong(1, e.commentId());
                flag.executeUpdate();
            }
            return null;
        });
    }

    /**
     * The site created a reply (or already had it, created by a push whose answer was lost): in one transaction the
     * local comment takes the site's id and fields ({@code site}), the replies under it take that id as their
     * parent, and the reply entry leaves the outbox; so it is never pushed twice. When a pull brought the site's
     * reply in meanwhile as a comment of its own, that one stays, the local one is gone and its other entries move
     * to it.
     */
    public void confirmReply(Entry e, Comment site) {
        Transactions.inTransaction(c, "cannot record what the site confirmed", () -> {
            Long pulled = null;
            try (PreparedStatement find = c.prepareStatement("SELECT id FROM comments WHERE remote_id = ? "
                    + "AND site_id = (SELECT site_id FROM comments WHERE id = ?)")) {
                find.setLong(1, site.remoteId());
                find.setLong(2, e.commentId());
                try (ResultSet rs = find.executeQuery()) {
                    if (rs.next()) {
                        pulled = rs.getLong(1);
                    }
                }
            }
            try (PreparedStatement children = c.prepareStatement("UPDATE comments SET parent_id = ? WHERE parent_id = ? "
                    + "AND site_id = (SELECT site_id FROM comments WHERE id = ?)");
                 PreparedStatement drop = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ? AND kind = 'reply'")) {
                children.setLong(1, site.remoteId());
                children.setLong(2, e.remoteId());
                children.setLong(3, e.commentId());
                children.executeUpdate();
                drop.setLong(1, e.commentId());
                drop.executeUpdate();
            }
            if (pulled != null) {
                try (PreparedStatement move = c.prepareStatement("UPDATE OR IGNORE outbox SET comment_id = ? "
                        + "WHERE comment_id = ?");
                     PreparedStatement rest = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ?");
                     PreparedStatement gone = c.prepareStatement("UPDATE comments SET site_status = ?, decision = NULL, "
                             + "decided_against = NULL, conflict = 0 WHERE id = ?")) {
                    move.setLong(1, pulled);
                    move.setLong(2, e.commentId());
                    move.executeUpdate();
                    rest.setLong(1, e.commentId());
                    rest.executeUpdate();
                    gone.setString(1, Status.GONE.word());
                    gone.setLong(2, e.commentId());
                    gone.executeUpdate();
                }
                return null;
            }
            try (PreparedStatement take = c.prepareStatement("UPDATE comments SET remote_id = ?, post_id = ?, "
                    + "parent_id = ?, content = ?, author = ?, email = ?, url = ?, ip = ?, agent = ?, user_id = ?, "
                    + "date_gmt = ?, site_status = ? WHERE id = ?")) {
                take.setLong(1, site.remoteId());
                take.setLong(2, site.postId());
                take.setLong(3, site.parentId());
                take.setString(4, site.content());
                take.setString(5, site.author());
                take.setString(6, site.email());
                take.setString(7, site.url());
                take.setString(8, site.ip());
                take.setString(9, site.agent());
                take.setLong(10, site.userId());
                take.setLong(11, site.dateGmt());
                take.setString(12, site.siteStatus().word());
                take.setLong(13, e.commentId());
                take.executeUpdate();
            }
            return null;
        });
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
