package dev.moddesk.store;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.CommentText;
import dev.moddesk.core.EditRule;
import dev.moddesk.core.Status;
import dev.moddesk.store.DecisionStep.Group;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The edits and replies of one moderation step, inside its transaction ({@link ModerationStore#write}): a comment's
 * text and its queued edit, the edit written (comment, outbox entry, audit line with before and after), a reply
 * stored as a local comment, and their undo and redo. {@link EditRule} decides; this class only reads and writes.
 *
 * <p>The edit entry's payload (schema 7 and 8): {@code {"content", "author_name", "author_email", "author_url",
 * "from": {the same four}}}; on a conflict also {@code "site": {the same four}}, the site's text now.
 */
public final class TextChanges {
    /** A comment as an edit or reply sees it. {@code from} is the text a queued edit was made from (null: none). */
    public record TextState(long rowId, long siteId, long remoteId, long postId, Status effective, boolean conflict,
                            CommentText text, CommentText from) {
        /** The text the site has, as far as we know: what the queued edit was made from, else the comment's. */
        public CommentText siteText() {
            return from != null ? from : text;
        }

        public boolean onSite() {
            return remoteId > 0;
        }
    }

    /** An audit line of an edit: the comment and its text before and after. */
    public record EditLine(long rowId, CommentText before, CommentText after) { }

    /** The edit of a comment in conflict: mine, what it was made from, and the site's text now. */
    public record EditConflict(long rowId, CommentText mine, CommentText from, CommentText site) { }

    static final String TEXT_JSON = "json_object('content', %1$s.content, 'author_name', %1$s.author, "
            + "'author_email', %1$s.email, 'author_url', %1$s.url)";

    private final Connection c;

    TextChanges(Connection c) {
        this.c = c;
    }

