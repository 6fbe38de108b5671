package dev.moddesk.store;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * How a comment is read from a row: its columns in the order {@link #COLUMNS} lists them, starting at some column of
 * the query (the queue's, the exports' and the triage's queries put other columns first).
 */
final class CommentColumns {
    /** The comment's columns on {@code comments c}, in the order {@link #read} expects them. */
    static final String COLUMNS = "c.remote_id, c.post_id, c.parent_id, c.author, c.email, c.url, c.ip, c.agent, "
            + "c.user_id, c.date_gmt, c.type, c.content, c.site_status";

    private CommentColumns() {
    }

    /** The comment whose {@link #COLUMNS} start at column {@code first} of {@code rs}. */
    static Comment read(ResultSet rs, int first) throws SQLException {
        int i = first;
        return new Comment(rs.getLong(i), rs.getLong(i + 1), rs.getLong(i + 2), rs.getString(i + 3),
                rs.getString(i + 4), rs.getString(i + 5), rs.getString(i + 6), rs.getString(i + 7), rs.getLong(i + 8),
                rs.getLong(i + 9), CommentType.fromSite(rs.getString(i + 10)), rs.getString(i + 11),
                Status.fromWord(rs.getString(i + 12)).orElse(Status.PENDING));
    }
}
