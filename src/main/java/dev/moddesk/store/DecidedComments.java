package dev.moddesk.store;

import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The comments already decided approved or spam, streamed one at a time on a reader connection (memory stays flat
 * on millions), with what a dry run of the discussion rules needs beside the comment itself.
 */
public final class DecidedComments {
    /**
     * One decided comment. {@code agent} null: the source did not say; {@code akismetSubmitted} is the raw
     * {@code akismet_as_submitted} meta then (null when there is none either). {@code earlierApproved}: the same
     * name and email (case aside) have an approved comment dated before this one on the same site.
     */
    public record Decided(String author, String email, String url, String ip, String agent, String content,
                          CommentType type, Status status, boolean earlierApproved, String akismetSubmitted) { }

    private static final String WHERE = "status IN ('approved', 'spam')";

    private final Database db;

    public DecidedComments(Database db) {
        this.db = db;
    }

    public long count() {
        try (Connection c = db.openReader();
             PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM comments WHERE " + WHERE);
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new StoreException("cannot count the decided comments: " + Database.explain(e), e);
        }
    }

    /** Hands each decided comment to {@code each}; throws {@link CancellationException} once {@code cancelled}. */
    public void forEach(Consumer<Decided> each, BooleanSupplier cancelled) {
        // Each author's first approved comment, found once (one grouping), not once per comment; name and email
        // compare case aside, as MySQL's default collation compares them for WordPress
        String sql = "WITH first_approved AS (SELECT site_id, lower(author) AS author, lower(email) AS email, "
                + "min(date_gmt) AS first FROM comments WHERE status = 'approved' AND author <> '' AND email <> '' "
                + "GROUP BY 1, 2, 3) "
                + "SELECT c.author, c.email, c.url, c.ip, c.agent, c.content, c.type, c.status, "
                + "coalesce(f.first < c.date_gmt, 0), "
                + "CASE WHEN c.agent IS NULL THEN (SELECT m.meta_value FROM comment_meta m WHERE m.comment_id = c.id "
                + "AND m.meta_key = 'akismet_as_submitted' ORDER BY m.id LIMIT 1) END "
                + "FROM comments c LEFT JOIN first_approved f "
                + "ON f.site_id = c.site_id AND f.author = lower(c.author) AND f.email = lower(c.email) WHERE c." + WHERE;
        try (Connection c = db.openReader(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setFetchSize(1_000);
            try (ResultSet rs = ps.executeQuery()) {
                long n = 0;
                while (rs.next()) {
                    if ((n++ & 1023) == 0 && cancelled.getAsBoolean()) { // the first row, then every 1,024
                        throw new CancellationException("dry run cancelled");
                    }
                    each.accept(new Decided(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), CommentType.fromSite(rs.getString(7)),
                            Status.fromWord(rs.getString(8)).orElse(Status.SPAM), rs.getInt(9) == 1, rs.getString(10)));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the decided comments: " + Database.explain(e), e);
        }
    }
}
