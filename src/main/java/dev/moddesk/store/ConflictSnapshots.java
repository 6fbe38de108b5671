package dev.moddesk.store;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.Status;
import dev.moddesk.store.DecisionStep.Snapshot;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Before a decision group changes a comment that is in conflict, its moderation fields and its status entry in the
 * outbox are kept in {@code conflict_undo}; undoing the group puts them back as they were, conflict flag included.
 * A plain "revert to the previous status" cannot: "keep mine" does not change the status at all, and any decision
 * on a conflicted comment clears the flag. Statements on the caller's connection and transaction.
 */
final class ConflictSnapshots implements AutoCloseable {
    private final PreparedStatement list;
    private final PreparedStatement restore;
    private final PreparedStatement unqueue;
    private final PreparedStatement requeue;

    ConflictSnapshots(Connection c) throws SQLException {
        list = c.prepareStatement("SELECT comment_id, decision, decided_against, decided_by, decided_at, outbox_target, "
                + "outbox_queued_at, outbox_attempts, outbox_last_error FROM conflict_undo WHERE group_id = ?");
        restore = c.prepareStatement("UPDATE comments SET decision = ?, decided_against = ?, decided_by = ?, "
                + "decided_at = ?, conflict = 1 WHERE id = ?");
        unqueue = c.prepareStatement("DELETE FROM outbox WHERE comment_id = ? AND kind = ?");
        requeue = c.prepareStatement("INSERT INTO outbox (comment_id, kind, target, queued_at, attempts, last_error) "
                + "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (comment_id, kind) DO UPDATE SET target = excluded.target, "
                + "queued_at = excluded.queued_at, attempts = excluded.attempts, last_error = excluded.last_error");
    }

    /** What {@code group} kept, by comment. */
    List<Snapshot> of(long group) throws SQLException {
        list.setLong(1, group);
        List<Snapshot> out = new ArrayList<>();
        try (ResultSet rs = list.executeQuery()) {
            while (rs.next()) {
                String decision = rs.getString(2);
                out.add(new Snapshot(rs.getLong(1), decision == null ? null : Status.fromWord(decision).orElse(null),
                        rs.getString(3), rs.getString(4), rs.getObject(5, Long.class), rs.getString(6),
                        rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getString(9)));
            }
        }
        return out;
    }

    /** Puts the comment back as the snapshot says: decision, what it was made against, conflict, outbox entry. */
    void restore(Snapshot s) throws SQLException {
        restore.setString(1, s.decision() == null ? null : s.decision().word());
        restore.setString(2, s.decidedAgainst());
        restore.setString(3, s.decidedBy());
        setLong(restore, 4, s.decidedAt());
        restore.setLong(5, s.commentId());
        restore.executeUpdate();
        if (s.outboxTarget() == null) {
            unqueue.setLong(1, s.commentId());
            unqueue.setString(2, ChangeKind.STATUS.word());
            unqueue.executeUpdate();
        } else {
            requeue.setLong(1, s.commentId());
            requeue.setString(2, ChangeKind.STATUS.word());
            requeue.setString(3, s.outboxTarget());
            setLong(requeue, 4, s.outboxQueuedAt());
            requeue.setLong(5, s.outboxAttempts() == null ? 0 : s.outboxAttempts());
            requeue.setString(6, s.outboxLastError());
            requeue.executeUpdate();
        }
    }

    private static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.INTEGER);
        } else {
            ps.setLong(i, v);
        }
    }

    @Override
    public void close() throws SQLException {
        for (PreparedStatement ps : List.of(list, restore, unqueue, requeue)) {
            ps.close();
        }
    }
}
