package dev.moddesk.store;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.CommentText;
import dev.moddesk.core.EditRule;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.core.Verdict;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes one import (a file or a pull) into the store in one transaction, merging by the rules of
 * the sync rules in the README. Either {@link #commit()} makes all of it visible or {@link #rollback()} leaves the
 * database exactly as it was.
 *
 * <p>Speed: the per-row full-text trigger is dropped for the length of the transaction (DDL is
 * transactional in SQLite, so a rollback brings it back) and new rows are indexed in chunks with one
 * {@code INSERT … SELECT}, which is several times faster than a trigger call per row.
 */
public final class ImportWriter implements AutoCloseable {
    private static final String FTS_INSERT_TRIGGER = "comments_fts_insert";
    private static final String COUNTS_INSERT_TRIGGER = "comment_counts_insert";
    private static final int FTS_CHUNK = 8_192;

    private final Connection c;
    private final SetAside ftsTrigger;
    private final SetAside countsTrigger;
    private long firstNewId;
    /** Secondary indexes set aside while a first import fills an empty table; rebuilt at commit. */
    private final List<String> deferredIndexes = new ArrayList<>();
    private final PreparedStatement insertComment;
    private final PreparedStatement findComment;
    private final PreparedStatement updateFields;
    private final PreparedStatement updateMerge;
    private final PreparedStatement fillAgent;
    private final PreparedStatement dropOutbox;
    private final PreparedStatement queuedEdit;
    private final PreparedStatement updateKeepingText;
    private final PreparedStatement editConflict;
    private final PreparedStatement dropEdit;
    private final PreparedStatement upsertPost;
    private final PreparedStatement indexRange;
    private final PreparedStatement adjustCount;
    private static final CommentText NO_TEXT = new CommentText("", "", "", "");
    private final PreparedStatement markConflict;
    private final PreparedStatement dropMeta;
    private final PreparedStatement keptMeta;
    private final PreparedStatement insertMeta;
    /** The comment the last {@link #comment} wrote (its meta may follow), and whether it was new. */
    private long lastCommentId = -1;
    private boolean lastCommentNew;
    /** The site's text kept with the edit conflict of the comment being merged ({@link #NO_TEXT}: none). */
    private CommentText siteTextOfConflict = NO_TEXT;
    private long lastIndexed;
    private long lastInserted;
    private long siteId = -1;
    private boolean open = true;
    private boolean journalSwitched;

    public ImportWriter(Database db) {
        this.c = db.writer();
        try {
            journalSwitched = writeOnceIfFirstImport();
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA cache_size = -131072"); // 128 MB while the import runs
                ftsTrigger = SetAside.trigger(c, FTS_INSERT_TRIGGER);
                countsTrigger = SetAside.trigger(c, COUNTS_INSERT_TRIGGER);
                try (ResultSet rs = st.executeQuery("SELECT coalesce(max(id), 0) FROM comments")) {
                    rs.next();
                    lastIndexed = rs.getLong(1);
                    lastInserted = lastIndexed;
                    firstNewId = lastIndexed + 1;
                }
                if (lastIndexed == 0) {
                    deferIndexes(st);
                }
            }
            insertComment = c.prepareStatement("INSERT INTO comments (site_id, remote_id, post_id, parent_id, author, "
                    + "email, url, ip, agent, user_id, date_gmt, type, content, site_status) "
                    + "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT (site_id, remote_id) DO NOTHING");
            findComment = c.prepareStatement("SELECT id, post_id, parent_id, author, email, url, ip, agent, user_id, "
                    + "date_gmt, type, content, site_status, decision, decided_against, conflict "
                    + "FROM comments WHERE site_id = ? AND remote_id = ?");
            updateFields = c.prepareStatement("UPDATE comments SET post_id = ?, parent_id = ?, author = ?, email = ?, "
                    + "url = ?, ip = ?, user_id = ?, date_gmt = ?, type = ?, content = ? WHERE id = ?");
            updateMerge = c.prepareStatement("UPDATE comments SET site_status = ?, decision = ?, decided_against = ?, "
                    + "conflict = ? WHERE id = ?");
            markConflict = c.prepareStatement("UPDATE comments SET conflict = 1 WHERE id = ?");
            dropMeta = c.prepareStatement("DELETE FROM comment_meta WHERE comment_id = ?");
            keptMeta = c.prepareStatement("SELECT meta_key, meta_value FROM comment_meta WHERE comment_id = ? ORDER BY id");
            insertMeta = c.prepareStatement("INSERT INTO comment_meta (comment_id, meta_key, meta_value) VALUES (?, ?, ?)");
            fillAgent = c.prepareStatement("UPDATE comments SET agent = ? WHERE id = ?");
            dropOutbox = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ?");
            queuedEdit = c.prepareStatement("SELECT " + TextChanges.fromColumns("payload", "") + ", "
                    + TextChanges.fromColumns("payload", "from") + ", " + TextChanges.fromColumns("payload", "site")
                    + " FROM outbox WHERE comment_id = ? AND kind = 'edit'");
            updateKeepingText = c.prepareStatement("UPDATE comments SET post_id = ?, parent_id = ?, ip = ?, "
                    + "user_id = ?, date_gmt = ?, type = ? WHERE id = ?");
            editConflict = c.prepareStatement("UPDATE outbox SET payload = json_set(payload, '$.site', json_object("
                    + "'content', ?, 'author_name', ?, 'author_email', ?, 'author_url', ?)) WHERE comment_id = ? "
                    + "AND kind = 'edit'");
            dropEdit = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ? AND kind = 'edit'");
            upsertPost = c.prepareStatement("INSERT INTO posts (site_id, remote_id, title, link, post_type, post_status, "
                    + "comment_status) VALUES (?,?,?,?,?,?,?) ON CONFLICT (site_id, remote_id) DO UPDATE SET "
                    + "title = excluded.title, link = excluded.link, post_type = excluded.post_type, "
                    + "post_status = excluded.post_status, comment_status = excluded.comment_status "
                    + "WHERE title IS NOT excluded.title OR link IS NOT excluded.link "
                    + "OR post_type IS NOT excluded.post_type OR post_status IS NOT excluded.post_status "
                    + "OR comment_status IS NOT excluded.comment_status");
            adjustCount = c.prepareStatement("INSERT INTO comment_counts (site_id, status, n) VALUES (?, ?, ?) "
                    + "ON CONFLICT (site_id, status) DO UPDATE SET n = n + excluded.n");
            indexRange = c.prepareStatement("INSERT INTO comments_fts (rowid, author, email, url, ip, content) "
                    + "SELECT id, author, email, url, ip, content FROM comments WHERE id > ? AND id <= ?");
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot start the import: " + Database.explain(e), e);
        }
    }

    /**
     * A first import into an empty database, with no other connection open, writes its pages once with a
     * rollback journal (which for new pages holds next to nothing) instead of twice through the WAL (the log,
     * then the checkpoint copy). The WAL comes back at the end, and the transaction is atomic either way.
     */
    private boolean writeOnceIfFirstImport() throws SQLException {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM comments)")) {
                if (!rs.next() || rs.getInt(1) == 1) {
                    return false;
                }
            }
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode = DELETE")) {
                return rs.next() && "delete".equalsIgnoreCase(rs.getString(1));
            }
        } catch (SQLException e) {
            return false; // another connection holds the database: stay in WAL mode
        }
    }

    /**
     * Into an empty table, building each secondary index once at the end (one sort) is much faster than
     * keeping it up to date row by row. Only the unique (site, id) index stays: merging needs it.
     */
    private void deferIndexes(Statement st) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                + "AND tbl_name = 'comments' AND sql IS NOT NULL")) {
            List<String> names = new ArrayList<>();
            while (rs.next()) {
                names.add(rs.getString(1));
                deferredIndexes.add(rs.getString(2));
            }
            for (String name : names) {
                st.execute("DROP INDEX \"" + name + "\"");
            }
        }
    }

    /** Finds or creates the site every following post and comment belongs to. */
    public void site(String baseUrl, String name) {
        try (PreparedStatement up = c.prepareStatement("INSERT INTO sites (base_url, name) VALUES (?, ?) "
                + "ON CONFLICT (base_url) DO UPDATE SET name = excluded.name WHERE excluded.name <> '' AND name <> excluded.name");
             PreparedStatement find = c.prepareStatement("SELECT id FROM sites WHERE base_url = ?")) {
            up.setString(1, baseUrl);
            up.setString(2, name == null ? "" : name);
            up.executeUpdate();
            find.setString(1, baseUrl);
            try (ResultSet rs = find.executeQuery()) {
                rs.next();
                siteId = rs.getLong(1);
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public void post(Post p) {
        requireSite();
        try {
            upsertPost.setLong(1, siteId);
            upsertPost.setLong(2, p.remoteId());
            upsertPost.setString(3, nz(p.title()));
            upsertPost.setString(4, nz(p.link()));
            upsertPost.setString(5, p.type() == null || p.type().isEmpty() ? "post" : p.type());
            upsertPost.setString(6, nz(p.status()));
            upsertPost.setString(7, nz(p.commentStatus()));
            upsertPost.executeUpdate();
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    public MergeOutcome comment(Comment in) {
        requireSite();
        try {
            bindInsert(in);
            if (insertComment.executeUpdate() == 1) {
                lastInserted++;
                lastCommentId = lastInserted;
                lastCommentNew = true;
                if (lastInserted - lastIndexed >= FTS_CHUNK) {
                    indexNewRows();
                }
                return MergeOutcome.INSERTED;
            }
            return merge(in);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private void bindInsert(Comment in) throws SQLException {
        insertComment.setLong(1, siteId);
        insertComment.setLong(2, in.remoteId());
        insertComment.setLong(3, in.postId());
        insertComment.setLong(4, in.parentId());
        insertComment.setString(5, in.author());
        insertComment.setString(6, in.email());
        insertComment.setString(7, in.url());
        insertComment.setString(8, in.ip());
        insertComment.setString(9, in.agent());
        insertComment.setLong(10, in.userId());
        insertComment.setLong(11, in.dateGmt());
        insertComment.setString(12, in.type().word());
        insertComment.setString(13, in.content());
        insertComment.setString(14, in.siteStatus().word());
    }

    /** A comment we already have: take the site's fields and status unless a pending decision says otherwise. */
    private MergeOutcome merge(Comment in) throws SQLException {
        findComment.setLong(1, siteId);
        findComment.setLong(2, in.remoteId());
        long id;
        boolean fieldsChanged;
        String oldAgent;
        String siteStatus;
        String decision;
        String against;
        boolean conflict;
        try (ResultSet rs = findComment.executeQuery()) {
            rs.next();
            id = rs.getLong(1);
            lastCommentId = id;
            lastCommentNew = false;
            fieldsChanged = rs.getLong(2) != in.postId() || rs.getLong(3) != in.parentId()
                    || !rs.getString(4).equals(in.author()) || !rs.getString(5).equals(in.email())
                    || !rs.getString(6).equals(in.url()) || !rs.getString(7).equals(in.ip())
                    || rs.getLong(9) != in.userId() || rs.getLong(10) != in.dateGmt()
                    || !rs.getString(11).equals(in.type().word()) || !rs.getString(12).equals(in.content());
            oldAgent = rs.getString(8);
            siteStatus = rs.getString(13);
            decision = rs.getString(14);
            against = rs.getString(15);
            conflict = rs.getInt(16) == 1;
        }
        // An edit not pushed yet is never overwritten: the edit rule says whether it stands, is done, or conflicts.
        EditRule.Verdict edit = fieldsChanged ? queuedEdit(id, in) : null;
        if (edit == EditRule.Verdict.DONE) {
            dropEdit.setLong(1, id);
            dropEdit.executeUpdate();
        }
        boolean newEditConflict = false;
        if (edit == EditRule.Verdict.STANDS || edit == EditRule.Verdict.CONFLICT) {
            updateKeepingText.setLong(1, in.postId());
            updateKeepingText.setLong(2, in.parentId());
            updateKeepingText.setString(3, in.ip());
            updateKeepingText.setLong(4, in.userId());
            updateKeepingText.setLong(5, in.dateGmt());
            updateKeepingText.setString(6, in.type().word());
            updateKeepingText.setLong(7, id);
            updateKeepingText.executeUpdate();
            newEditConflict = edit == EditRule.Verdict.CONFLICT && !siteTextOfConflict.equals(siteText(in));
            fieldsChanged = false;
        }
        if (fieldsChanged) {
            if (id > lastIndexed) {
                indexNewRows(); // the update trigger must find the row's old text in the index
            }
            updateFields.setLong(1, in.postId());
            updateFields.setLong(2, in.parentId());
            updateFields.setString(3, in.author());
            updateFields.setString(4, in.email());
            updateFields.setString(5, in.url());
            updateFields.setString(6, in.ip());
            updateFields.setLong(7, in.userId());
            updateFields.setLong(8, in.dateGmt());
            updateFields.setString(9, in.type().word());
            updateFields.setString(10, in.content());
            updateFields.setLong(11, id);
            updateFields.executeUpdate();
        }
        // A source that knows the user agent fills it in; one that does not (WXR) leaves it alone.
        // Filling a gap is not a change of the comment: WXR then REST of one site reports 0 updated.
        if (in.agent() != null && !in.agent().equals(oldAgent)) {
            fillAgent.setString(1, in.agent());
            fillAgent.setLong(2, id);
            fillAgent.executeUpdate();
            fieldsChanged |= oldAgent != null;
        }
        String incoming = in.siteStatus().word();
        MergeStep step = MergeStep.decide(siteStatus, decision, against, conflict, incoming);
        if (step.changesRow()) {
            updateMerge.setString(1, incoming);
            updateMerge.setString(2, step.decision());
            updateMerge.setString(3, step.decidedAgainst());
            updateMerge.setInt(4, step.conflict() ? 1 : 0);
            updateMerge.setLong(5, id);
            updateMerge.executeUpdate();
            if (id >= firstNewId && !incoming.equals(siteStatus)) {
                // A row new in this import is counted once at commit; undo what the update trigger counted.
                adjustCount(siteStatus, +1);
                adjustCount(incoming, -1);
            }
            if (step.decision() == null && decision != null) {
                dropOutbox.setLong(1, id);
                dropOutbox.executeUpdate();
            }
        }
        if (edit == EditRule.Verdict.CONFLICT) {
            // after the status merge, which knows only of status conflicts: the site's text is kept beside mine
            TextChanges.bind(editConflict, 1, siteText(in));
            editConflict.setLong(5, id);
            editConflict.executeUpdate();
            markConflict.setLong(1, id);
            markConflict.executeUpdate();
        }
        if (step.newConflict() || newEditConflict) {
            return MergeOutcome.CONFLICT;
        }
        return fieldsChanged || step.changesRow() ? MergeOutcome.UPDATED : MergeOutcome.UNCHANGED;
    }

    /**
     * The site's meta of the comment just written, replacing what was kept of it (so a re-import does not repeat
     * rows). Meta is what the site knew, not a field of the comment: it never makes a comment count as updated.
     */
    public void commentMeta(List<CommentMeta> meta) {
        if (lastCommentId < 0) {
            throw new IllegalStateException("comment meta must follow its comment");
        }
        try {
            if (!lastCommentNew) {
                if (keptMeta(lastCommentId).equals(meta)) {
                    return; // a re-import of the same export reads, and writes nothing
                }
                dropMeta.setLong(1, lastCommentId);
                dropMeta.executeUpdate();
            }
            for (CommentMeta row : meta) {
                insertMeta.setLong(1, lastCommentId);
                insertMeta.setString(2, row.key());
                insertMeta.setString(3, row.value());
                insertMeta.addBatch();
            }
            if (!meta.isEmpty()) {
                insertMeta.executeBatch();
            }
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private List<CommentMeta> keptMeta(long id) throws SQLException {
        keptMeta.setLong(1, id);
        List<CommentMeta> out = new ArrayList<>();
        try (ResultSet rs = keptMeta.executeQuery()) {
            while (rs.next()) {
                out.add(new CommentMeta(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** The text of the site's comment, as an edit compares it. */
    private static CommentText siteText(Comment in) {
        return new CommentText(in.content(), in.author(), in.email(), in.url());
    }

    /**
     * The edit rule's verdict on the comment's queued edit, now that the site shows {@code in}; null when it has
     * none. Also notes the site's text a conflict kept so far ({@link #siteTextOfConflict}).
     */
    private EditRule.Verdict queuedEdit(long id, Comment in) throws SQLException {
        queuedEdit.setLong(1, id);
        try (ResultSet rs = queuedEdit.executeQuery()) {
            if (!rs.next()) {
                return null;
            }
            siteTextOfConflict = rs.getString(9) == null ? NO_TEXT : TextChanges.text(rs, 9);
            return EditRule.onSite(TextChanges.text(rs, 5), TextChanges.text(rs, 1), siteText(in));
        }
    }

    /**
     * The site's comment ids held here that the site should still have (everything but what is known gone or
     * deleted there, and replies written here that are not on the site yet): a REST pull compares them with the ids
     * the site lists to find site-side deletions.
     */
    public java.util.Set<Long> heldRemoteIds() {
        requireSite();
        java.util.Set<Long> out = new java.util.HashSet<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT remote_id FROM comments WHERE site_id = ? "
                + "AND site_status NOT IN (?, ?) AND remote_id > 0")) {
            ps.setLong(1, siteId);
            ps.setString(2, Status.GONE.word());
            ps.setString(3, Status.DELETED.word());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /**
     * sync rule 5 in the README: the site proved the comment is gone (404). It stays here, as {@code gone}, out of the
     * queue and the counts; a decision on it has nothing left to apply to and leaves the outbox.
     *
     * @return true when the comment was held and not already gone
     */
    public boolean markGone(long remoteId) {
        requireSite();
        try (PreparedStatement find = c.prepareStatement("SELECT id FROM comments WHERE site_id = ? AND remote_id = ? "
                + "AND site_status <> ?");
             PreparedStatement gone = c.prepareStatement("UPDATE comments SET site_status = ?, decision = NULL, "
                     + "decided_against = NULL, conflict = 0 WHERE id = ?")) {
            find.setLong(1, siteId);
            find.setLong(2, remoteId);
            find.setString(3, Status.GONE.word());
            gone.setString(1, Status.GONE.word());
            long id;
            try (ResultSet rs = find.executeQuery()) {
                if (!rs.next()) {
                    return false;
                }
                id = rs.getLong(1);
            }
            gone.setLong(2, id);
            gone.executeUpdate();
            dropOutbox.setLong(1, id);
            dropOutbox.executeUpdate();
            return true;
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    private void adjustCount(String status, int delta) throws SQLException {
        adjustCount.setLong(1, siteId);
        adjustCount.setString(2, status);
        adjustCount.setInt(3, delta);
        adjustCount.executeUpdate();
    }

    private void indexNewRows() throws SQLException {
        if (lastInserted > lastIndexed) {
            indexRange.setLong(1, lastIndexed);
            indexRange.setLong(2, lastInserted);
            indexRange.executeUpdate();
            lastIndexed = lastInserted;
        }
    }

    /** The store's id of the comment the last {@link #comment} wrote. */
    public long lastCommentId() {
        return lastCommentId;
    }

    /**
     * Writes the spam triage's {@code verdicts} (by the comments' ids) in this import's transaction: the rows are
     * still in the cache and their pages are written once, with the rest of the import.
     */
    public void verdicts(Map<Long, Verdict> verdicts) {
        try {
            TriageStore.writeVerdicts(c, verdicts);
        } catch (SQLException e) {
            throw fail(e);
        }
    }

    /** Indexes what is left, restores the trigger, stamps the site and makes the whole import visible. */
    public void commit() {
        try {
            indexNewRows();
            try (Statement st = c.createStatement()) {
                ftsTrigger.restore();
                countsTrigger.restore();
                try (PreparedStatement counts = c.prepareStatement("INSERT INTO comment_counts (site_id, status, n) "
                        + "SELECT site_id, status, count(*) FROM comments WHERE id >= ? GROUP BY site_id, status "
                        + "ON CONFLICT (site_id, status) DO UPDATE SET n = n + excluded.n")) {
                    counts.setLong(1, firstNewId);
                    counts.executeUpdate();
                }
                for (String index : deferredIndexes) {
                    st.execute(index);
                }
            }
            if (siteId >= 0) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE sites SET last_import_at = ? WHERE id = ?")) {
                    ps.setLong(1, System.currentTimeMillis());
                    ps.setLong(2, siteId);
                    ps.executeUpdate();
                }
            }
            c.commit();
            open = false;
        } catch (SQLException e) {
            throw fail(e);
        } finally {
            if (open) {
                rollbackQuietly();
            }
            restore();
        }
    }

    public void rollback() {
        rollbackQuietly();
        restore();
    }

    @Override
    public void close() {
        if (open) {
            rollback();
        }
    }

    private void requireSite() {
        if (siteId < 0) {
            throw new IllegalStateException("site() must come before posts and comments");
        }
    }

    private StoreException fail(SQLException e) {
        return new StoreException("import failed: " + Database.explain(e), e);
    }

    private void rollbackQuietly() {
        Transactions.rollbackQuietly(c);
        open = false;
    }

    private void restore() {
        for (PreparedStatement ps : new PreparedStatement[] {insertComment, findComment, updateFields, updateMerge,
                fillAgent, dropOutbox, queuedEdit, updateKeepingText, editConflict, dropEdit, markConflict, upsertPost, indexRange, adjustCount,
                dropMeta, keptMeta, insertMeta}) {
            try {
                if (ps != null) {
                    ps.close();
                }
            } catch (SQLException ignored) {
                // nothing to do
            }
        }
        try (Statement st = c.createStatement()) {
            st.execute("PRAGMA cache_size = -32768");
            c.setAutoCommit(true);
            if (journalSwitched) {
                st.execute("PRAGMA journal_mode = WAL");
                journalSwitched = false;
            }
        } catch (SQLException ignored) {
            // the connection is closing
        }
    }

    private static String nz(String s) {
        return Objects.requireNonNullElse(s, "");
    }
}
