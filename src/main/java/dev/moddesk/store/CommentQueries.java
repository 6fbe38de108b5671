package dev.moddesk.store;

import dev.moddesk.core.Comment;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** Counts of comments by status, and how a whole comment of the queue is read (the list, the detail pane). */
public final class CommentQueries {
    /** The columns {@link #item} reads, from {@code comments c} with {@link #ITEM_JOINS}. */
    static final String ITEM_COLUMNS = "c.id, s.base_url, " + CommentColumns.COLUMNS + ", c.decision, c.conflict, "
            + "coalesce(p.title, ''), c.score, c.reasons, c.status";
    static final String ITEM_JOINS = " JOIN sites s ON s.id = c.site_id "
            + "LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_id";

    private final Connection c;

    public CommentQueries(Connection connection) {
        this.c = connection;
    }

    public StatusCounts counts() {
        long pending = 0;
        long approved = 0;
        long spam = 0;
        long trash = 0;
        long postTrashed = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT status, sum(n) FROM comment_counts GROUP BY status");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long n = rs.getLong(2);
                switch (Status.fromWord(rs.getString(1)).orElse(Status.DELETED)) {
                    case PENDING: pending = n; break;
                    case APPROVED: approved = n; break;
                    case SPAM: spam = n; break;
                    case TRASH: trash = n; break;
                    case POST_TRASHED: postTrashed = n; break;
                    default: break;
                }
            }
            long conflicts = single("SELECT count(*) FROM comments WHERE conflict = 1");
            long unpushed = single("SELECT count(*) FROM comments WHERE decision IS NOT NULL");
            return new StatusCounts(pending + approved + spam + trash + postTrashed, pending, approved, spam, trash,
                    postTrashed, conflicts, unpushed);
        } catch (SQLException e) {
            throw new StoreException("cannot count comments: " + Database.explain(e), e);
        }
    }

    static QueueItem item(ResultSet rs) throws SQLException {
        Comment comment = CommentColumns.read(rs, 3);
        String decision = rs.getString(16);
        double score = rs.getDouble(19);
        Double scoreOrNull = rs.wasNull() ? null : score;
        return new QueueItem(rs.getLong(1), rs.getString(2), comment, status(rs.getString(21)),
                decision == null ? null : status(decision), rs.getInt(17) == 1, rs.getString(18), scoreOrNull,
                ReasonsColumn.read(rs.getString(20)));
    }

    private static Status status(String word) {
        return Status.fromWord(word).orElse(Status.PENDING);
    }

    private long single(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }
}
