package dev.moddesk.store;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.GroupKind;
import dev.moddesk.core.ModerationState;
import dev.moddesk.core.Move;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Persists moderators' decisions: the comments' decisions, the outbox entries that carry them to the site, the
 * append-only audit log and the decision groups (the steps of undo). It reads what the decision rule needs and
 * writes the moves the rule worked out; it decides nothing itself. Everything of one step happens in one
 * transaction ({@link #write}).
 */
public final class ModerationStore {
    private final Connection c;

    public ModerationStore(Database db) {
        this.c = db.writer();
    }

    /** A decision group as written: its id, when, and by whom (every audit line of it says the same). */
    public record Group(long id, long at, String moderator) { }

    /** One audit line of a group. */
    public record AuditLine(long commentId, String action, Status from, Status to) { }

    /** The newest undo not yet redone, and the group it reverted. */
    public record Redoable(long undoGroup, long reverted) { }

    /** What a comment in conflict looked like before a group changed it (see {@link ConflictSnapshots}). */
    public record Snapshot(long commentId, Status decision, String decidedAgainst, String decidedBy, Long decidedAt,
                           String outboxTarget, Long outboxQueuedAt, Long outboxAttempts, String outboxLastError) { }

    /** Runs {@code work} as one transaction on the writer: all of it or nothing ({@code what} names it in errors). */
    public <T> T write(String what, Function<Step, T> work) {
        return Transactions.inTransaction(c, what, () -> work.apply(new Step()));
    }

    /** Whether there is a group to undo. */
    public boolean canUndo() {
        return read("cannot read the undo history", () -> new Step().lastUndoable().isPresent());
    }

    /** Whether there is an undo to redo. */
    public boolean canRedo() {
        return read("cannot read the undo history", () -> new Step().redoable().isPresent());
    }

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
                    throw new StoreException("comment id " + remote + " exists on several sites (" + String.join(", ", sites)
                            + "); name one with --site");
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot find comments: " + Database.explain(e), e);
        }
    }

    private static <T> T read(String what, Transactions.Work<T> work) {
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException(what + ": " + Database.explain(e), e);
        } catch (Transactions.Failure e) {
            throw new StoreException(what + ": " + Database.explain(e.getCause()), e.getCause());
        }
    }

    /** The reads and writes of one step, inside its transaction. */
    public final class Step {
        private Step() {
        }

        /** The moderation state of these comments (row ids), in row id order; unknown ids are left out. */
        public List<ModerationState> states(Collection<Long> rowIds) {
            return sql(() -> {
                fillIds(rowIds);
                List<ModerationState> out = new ArrayList<>(rowIds.size());
                try (Statement st = c.createStatement();
                     ResultSet rs = st.executeQuery("SELECT c.id, c.site_status, c.decision, c.conflict "
                             + "FROM temp.step_ids i JOIN comments c ON c.id = i.id ORDER BY c.id")) {
                    while (rs.next()) {
                        String decision = rs.getString(3);
                        out.add(new ModerationState(rs.getLong(1), status(rs.getString(2)),
                                decision == null ? null : status(decision), rs.getInt(4) == 1));
                    }
                }
                return out;
            });
        }

        /** For each comment, the status it was in before the newest audit line that put it where it is now. */
        public Map<Long, Status> cameFrom(List<ModerationState> states) {
            return sql(() -> {
                Map<Long, Status> out = new HashMap<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT from_status FROM audit_log WHERE comment_id = ? "
                        + "AND to_status = ? ORDER BY id DESC LIMIT 1")) {
                    for (ModerationState s : states) {
                        ps.setLong(1, s.commentId());
                        ps.setString(2, s.effective().word());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                Status.fromWord(rs.getString(1)).ifPresent(from -> out.put(s.commentId(), from));
                            }
                        }
                    }
                }
                return out;
            });
        }

        /** A new decision group ({@code reverts}: the group an undo or redo goes back to, else null). */
        public Group newGroup(GroupKind kind, Long reverts, String label, String moderator, long at) {
            return sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO decision_groups (at, moderator, label, kind, "
                        + "reverts) VALUES (?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
                    ps.setLong(1, at);
                    ps.setString(2, moderator);
                    ps.setString(3, label);
                    ps.setString(4, kind.word());
                    setLong(ps, 5, reverts);
                    ps.executeUpdate();
                    try (ResultSet rs = ps.getGeneratedKeys()) {
                        rs.next();
                        return new Group(rs.getLong(1), at, moderator);
                    }
                }
            });
        }

        /**
         * Writes {@code moves} as part of {@code group}, set-wise (a bulk action over 100,000 comments is a
         * handful of statements): snapshots of comments in conflict, audit lines, outbox entries, decisions.
         * The order matters: snapshots read the comments as they were.
         */
        public void apply(Group group, List<Move> moves) {
            if (moves.isEmpty()) {
                return;
            }
            sql(() -> {
                fillPlan(moves);
                try (PreparedStatement keep = c.prepareStatement("INSERT OR IGNORE INTO conflict_undo (group_id, comment_id, "
                        + "decision, decided_against, decided_by, decided_at, outbox_target, outbox_queued_at, "
                        + "outbox_attempts, outbox_last_error) SELECT ?, c.id, c.decision, c.decided_against, c.decided_by, "
                        + "c.decided_at, o.target, o.queued_at, o.attempts, o.last_error FROM temp.step_plan p "
                        + "JOIN comments c ON c.id = p.id LEFT JOIN outbox o ON o.comment_id = c.id AND o.kind = ? "
                        + "WHERE p.snapshot = 1")) {
                    keep.setLong(1, group.id());
                    keep.setString(2, ChangeKind.STATUS.word());
                    keep.executeUpdate();
                }
                execute(group, "INSERT INTO audit_log (at, moderator, comment_id, action, from_status, to_status, group_id) "
                        + "SELECT ?1, ?2, p.id, p.action, p.from_status, p.to_status, ?3 FROM temp.step_plan p ORDER BY p.id");
                execute(group, "DELETE FROM outbox WHERE kind = ?4 AND comment_id IN (SELECT id FROM temp.step_plan "
                        + "WHERE outbox = " + Move.Outbox.CLEAR.ordinal() + ")");
                execute(group, "INSERT INTO outbox (comment_id, kind, target, queued_at) SELECT p.id, ?4, p.decision, ?1 "
                        + "FROM temp.step_plan p WHERE p.outbox = " + Move.Outbox.QUEUE.ordinal()
                        + " ON CONFLICT (comment_id, kind) DO UPDATE SET target = excluded.target, "
                        + "queued_at = excluded.queued_at, attempts = 0, last_error = NULL");
                execute(group, "UPDATE comments SET decision = p.decision, decided_against = p.against, decided_by = ?2, "
                        + "decided_at = ?1, conflict = 0 FROM temp.step_plan p WHERE comments.id = p.id");
                return null;
            });
        }

        /** The newest group that undo can revert (any but an undo, not undone yet). */
        public Optional<Long> lastUndoable() {
            return sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT id FROM decision_groups WHERE undone = 0 "
                        + "AND kind <> ? ORDER BY id DESC LIMIT 1")) {
                    ps.setString(1, GroupKind.UNDO.word());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
                    }
                }
            });
        }

        /** The newest undo not redone yet, unless a decision or resolution came after it. */
        public Optional<Redoable> redoable() {
            return sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT u.id, u.reverts FROM decision_groups u "
                        + "WHERE u.kind = ? AND u.undone = 0 AND u.reverts IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                        + "decision_groups g WHERE g.id > u.id AND g.kind IN (?, ?)) ORDER BY u.id DESC LIMIT 1")) {
                    ps.setString(1, GroupKind.UNDO.word());
                    ps.setString(2, GroupKind.DECIDE.word());
                    ps.setString(3, GroupKind.RESOLVE.word());
                    try (ResultSet rs = ps.executeQuery()) {
                        return rs.next() ? Optional.of(new Redoable(rs.getLong(1), rs.getLong(2))) : Optional.empty();
                    }
                }
            });
        }

        /** The audit lines of a group, in the order they were written. */
        public List<AuditLine> lines(long group) {
            return sql(() -> {
                List<AuditLine> out = new ArrayList<>();
                try (PreparedStatement ps = c.prepareStatement("SELECT comment_id, action, from_status, to_status "
                        + "FROM audit_log WHERE group_id = ? ORDER BY id")) {
                    ps.setLong(1, group);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new AuditLine(rs.getLong(1), rs.getString(2), status(rs.getString(3)),
                                    status(rs.getString(4))));
                        }
                    }
                }
                return out;
            });
        }

        /** What a group kept of the comments in conflict it changed. */
        public List<Snapshot> snapshots(long group) {
            return sql(() -> {
                try (ConflictSnapshots s = new ConflictSnapshots(c)) {
                    return s.of(group);
                }
            });
        }

        /**
         * Puts comments back exactly as their snapshots say (decision, conflict flag, outbox entry), each with an
         * audit line of {@code group} from its status now ({@code from}) to the one restored.
         */
        public void restore(Group group, List<Snapshot> snapshots, Map<Long, Status> from, String action) {
            sql(() -> {
                try (ConflictSnapshots s = new ConflictSnapshots(c);
                     PreparedStatement audit = c.prepareStatement("INSERT INTO audit_log (at, moderator, comment_id, "
                             + "action, from_status, to_status, group_id) SELECT ?, ?, id, ?, ?, status, ? FROM comments "
                             + "WHERE id = ?")) {
                    for (Snapshot snap : snapshots) {
                        s.restore(snap);
                        audit.setLong(1, group.at());
                        audit.setString(2, group.moderator());
                        audit.setString(3, action);
                        audit.setString(4, from.get(snap.commentId()).word());
                        audit.setLong(5, group.id());
                        audit.setLong(6, snap.commentId());
                        audit.executeUpdate();
                    }
                }
                return null;
            });
        }

        /** Marks a group undone: undo passes over it, and a redo has consumed its undo. */
        public void markUndone(long group) {
            sql(() -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE decision_groups SET undone = 1 WHERE id = ?")) {
                    ps.setLong(1, group);
                    ps.executeUpdate();
                }
                return null;
            });
        }

        private void fillIds(Collection<Long> rowIds) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS step_ids (id INTEGER PRIMARY KEY)");
                st.execute("DELETE FROM temp.step_ids");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.step_ids (id) VALUES (?)")) {
                batch(ps, rowIds, (p, id) -> p.setLong(1, id));
            }
        }

        private void fillPlan(List<Move> moves) throws SQLException {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS step_plan (id INTEGER PRIMARY KEY, action TEXT, "
                        + "from_status TEXT, to_status TEXT, decision TEXT, against TEXT, outbox INTEGER, snapshot INTEGER)");
                st.execute("DELETE FROM temp.step_plan");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.step_plan VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                batch(ps, moves, (p, m) -> {
                    p.setLong(1, m.commentId());
                    p.setString(2, m.action());
                    p.setString(3, m.from().word());
                    p.setString(4, m.to().word());
                    p.setString(5, m.decision() == null ? null : m.decision().word());
                    p.setString(6, m.decidedAgainst() == null ? null : m.decidedAgainst().word());
                    p.setInt(7, m.outbox().ordinal());
                    p.setInt(8, m.snapshot() ? 1 : 0);
                });
            }
        }

        /**
         * Runs a statement whose numbered parameters are ?1 the group's time, ?2 its moderator, ?3 its id, ?4 the
         * outbox kind decisions travel as.
         */
        private void execute(Group group, String sql) throws SQLException {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int count = ps.getParameterMetaData().getParameterCount();
                Object[] values = {group.at(), group.moderator(), group.id(), ChangeKind.STATUS.word()};
                for (int i = 0; i < count; i++) {
                    ps.setObject(i + 1, values[i]);
                }
                ps.executeUpdate();
            }
        }
    }

    private interface Binder<T> {
        void bind(PreparedStatement ps, T value) throws SQLException;
    }

    private static <T> void batch(PreparedStatement ps, Collection<T> values, Binder<T> binder) throws SQLException {
        int n = 0;
        for (T v : values) {
            binder.bind(ps, v);
            ps.addBatch();
            if (++n % 10_000 == 0) {
                ps.executeBatch();
            }
        }
        ps.executeBatch();
    }

    private static <T> T sql(Transactions.Work<T> work) {
        return Transactions.unchecked(work);
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    private static Status status(String word) {
        return Status.fromWord(word).orElse(Status.PENDING);
    }
}
