package dev.moddesk.store;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** Read queries over comments: counts by status and the queue, newest first, filtered and searched. */
public final class CommentQueries {
    /** Searches matching more rows than this walk the date index instead of sorting every match. */
    private static final int MANY_MATCHES = 5_000;

    private static final String COLUMNS = "c.id, s.base_url, c.remote_id, c.post_id, c.parent_id, c.author, c.email, "
            + "c.url, c.ip, c.agent, c.user_id, c.date_gmt, c.type, c.content, c.site_status, c.decision, c.conflict, "
            + "coalesce(p.title, ''), c.score, c.reasons, c.status";
    private static final String FROM = " FROM comments c JOIN sites s ON s.id = c.site_id "
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

    /** Streams the queue to {@code each}, newest first; {@code limit} ≤ 0 means no limit. */
    public void queue(QueueFilter filter, int limit, Consumer<QueueItem> each) {
        if (!filter.hasSearch()) {
            run(where(filter, null, false), limit, each);
            return;
        }
        List<String> queries = FtsQuery.candidates(filter.search());
        if (queries.isEmpty()) {
            return; // nothing searchable typed: nothing matches
        }
        for (int i = 0; i < queries.size(); i++) {
            String q = queries.get(i);
            try {
                boolean many = countUpTo(q, MANY_MATCHES + 1) > MANY_MATCHES;
                run(where(filter, q, many), limit, each);
                return;
            } catch (SQLException e) {
                if (!FtsQuery.isSyntaxError(e) || i == queries.size() - 1) {
                    throw new StoreException("search failed: " + Database.explain(e), e);
                }
            }
        }
    }

    public List<QueueItem> queue(QueueFilter filter, int limit) {
        List<QueueItem> out = new ArrayList<>();
        queue(filter, limit, out::add);
        return out;
    }

    private long countUpTo(String match, int cap) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? LIMIT ?)")) {
            ps.setString(1, match);
            ps.setInt(2, cap);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /** The WHERE part and its parameters. */
    private record Where(String sql, List<Object> params) { }

    private static Where where(QueueFilter f, String match, boolean manyMatches) {
        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> params = new ArrayList<>();
        if (f.conflictsOnly()) {
            sql.append("c.conflict = 1");
        } else if (f.status() != null) {
            sql.append("c.status = ?");
            params.add(f.status().word());
        } else {
            sql.append("c.status NOT IN ('deleted', 'gone')");
        }
        if (match != null) {
            // Few matches: let FTS drive and sort them. Many: walk the date index and test membership
            // (the unary + keeps SQLite from driving by the id list), which stops after LIMIT rows.
            sql.append(manyMatches ? " AND +c.id IN " : " AND c.id IN ")
                    .append("(SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)");
            params.add(match);
        }
        return new Where(sql.toString(), params);
    }

    private void run(Where where, int limit, Consumer<QueueItem> each) {
        try {
            runChecked(where, limit, each);
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    private void runChecked(Where where, int limit, Consumer<QueueItem> each) throws SQLException {
        String sql = "SELECT " + COLUMNS + FROM + where.sql() + " ORDER BY c.date_gmt DESC, c.id DESC"
                + (limit > 0 ? " LIMIT " + limit : "");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (Object p : where.params()) {
                ps.setObject(i++, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(item(rs));
                }
            }
        }
    }

    static QueueItem item(ResultSet rs) throws SQLException {
        Comment comment = new Comment(rs.getLong(3), rs.getLong(4), rs.getLong(5), rs.getString(6), rs.getString(7),
                rs.getString(8), rs.getString(9), rs.getString(10), rs.getLong(11), rs.getLong(12),
                CommentType.fromSite(rs.getString(13)), rs.getString(14), status(rs.getString(15)));
        String decision = rs.getString(16);
        double score = rs.getDouble(19);
        Double scoreOrNull = rs.wasNull() ? null : score;
        String reasons = rs.getString(20);
        List<String> reasonList = reasons == null || reasons.isEmpty() ? List.of() : Arrays.asList(reasons.split("\n"));
        return new QueueItem(rs.getLong(1), rs.getString(2), comment, status(rs.getString(21)),
                decision == null ? null : status(decision), rs.getInt(17) == 1, rs.getString(18), scoreOrNull,
                reasonList);
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
