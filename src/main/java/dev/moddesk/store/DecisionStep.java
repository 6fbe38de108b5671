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

/**
 * The reads and writes of one moderation step, inside its transaction ({@link ModerationStore#write}): choose the
 * comments, tell the decision rule their states, plan each comment's move from the rule's answers, and write the
 * moves set-wise; the undo history's groups, lines and snapshots.
 */
public final class DecisionStep {
    /** A decision group as written: its id, when, and by whom (every audit line of it says the same). */
    public record Group(long id, long at, String moderator) { }

    /** The newest group that undo can revert: its id, label ("spam 2"), who made it and when (epoch ms). */
    public record Undoable(long group, String label, String moderator, long at) { }

    /** The newest undo not yet redone, and the group it reverted. */
    public record Redoable(long undoGroup, long reverted) { }

    /** What a comment in conflict looked like before a group changed it (see {@link ConflictSnapshots}). */
    public record Snapshot(long commentId, Status decision, String decidedAgainst, String decidedBy, Long decidedAt,
                           String outboxTarget, Long outboxQueuedAt, Long outboxAttempts, String outboxLastError) { }

    /**
     * Comments in the same state, chosen for the same thing: the rule moves them all alike. {@code target} is the
     * status an undo or redo line points to, {@code cameFrom} where restore goes back to, {@code lineAction} the
     * action of a redone line (each null when the step does not use it).
     */
    public record StateClass(Status target, Status cameFrom, String lineAction, ModerationState state) { }

    private final Connection c;
    /** The groups this step made, for its store to note once they are committed. */
    private final List<Long> made = new ArrayList<>();

    DecisionStep(Connection c) {
        this.c = c;
    }

    List<Long> groupsMade() {
        return made;
    }

    /** The edits and replies of this step, in its transaction. */
    public TextChanges texts() {
        return new TextChanges(c);
    }