    /** The comment (row id) as an edit sees it; empty when there is no such comment. */
    public Optional<TextState> state(long rowId) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.id, c.site_id, c.remote_id, c.post_id, c.status, "
                    + "c.conflict, c.content, c.author, c.email, c.url, " + fromColumns("o.payload", "from")
                    + " FROM comments c LEFT JOIN outbox o ON o.comment_id = c.id AND o.kind = 'edit' WHERE c.id = ?")) {
                ps.setLong(1, rowId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(new TextState(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            Status.fromWord(rs.getString(5)).orElse(Status.PENDING), rs.getInt(6) == 1,
                            text(rs, 7), rs.getString(11) == null ? null : text(rs, 11)));
                }
            }
        });
    }

    /** The user name the site is synced as (the account a reply is written by); empty when none is saved. */
    public Optional<String> siteUser(long siteId) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT rest_user FROM sites WHERE id = ? "
                    + "AND rest_user IS NOT NULL AND rest_user <> ''")) {
                ps.setLong(1, siteId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
                }
            }
        });
    }

    /**
     * Sets the comment's text to {@code target} as part of {@code group}, with an audit line ({@code action}:
     * edit, undo, redo) holding the text before and after. The edit is queued against the text the site has
     * ({@link TextState#siteText()}); an edit back to that text leaves the outbox instead. A reply not yet on the
     * site has no edit of its own: its reply entry carries the new content.
     */
    public void setText(Group group, TextState s, CommentText target, String action) {
        sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET content = ?, author = ?, email = ?, "
                    + "url = ? WHERE id = ?")) {
                bind(ps, 1, target);
                ps.setLong(5, s.rowId());
                ps.executeUpdate();
            }
            if (!s.onSite()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET payload = json_set(payload, "
                        + "'$.content', ?) WHERE comment_id = ? AND kind = 'reply'")) {
                    ps.setString(1, target.content());
                    ps.setLong(2, s.rowId());
                    ps.executeUpdate();
                }
            } else if (EditRule.queues(s.siteText(), target)) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (comment_id, kind, payload, queued_at) "
                        + "VALUES (?, 'edit', json_object('content', ?, 'author_name', ?, 'author_email', ?, "
                        + "'author_url', ?, 'from', json_object('content', ?, 'author_name', ?, 'author_email', ?, "
                        + "'author_url', ?)), ?) ON CONFLICT (comment_id, kind) DO UPDATE SET payload = "
                        + "excluded.payload, queued_at = excluded.queued_at, attempts = 0, last_error = NULL")) {
                    ps.setLong(1, s.rowId());
                    bind(ps, 2, target);
                    bind(ps, 6, s.siteText());
                    ps.setLong(10, group.at());
                    ps.executeUpdate();
                }
            } else {
                dropEntry(s.rowId(), ChangeKind.EDIT);
            }
            audit(group, s.rowId(), ChangeKind.EDIT, action, s.effective(), s.effective(),
                    "json_object('before', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?), "
                    + "'after', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?))",
                    ps -> {
                        bind(ps, 7, s.text());
                        bind(ps, 11, target);
                    });
            return null;
        });
    }

    /** The edit lines of {@code group}, in the order written. */
    public List<EditLine> editLinesOf(long group) {
        return sql(() -> {
            List<EditLine> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT comment_id, " + fromColumns("detail", "before")
                    + ", " + fromColumns("detail", "after") + " FROM audit_log WHERE group_id = ? AND kind = 'edit' "
                    + "ORDER BY id")) {
                ps.setLong(1, group);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EditLine(rs.getLong(1), text(rs, 2), text(rs, 6)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Stores a reply by {@code author} under the comment {@code parent} as a comment of its own, not yet on the site
     * (a negative remote id, see schema 8), approved (the site approves a moderator's reply), and queues it; with a
     * reply line in the audit log. Returns its local id (the negative remote id).
     */
    public long reply(Group group, TextState parent, String content, String author) {
        return sql(() -> {
            long rowId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO comments (site_id, remote_id, post_id, parent_id, "
                    + "author, date_gmt, type, content, site_status) VALUES (?, -(SELECT coalesce(max(id), 0) + 1 "
                    + "FROM comments), ?, ?, ?, ?, 'comment', ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                ps.setLong(1, parent.siteId());
                ps.setLong(2, parent.postId());
                ps.setLong(3, parent.remoteId());
                ps.setString(4, author);
                ps.setLong(5, group.at() / 1000);
                ps.setString(6, content);
                ps.setString(7, Status.APPROVED.word());
                ps.executeUpdate();
                try (ResultSet rs = ps.getGeneratedKeys()) {
                    rs.next();
                    rowId = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET remote_id = -id WHERE id = ? "
                    + "AND remote_id <> -id")) {
                ps.setLong(1, rowId);
                ps.executeUpdate();
            }
            queueReply(rowId, group.at());
            audit(group, rowId, ChangeKind.REPLY, "reply", Status.GONE, Status.APPROVED,
                    "json_object('content', ?)", ps -> ps.setString(7, content));
            return -rowId;
        });
    }

    /** The comments of {@code group}'s reply lines. */
    public List<Long> replyLinesOf(long group) {
        return sql(() -> {
            List<Long> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT comment_id FROM audit_log WHERE group_id = ? "
                    + "AND kind = 'reply' ORDER BY id")) {
                ps.setLong(1, group);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Takes back (undo) or writes again (redo) a reply that is not on the site yet: taken back, it is out of the
     * queue and the counts ({@code gone}) and nothing of it is queued; written again, it is queued anew. A reply
     * the site has is left alone. Returns whether it changed.
     */
    public boolean replyAgainOrNot(Group group, long rowId, boolean again, String action) {
        return sql(() -> {
            Status from = again ? Status.GONE : Status.APPROVED;
            Status to = again ? Status.APPROVED : Status.GONE;
            try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET site_status = ?, decision = NULL, "
                    + "decided_against = NULL, conflict = 0 WHERE id = ? AND remote_id < 0 AND site_status = ?")) {
                ps.setString(1, to.word());
                ps.setLong(2, rowId);
                ps.setString(3, from.word());
                if (ps.executeUpdate() == 0) {
                    return false;
                }
            }
            if (again) {
                queueReply(rowId, group.at());
            } else {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ?")) {
                    ps.setLong(1, rowId);
                    ps.executeUpdate();
                }
            }
            audit(group, rowId, ChangeKind.REPLY, action, from, to, "NULL", ps -> { });
            return true;
        });
    }

    /** The edits in conflict among these comments (row ids). */
    public List<EditConflict> editConflicts(List<Long> rowIds) {
        return sql(() -> {
            List<EditConflict> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT o.comment_id, " + fromColumns("o.payload", "")
                    + ", " + fromColumns("o.payload", "from") + ", " + fromColumns("o.payload", "site")
                    + " FROM outbox o WHERE o.kind = 'edit' AND json_extract(o.payload, '$.site') IS NOT NULL "
                    + "AND o.comment_id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, ids(rowIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new EditConflict(rs.getLong(1), text(rs, 2), text(rs, 6), text(rs, 10)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Settles an edit conflict with the text the edit is now made from ({@code newFrom}; empty: take the site's
     * text, the edit leaves the outbox). The comment's conflict flag is cleared when its status has none.
     */
    public void settle(Group group, EditConflict e, Optional<CommentText> newFrom, String action) {
        sql(() -> {
            if (newFrom.isPresent()) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE outbox SET payload = json_set(json_remove("
                        + "payload, '$.site'), '$.from', json_object('content', ?, 'author_name', ?, 'author_email', ?, "
                        + "'author_url', ?)), attempts = 0, last_error = NULL WHERE comment_id = ? AND kind = 'edit'")) {
                    bind(ps, 1, newFrom.get());
                    ps.setLong(5, e.rowId());
                    ps.executeUpdate();
                }
            } else {
                try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET content = ?, author = ?, email = ?, "
                        + "url = ? WHERE id = ?")) {
                    bind(ps, 1, e.site());
                    ps.setLong(5, e.rowId());
                    ps.executeUpdate();
                }
                dropEntry(e.rowId(), ChangeKind.EDIT);
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET conflict = 0 WHERE id = ? "
                    + "AND (decision IS NULL OR decided_against = site_status)")) {
                ps.setLong(1, e.rowId());
                ps.executeUpdate();
            }
            Status status = state(e.rowId()).map(TextState::effective).orElse(Status.PENDING);
            CommentText after = newFrom.isPresent() ? e.mine() : e.site();
            // the conflict as it stood, so that undo can bring it back exactly
            audit(group, e.rowId(), ChangeKind.EDIT, action, status, status,
                    "json_object('before', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?), "
                    + "'after', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?), "
                    + "'conflict', json_object('from', json_object('content', ?, 'author_name', ?, 'author_email', ?, "
                    + "'author_url', ?), 'site', json_object('content', ?, 'author_name', ?, 'author_email', ?, "
                    + "'author_url', ?)))",
                    ps -> {
                        bind(ps, 7, e.mine());
                        bind(ps, 11, after);
                        bind(ps, 15, e.from());
                        bind(ps, 19, e.site());
                    });
            return null;
        });
    }

    /** An edit conflict that a line of a resolution settled ({@code action}: how), as it stood then. */
    public record Settled(EditConflict conflict, String action) { }

    /** The edit conflicts that {@code group} settled, in the order settled. */
    public List<Settled> settledIn(long group) {
        return sql(() -> {
            List<Settled> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT comment_id, action, " + fromColumns("detail", "before")
                    + ", " + fromColumns("detail", "conflict.from") + ", " + fromColumns("detail", "conflict.site")
                    + " FROM audit_log WHERE group_id = ? AND kind = 'edit' AND json_extract(detail, '$.conflict') "
                    + "IS NOT NULL ORDER BY id")) {
                ps.setLong(1, group);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Settled(new EditConflict(rs.getLong(1), text(rs, 3), text(rs, 7), text(rs, 11)),
                                rs.getString(2)));
                    }
                }
            }
            return out;
        });
    }

    /**
     * Puts a settled edit conflict back as it stood (undo of its resolution): the comment shows my text again and
     * is in conflict, the edit waits in the outbox with the site's text beside it.
     */
    public void unsettle(Group group, EditConflict e, String action) {
        sql(() -> {
            TextState s = state(e.rowId()).orElseThrow();
            try (PreparedStatement ps = c.prepareStatement("UPDATE comments SET content = ?, author = ?, email = ?, "
                    + "url = ?, conflict = 1 WHERE id = ?")) {
                bind(ps, 1, e.mine());
                ps.setLong(5, e.rowId());
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (comment_id, kind, payload, queued_at) "
                    + "VALUES (?, 'edit', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?, "
                    + "'from', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?), "
                    + "'site', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?)), ?) "
                    + "ON CONFLICT (comment_id, kind) DO UPDATE SET payload = excluded.payload, attempts = 0, "
                    + "last_error = NULL")) {
                ps.setLong(1, e.rowId());
                bind(ps, 2, e.mine());
                bind(ps, 6, e.from());
                bind(ps, 10, e.site());
                ps.setLong(14, group.at());
                ps.executeUpdate();
            }
            audit(group, e.rowId(), ChangeKind.EDIT, action, s.effective(), s.effective(),
                    "json_object('before', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?), "
                    + "'after', json_object('content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?))",
                    ps -> {
                        bind(ps, 7, s.text());
                        bind(ps, 11, e.mine());
                    });
            return null;
        });
    }

    private void queueReply(long rowId, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (comment_id, kind, payload, queued_at) "
                + "SELECT id, 'reply', json_object('post', post_id, 'parent', parent_id, 'content', content), ? "
                + "FROM comments WHERE id = ? ON CONFLICT (comment_id, kind) DO UPDATE SET payload = excluded.payload, "
                + "queued_at = excluded.queued_at, attempts = 0, last_error = NULL")) {
            ps.setLong(1, at);
            ps.setLong(2, rowId);
            ps.executeUpdate();
        }
    }

    private void dropEntry(long rowId, ChangeKind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ? AND kind = ?")) {
            ps.setLong(1, rowId);
            ps.setString(2, kind.word());
            ps.executeUpdate();
        }
    }

    private interface Binder {
        void bind(PreparedStatement ps) throws SQLException;
    }

    /** An audit line of {@code group}; {@code detail} is an SQL expression whose parameters start at 7. */
    private void audit(Group group, long rowId, ChangeKind kind, String action, Status from, Status to, String detail,
                       Binder details) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, moderator, comment_id, action, "
                + "from_status, to_status, group_id, kind, detail) VALUES (?, ?, ?, ?, ?, ?, " + group.id() + ", '"
                + kind.word() + "', " + detail + ")")) {
            ps.setLong(1, group.at());
            ps.setString(2, group.moderator());
            ps.setLong(3, rowId);
            ps.setString(4, action);
            ps.setString(5, from.word());
            ps.setString(6, to.word());
            details.bind(ps);
            ps.executeUpdate();
        }
    }

    /** The four columns of a text object in a JSON column ({@code path} "": its top level). */
    static String fromColumns(String column, String path) {
        String p = path.isEmpty() ? "$." : "$." + path + ".";
        return "json_extract(" + column + ", '" + p + "content'), json_extract(" + column + ", '" + p + "author_name'), "
                + "json_extract(" + column + ", '" + p + "author_email'), json_extract(" + column + ", '" + p
                + "author_url')";
    }

    static CommentText text(ResultSet rs, int first) throws SQLException {
        return new CommentText(nz(rs.getString(first)), nz(rs.getString(first + 1)), nz(rs.getString(first + 2)),
                nz(rs.getString(first + 3)));
    }

    static void bind(PreparedStatement ps, int first, CommentText t) throws SQLException {
        ps.setString(first, t.content());
        ps.setString(first + 1, t.author());
        ps.setString(first + 2, t.email());
        ps.setString(first + 3, t.url());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String ids(List<Long> rowIds) {
        StringBuilder sb = new StringBuilder("[");
        for (Long id : rowIds) {
            sb.append(sb.length() > 1 ? "," : "").append(id);
        }
        return sb.append(']').toString();
    }

    private static <T> T sql(Transactions.Work<T> work) {
        return Transactions.unchecked(work);
    }
}
