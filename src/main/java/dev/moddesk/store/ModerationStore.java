package dev.moddesk.store;

import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Records moderators' decisions: the comment's decision, the outbox entry that will carry it to the site,
 * and an append-only audit line, all in one transaction per action (a bulk action is one decision group,
 * which is also the unit of undo).
 */
public final class ModerationStore {
    private final Connection c;

    public ModerationStore(Database db) {
        this.c = db.writer();
    }

    /** Outcome of one action over many comments. */
    public record Result(long changed, long unchanged, long groupId) { }

    /** Row ids of the comments with these site comment ids; {@code siteUrl} null means any site. */
    public List<Long> findBySiteIds(String siteUrl, List<Long> remoteIds) {
        List<Long> out = new ArrayList<>();
        // Sites first (CROSS JOIN keeps that order), so each lookup uses the (site, id) index: the few sites
        // times one index probe instead of a scan of every comment per id.
        String sql = "SELECT c.id, s.base_url FROM sites s CROSS JOIN comments c ON c.site_id = s.id AND c.remote_id = ?"
                + (siteUrl == null ? "" : " WHERE s.base_url = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (long remote : remoteIds) {
                ps.setLong(1, remote);
                if (siteUrl != null) {
                    ps.setString(2, siteUrl);
                }
                List<String> sites = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(rs.getLong(1));
                        sites.add(rs.getString(2));
                    }
                }
                if (sites.isEmpty()) {
                    throw new StoreException("no comment with id " + remote + (siteUrl == null ? "" : " on " + siteUrl));
                }
                if (sites.size() > 1) {
                    out.subList(out.size() - sites.size(), out.size()).clear();
                    throw new StoreException("comment id " + remote + " exists on several sites (" + String.join(", ", sites)
                            + "); name one with --site");
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot find comments: " + Database.explain(e), e);
        }
    }

    /** Applies {@code action} to the comments (row ids) as one decision group. */
    public Result decide(List<Long> rowIds, ModerationAction action, String moderator) {
        long now = System.currentTimeMillis();
        try {
            c.setAutoCommit(false);
            long group = newGroup(now, moderator, action.word() + " " + rowIds.size());
            long changed = action.target().isPresent()
                    ? decideSetwise(rowIds, action.word(), action.target().get(), moderator, now, group)
                    : decideRowByRow(rowIds, action, moderator, now, group);
            c.commit();
            return new Result(changed, rowIds.size() - changed, group);
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot record the decision: " + Database.explain(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            autoCommit();
        }
    }

    /** Restore needs each comment's own history to know where it goes back to. */
    private long decideRowByRow(List<Long> rowIds, ModerationAction action, String moderator, long now, long group)
            throws SQLException {
        long changed = 0;
        try (Decider d = new Decider(now, moderator, group)) {
            for (long id : rowIds) {
                Optional<Row> row = d.load(id);
                if (row.isEmpty()) {
                    continue;
                }
                Optional<Status> target = action == ModerationAction.RESTORE ? d.restoreTarget(row.get())
                        : action.target();
                if (target.isPresent() && d.apply(row.get(), target.get(), action.word())) {
                    changed++;
                }
            }
        }
        return changed;
    }

    /**
     * The same rules as {@link Decider#apply}, for every comment at once: a bulk action over 100,000 comments
     * is a handful of statements instead of 400,000. The order matters: the audit log and the outbox read the
     * statuses from before the update.
     */
    private long decideSetwise(List<Long> rowIds, String actionWord, Status target, String moderator, long now,
                               long group) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS decide_ids (id INTEGER PRIMARY KEY)");
            st.execute("DELETE FROM temp.decide_ids");
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.decide_ids (id) VALUES (?)")) {
            int n = 0;
            for (long id : rowIds) {
                ps.setLong(1, id);
                ps.addBatch();
                if (++n % 10_000 == 0) {
                    ps.executeBatch();
                }
            }
            ps.executeBatch();
        }
        String movable = "c.id IN (SELECT id FROM temp.decide_ids) AND c.status <> ?1 AND c.site_status <> 'post-trashed'";
        // comments in conflict are kept as they are now, so that undo puts the conflict back exactly
        try (PreparedStatement keep = c.prepareStatement("INSERT OR IGNORE INTO conflict_undo (group_id, comment_id, "
                + "decision, decided_against, decided_by, decided_at, outbox_target, outbox_queued_at, outbox_attempts, "
                + "outbox_last_error) SELECT ?2, c.id, c.decision, c.decided_against, c.decided_by, c.decided_at, o.target, "
                + "o.queued_at, o.attempts, o.last_error FROM comments c LEFT JOIN outbox o ON o.comment_id = c.id WHERE "
                + movable + " AND c.conflict = 1")) {
            keep.setString(1, target.word());
            keep.setLong(2, group);
            keep.executeUpdate();
        }
        long changed;
        try (PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (at, moderator, comment_id, action, "
                + "from_status, to_status, group_id) SELECT ?2, ?3, c.id, ?4, c.status, ?1, ?5 FROM comments c WHERE "
                + movable + " ORDER BY c.id")) {
            audit.setString(1, target.word());
            audit.setLong(2, now);
            audit.setString(3, moderator);
            audit.setString(4, actionWord);
            audit.setLong(5, group);
            changed = audit.executeUpdate();
        }
        execute("DELETE FROM outbox WHERE comment_id IN (SELECT c.id FROM comments c WHERE " + movable
                + " AND c.site_status = ?1)", target, now, moderator);
        execute("INSERT INTO outbox (comment_id, target, queued_at) SELECT c.id, ?1, ?2 FROM comments c WHERE "
                + movable + " AND c.site_status <> ?1 ON CONFLICT (comment_id) DO UPDATE SET target = excluded.target, "
                + "queued_at = excluded.queued_at, attempts = 0, last_error = NULL", target, now, moderator);
        execute("UPDATE comments AS c SET decision = CASE WHEN c.site_status = ?1 THEN NULL ELSE ?1 END, "
                + "decided_against = CASE WHEN c.site_status = ?1 THEN NULL ELSE c.site_status END, "
                + "decided_by = ?3, decided_at = ?2, conflict = 0 WHERE " + movable, target, now, moderator);
        return changed;
    }

    /**
     * Moves each comment of audit group {@code source} back to the status its audit line came from (undo) or
     * again to the one it went to (redo), set-wise per target status, as {@code group}. Undo puts comments that
     * were in conflict back exactly as they were ({@link ConflictSnapshots}); redo settles a conflict resolution
     * again ("keep mine" does not change the status). Returns {changed, total}.
     */
    private long[] replay(long source, boolean undo, String moderator, long now, long group) throws SQLException {
        String actionWord = undo ? "undo" : "redo";
        Map<Status, List<Long>> byTarget = new EnumMap<>(Status.class);
        long total = 0;
        long changed = 0;
        try (Decider d = new Decider(now, moderator, group);
             ConflictSnapshots snapshots = new ConflictSnapshots(c);
             ConflictStore.Settler settler = new ConflictStore.Settler(c, now, moderator, group);
             PreparedStatement ps = c.prepareStatement("SELECT comment_id, " + (undo ? "from_status" : "to_status")
                     + ", action FROM audit_log WHERE group_id = ? ORDER BY id")) {
            Set<Long> restored = new HashSet<>();
            if (undo) {
                for (ConflictSnapshots.Snapshot snap : snapshots.of(source)) {
                    restored.add(snap.commentId());
                    total++;
                    Optional<Row> row = d.load(snap.commentId());
                    if (row.isPresent()) {
                        snapshots.restore(snap);
                        Status back = snap.decision() == null ? row.get().siteStatus : word(snap.decision());
                        d.log(row.get().id, row.get().effective, back, actionWord);
                        changed++;
                    }
                }
            }
            ps.setLong(1, source);
            List<long[]> settle = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (restored.contains(id)) {
                        continue;
                    }
                    total++;
                    Optional<ConflictStore.Resolution> resolution = ConflictStore.Resolution.fromWord(rs.getString(3));
                    if (!undo && resolution.isPresent()) {
                        settle.add(new long[] {id, resolution.get().ordinal()});
                    } else {
                        Status.fromWord(rs.getString(2)).ifPresent(s -> byTarget.computeIfAbsent(s, k -> new ArrayList<>()).add(id));
                    }
                }
            }
            for (long[] one : settle) {
                if (settler.settle(one[0], ConflictStore.Resolution.values()[(int) one[1]])) {
                    changed++;
                }
            }
        }
        for (Map.Entry<Status, List<Long>> e : byTarget.entrySet()) {
            changed += decideSetwise(e.getValue(), actionWord, e.getKey(), moderator, now, group);
        }
        return new long[] {changed, total};
    }

    /** Runs a statement whose numbered parameters are ?1 target, ?2 now, ?3 moderator (each used or not). */
    private void execute(String sql, Status target, long now, String moderator) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int count = ps.getParameterMetaData().getParameterCount();
            ps.setString(1, target.word());
            if (count >= 2) {
                ps.setLong(2, now);
            }
            if (count >= 3) {
                ps.setString(3, moderator);
            }
            ps.executeUpdate();
        }
    }

    /** Reverts the newest decision group not yet undone; empty when there is nothing to undo. */
    public Optional<Result> undoLast(String moderator) {
        long now = System.currentTimeMillis();
        try {
            c.setAutoCommit(false);
            long target;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT id FROM decision_groups WHERE undone = 0 AND label NOT LIKE 'undo %' "
                         + "ORDER BY id DESC LIMIT 1")) {
                if (!rs.next()) {
                    c.rollback();
                    return Optional.empty();
                }
                target = rs.getLong(1);
            }
            long group = newGroup(now, moderator, "undo " + target);
            long[] counts = replay(target, true, moderator, now, group);
            try (PreparedStatement ps = c.prepareStatement("UPDATE decision_groups SET undone = 1 WHERE id = ?")) {
                ps.setLong(1, target);
                ps.executeUpdate();
            }
            c.commit();
            return Optional.of(new Result(counts[0], counts[1] - counts[0], group));
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot undo: " + Database.explain(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            autoCommit();
        }
    }

    /**
     * Applies again the group that the newest undo reverted, as a new "redo" group (which undo can revert in
     * turn). Empty when there is nothing to redo: no undo yet, or an ordinary decision was made after it.
     */
    public Optional<Result> redoLast(String moderator) {
        long now = System.currentTimeMillis();
        try {
            c.setAutoCommit(false);
            Optional<long[]> candidate = redoCandidate();
            if (candidate.isEmpty()) {
                c.rollback();
                return Optional.empty();
            }
            long undoGroup = candidate.get()[0];
            long target = candidate.get()[1];
            long group = newGroup(now, moderator, "redo " + target);
            long[] counts = replay(target, false, moderator, now, group);
            try (PreparedStatement ps = c.prepareStatement("UPDATE decision_groups SET undone = 1 WHERE id = ?")) {
                ps.setLong(1, undoGroup);
                ps.executeUpdate();
            }
            c.commit();
            return Optional.of(new Result(counts[0], counts[1] - counts[0], group));
        } catch (SQLException e) {
            rollbackQuietly();
            throw new StoreException("cannot redo: " + Database.explain(e), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        } finally {
            autoCommit();
        }
    }

    /** Whether {@link #undoLast} has a group to revert. */
    public boolean canUndo() {
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM decision_groups WHERE undone = 0 AND label NOT LIKE 'undo %' LIMIT 1")) {
            return rs.next();
        } catch (SQLException e) {
            throw new StoreException("cannot read the undo history: " + Database.explain(e), e);
        }
    }

    /** Whether {@link #redoLast} has a group to apply again. */
    public boolean canRedo() {
        try {
            return redoCandidate().isPresent();
        } catch (SQLException e) {
            throw new StoreException("cannot read the undo history: " + Database.explain(e), e);
        }
    }

    /** The newest unconsumed undo group and the group it reverted, if no ordinary decision came after it. */
    private Optional<long[]> redoCandidate() throws SQLException {
        long undoGroup;
        String label;
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, label FROM decision_groups WHERE undone = 0 AND label LIKE 'undo %' "
                     + "ORDER BY id DESC LIMIT 1")) {
            if (!rs.next()) {
                return Optional.empty();
            }
            undoGroup = rs.getLong(1);
            label = rs.getString(2);
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM decision_groups WHERE id > ? "
                + "AND label NOT LIKE 'undo %' AND label NOT LIKE 'redo %' LIMIT 1")) {
            ps.setLong(1, undoGroup);
            try (ResultSet rs = ps.executeQuery()) {
                if (rs.next()) {
                    return Optional.empty();
                }
            }
        }
        try {
            return Optional.of(new long[] {undoGroup, Long.parseLong(label.substring("undo ".length()).trim())});
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private long newGroup(long now, String moderator, String label) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO decision_groups (at, moderator, label) VALUES (?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, now);
            ps.setString(2, moderator);
            ps.setString(3, label);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private record Row(long id, Status siteStatus, Status decision, Status effective, boolean conflict) { }

    /** The per-comment statements of one decision group. */
    private final class Decider implements AutoCloseable {
        private final long now;
        private final String moderator;
        private final long group;
        private final PreparedStatement load;
        private final PreparedStatement setDecision;
        private final PreparedStatement queue;
        private final PreparedStatement unqueue;
        private final PreparedStatement audit;
        private final PreparedStatement lastFrom;
        private final ConflictSnapshots snapshots;

        Decider(long now, String moderator, long group) throws SQLException {
            this.now = now;
            this.moderator = moderator;
            this.group = group;
            load = c.prepareStatement("SELECT site_status, decision, status, conflict FROM comments WHERE id = ?");
            snapshots = new ConflictSnapshots(c);
            setDecision = c.prepareStatement("UPDATE comments SET decision = ?, decided_against = ?, decided_by = ?, "
                    + "decided_at = ?, conflict = 0 WHERE id = ?");
            queue = c.prepareStatement("INSERT INTO outbox (comment_id, target, queued_at) VALUES (?, ?, ?) "
                    + "ON CONFLICT (comment_id) DO UPDATE SET target = excluded.target, queued_at = excluded.queued_at, "
                    + "attempts = 0, last_error = NULL");
            unqueue = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ?");
            audit = c.prepareStatement("INSERT INTO audit_log (at, moderator, comment_id, action, from_status, to_status, "
                    + "group_id) VALUES (?, ?, ?, ?, ?, ?, ?)");
            lastFrom = c.prepareStatement("SELECT from_status FROM audit_log WHERE comment_id = ? AND to_status = ? "
                    + "ORDER BY id DESC LIMIT 1");
        }

        Optional<Row> load(long id) throws SQLException {
            load.setLong(1, id);
            try (ResultSet rs = load.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String decision = rs.getString(2);
                return Optional.of(new Row(id, word(rs.getString(1)), decision == null ? null : word(decision),
                        word(rs.getString(3)), rs.getInt(4) == 1));
            }
        }

        /** Restore brings a spam, trashed or deleted comment back to where it was before, else to pending. */
        Optional<Status> restoreTarget(Row row) throws SQLException {
            if (row.effective != Status.SPAM && row.effective != Status.TRASH && row.effective != Status.DELETED) {
                return Optional.empty();
            }
            lastFrom.setLong(1, row.id);
            lastFrom.setString(2, row.effective.word());
            try (ResultSet rs = lastFrom.executeQuery()) {
                if (rs.next()) {
                    Optional<Status> before = Status.fromWord(rs.getString(1));
                    if (before.isPresent() && before.get() != row.effective) {
                        return before;
                    }
                }
            }
            return Optional.of(Status.PENDING);
        }

        /**
         * Moves the comment to {@code target}; false when it is there already or cannot be moderated (its post is in
         * the site's trash, or the site no longer has it).
         */
        boolean apply(Row row, Status target, String action) throws SQLException {
            if (row.effective == target || row.siteStatus == Status.POST_TRASHED || target == Status.POST_TRASHED
                    || row.siteStatus == Status.GONE || row.siteStatus == Status.DELETED || target == Status.GONE) {
                return false;
            }
            if (row.conflict) {
                snapshots.take(group, row.id); // undo restores the conflict exactly
            }
            boolean backToSite = target == row.siteStatus;
            setDecision.setString(1, backToSite ? null : target.word());
            setDecision.setString(2, backToSite ? null : row.siteStatus.word());
            setDecision.setString(3, moderator);
            setDecision.setLong(4, now);
            setDecision.setLong(5, row.id);
            setDecision.executeUpdate();
            if (backToSite) {
                unqueue.setLong(1, row.id);
                unqueue.executeUpdate();
            } else {
                queue.setLong(1, row.id);
                queue.setString(2, target.word());
                queue.setLong(3, now);
                queue.executeUpdate();
            }
            log(row.id, row.effective, target, action);
            return true;
        }

        /** One audit line of this group. */
        void log(long commentId, Status from, Status to, String action) throws SQLException {
            audit.setLong(1, now);
            audit.setString(2, moderator);
            audit.setLong(3, commentId);
            audit.setString(4, action);
            audit.setString(5, from.word());
            audit.setString(6, to.word());
            audit.setLong(7, group);
            audit.executeUpdate();
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(load, setDecision, queue, unqueue, audit, lastFrom)) {
                ps.close();
            }
            snapshots.close();
        }
    }

    private static Status word(String w) {
        return Status.fromWord(w).orElse(Status.PENDING);
    }

    private void rollbackQuietly() {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // nothing left to undo
        }
    }

    private void autoCommit() {
        try {
            c.setAutoCommit(true);
        } catch (SQLException ignored) {
            // the connection is closing
        }
    }
}