    /** Chooses the comments (row ids) this step works on (unknown ids find no state and never move). */
    public void choose(Collection<Long> rowIds) {
        sql(() -> {
            newWorkTable();
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.step_ids (id) "
                    + "SELECT value FROM json_each(?)")) {
                ps.setString(1, json(rowIds));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Chooses the comments of {@code group}'s status lines (edits and replies are {@link TextChanges}'), each with the status its line came from (undo) or
     * went to (redo) as its target, and the line's action; the comments in {@code except} are left out.
     */
    public void chooseLinesOf(long group, boolean from, Collection<Long> except) {
        sql(() -> {
            newWorkTable();
            try (PreparedStatement ps = c.prepareStatement("INSERT OR IGNORE INTO temp.step_ids (id, target, line_action) "
                    + "SELECT comment_id, " + (from ? "from_status" : "to_status") + ", action FROM audit_log "
                    + "WHERE group_id = ? AND kind = 'status' AND comment_id NOT IN (SELECT value FROM json_each(?)) ORDER BY id")) {
                ps.setLong(1, group);
                ps.setString(2, json(except));
                ps.executeUpdate();
            }
            return null;
        });
    }

    /**
     * Notes for each chosen comment the status it was in before the newest audit line that put it where it is
     * now (what restore goes back to).
     */
    public void noteWhereTheyCameFrom() {
        sql(() -> {
            try (Statement st = c.createStatement()) {
                st.executeUpdate("UPDATE temp.step_ids SET came_from = (SELECT a.from_status FROM audit_log a "
                        + "WHERE a.comment_id = step_ids.id AND a.to_status = (SELECT status FROM comments "
                        + "WHERE id = step_ids.id) ORDER BY a.id DESC LIMIT 1)");
            }
            return null;
        });
    }

    /** How many comments are chosen. */
    public long chosen() {
        return sql(() -> count("SELECT count(*) FROM temp.step_ids"));
    }

    /** The different states among the chosen comments, each with what was chosen for it. */
    public List<StateClass> states() {
        return sql(() -> {
            List<StateClass> out = new ArrayList<>();
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT DISTINCT i.target, i.came_from, i.line_action, c.site_status, "
                         + "c.decision, c.conflict FROM temp.step_ids i CROSS JOIN comments c ON c.id = i.id")) {
                while (rs.next()) {
                    out.add(new StateClass(statusOrNull(rs.getString(1)), statusOrNull(rs.getString(2)),
                            rs.getString(3), new ModerationState(status(rs.getString(4)),
                            statusOrNull(rs.getString(5)), rs.getInt(6) == 1)));
                }
            }
            return out;
        });
    }

    /** The states of a few comments (row ids), by row id; unknown ids are left out. */
    public Map<Long, ModerationState> statesOf(Collection<Long> rowIds) {
        return sql(() -> {
            Map<Long, ModerationState> out = new HashMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, site_status, decision, conflict FROM comments "
                    + "WHERE id IN (SELECT value FROM json_each(?))")) {
                ps.setString(1, json(rowIds));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.put(rs.getLong(1), new ModerationState(status(rs.getString(2)),
                                statusOrNull(rs.getString(3)), rs.getInt(4) == 1));
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
                    made.add(rs.getLong(1));
                    return new Group(rs.getLong(1), at, moderator);
                }
            }
        });
    }

    /**
     * Plans the move of every chosen comment whose state has one in {@code moves}: one statement, whatever
     * the number of comments. Returns how many will move.
     */
    public long plan(Map<StateClass, Move> moves) {
        return sql(() -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TEMP TABLE IF NOT EXISTS step_rule (target TEXT, came_from TEXT, line_action TEXT, "
                        + "site_status TEXT, decision TEXT, conflict INTEGER, action TEXT, to_status TEXT, "
                        + "new_decision TEXT, against TEXT, outbox INTEGER, snapshot INTEGER)");
                st.execute("DELETE FROM temp.step_rule");
                st.execute("DELETE FROM temp.step_plan");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO temp.step_rule VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?)")) {
                batch(ps, moves.entrySet(), (p, e) -> {
                    StateClass k = e.getKey();
                    Move m = e.getValue();
                    p.setString(1, word(k.target()));
                    p.setString(2, word(k.cameFrom()));
                    p.setString(3, k.lineAction());
                    p.setString(4, word(k.state().siteStatus()));
                    p.setString(5, word(k.state().decision()));
                    p.setInt(6, k.state().conflict() ? 1 : 0);
                    p.setString(7, m.action());
                    p.setString(8, word(m.to()));
                    p.setString(9, word(m.decision()));
                    p.setString(10, word(m.decidedAgainst()));
                    p.setInt(11, m.outbox().ordinal());
                    p.setInt(12, m.snapshot() ? 1 : 0);
                });
            }
            try (Statement st = c.createStatement()) {
                return (long) st.executeUpdate("INSERT INTO temp.step_plan SELECT c.id, r.action, c.status, r.to_status, "
                        + "r.new_decision, r.against, r.outbox, r.snapshot FROM temp.step_ids i "
                        + "CROSS JOIN comments c ON c.id = i.id CROSS JOIN temp.step_rule r ON r.target IS i.target "
                        + "AND r.came_from IS i.came_from AND r.line_action IS i.line_action "
                        + "AND r.site_status = c.site_status AND r.decision IS c.decision AND r.conflict = c.conflict");
            }
        });
    }

    /**
     * Writes the planned moves as part of {@code group}, set-wise (a bulk action over 100,000 comments is a
     * handful of statements): snapshots of comments in conflict, audit lines, outbox entries, decisions.
     * The order matters: snapshots read the comments as they were.
     */
    public void apply(Group group) {
        sql(() -> {
            try (PreparedStatement keep = c.prepareStatement("INSERT OR IGNORE INTO conflict_undo (group_id, comment_id, "
                    + "decision, decided_against, decided_by, decided_at, outbox_target, outbox_queued_at, "
                    + "outbox_attempts, outbox_last_error) SELECT ?, c.id, c.decision, c.decided_against, c.decided_by, "
                    + "c.decided_at, o.target, o.queued_at, o.attempts, o.last_error FROM temp.step_plan p "
                    + "CROSS JOIN comments c ON c.id = p.id LEFT JOIN outbox o ON o.comment_id = c.id AND o.kind = ? "
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
            // driven by the plan's ids, each comment found by its key (UPDATE … FROM lets SQLite walk every comment)
            // the counts per status move in two grouped statements, not by the trigger's two upserts a row
            try (SetAside counts = SetAside.trigger(c, "comment_counts_update")) {
                execute(group, countsMove("from_status", "-"));
                execute(group, "UPDATE comments SET (decision, decided_against) = (SELECT p.decision, p.against "
                        + "FROM temp.step_plan p WHERE p.id = comments.id), decided_by = ?2, decided_at = ?1, "
                        + "conflict = 0 WHERE id IN (SELECT id FROM temp.step_plan)");
                execute(group, countsMove("to_status", ""));
            }
            return null;
        });
    }

    /** The newest group that undo can revert (any but an undo, not undone yet). */
    public Optional<Undoable> lastUndoable() {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id, label, moderator, at FROM decision_groups "
                    + "WHERE undone = 0 AND kind <> ? ORDER BY id DESC LIMIT 1")) {
                ps.setString(1, GroupKind.UNDO.word());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Undoable(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getLong(4))) : Optional.empty();
                }
            }
        });
    }

    /**
     * The site's ids of the last {@code most} comments step {@code group} decided, in the order it decided them: to
     * name them when the moderator is asked about the step. Its audit lines are among the newest, so reading the log
     * from its end finds them at once.
     */
    public List<Long> siteIdsOf(long group, int most) {
        return sql(() -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT c.remote_id FROM audit_log a "
                    + "JOIN comments c ON c.id = a.comment_id WHERE a.group_id = ? ORDER BY a.id DESC LIMIT ?")) {
                ps.setLong(1, group);
                ps.setInt(2, most);
                List<Long> ids = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(0, rs.getLong(1));
                    }
                }
                return ids;
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

    /** The planned comments that change status, counted out of their old status ({@code -}) or into the new. */
    private String countsMove(String column, String sign) {
        return "INSERT INTO comment_counts (site_id, status, n) SELECT c.site_id, p." + column + ", " + sign
                + "count(*) FROM temp.step_plan p CROSS JOIN comments c ON c.id = p.id WHERE p.from_status <> "
                + "p.to_status GROUP BY c.site_id, p." + column + " ON CONFLICT (site_id, status) DO UPDATE SET n = n "
                + "+ excluded.n";
    }

    /** A fresh work table of chosen comments, and the plan table the moves are written from. */
    private void newWorkTable() throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE IF NOT EXISTS step_ids (id INTEGER PRIMARY KEY, target TEXT, came_from TEXT, "
                    + "line_action TEXT)");
            st.execute("DELETE FROM temp.step_ids");
            st.execute("CREATE TEMP TABLE IF NOT EXISTS step_plan (id INTEGER PRIMARY KEY, action TEXT, "
                    + "from_status TEXT, to_status TEXT, decision TEXT, against TEXT, outbox INTEGER, snapshot INTEGER)");
            st.execute("DELETE FROM temp.step_plan");
        }
    }

    private long count(String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
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

    /** Row ids as a JSON array: one parameter, read set-wise by {@code json_each}, instead of one row each. */
    private static String json(Collection<Long> ids) {
        StringBuilder sb = new StringBuilder(ids.size() * 8).append('[');
        for (Long id : ids) {
            sb.append(sb.length() > 1 ? "," : "").append(id);
        }
        return sb.append(']').toString();
    }

    private static String word(Status s) {
        return s == null ? null : s.word();
    }

    private static Status statusOrNull(String word) {
        return word == null ? null : status(word);
    }

    private static Status status(String word) {
        return Status.fromWord(word).orElse(Status.PENDING);
    }
}
