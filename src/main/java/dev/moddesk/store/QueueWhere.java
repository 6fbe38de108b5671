package dev.moddesk.store;

import dev.moddesk.triage.AuthorChecks;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a queue view becomes SQL: which index drives, the WHERE part and its parameters, and the order.
 *
 * <p>How the filters meet the indexes (schemas 4 and 5; plans checked on a 1,000,000-comment database, see
 * {@link QueuePages#plan}): status views walk {@code comments_by_status_date}; a site filter is tested row by row (no
 * index: it only matters with several sites), and on a database holding one site it is dropped as it matches
 * every row; a post filter {@code comments_by_status_post} (status, site, post, date), which also orders the
 * post sort; the score filter's counts and the score sort {@code comments_by_status_score} (schema 9), the score
 * filter in another order tested row by row; the author sort
 * {@code comments_by_author}; a date range the date column of whichever index leads; author/email/IP text the full-text index (its author,
 * email and ip columns), an IP address typed in full {@code comments_by_ip}. In page queries conditions that
 * must not drive the plan carry a unary {@code +}: the date order then comes from an index and the first page
 * stops after 100 rows instead of sorting every match.
 */
final class QueueWhere {
    /** Full-text matches up to this many are read by row id and sorted; more are tested along an index's order. */
    private static final int MANY_MATCHES = 5_000;
    /** Counting, matches up to this many are looked up by row id; more are tested along a status index. */
    private static final int LIST_DRIVES_COUNT = 50_000;
    /** Every status the "All" view shows: all but the local tombstone and the comments the site no longer has. */
    static final List<Status> VISIBLE = Arrays.stream(Status.values())
            .filter(s -> s != Status.DELETED && s != Status.GONE).toList();
    private static final String VISIBLE_IN = VISIBLE.stream().map(s -> "'" + s.word() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    /** "('approved', 'pending', …)": the statuses of the All view, for an IN. */
    static String visibleIn() {
        return VISIBLE_IN;
    }

    private final Connection c;
    private final Map<String, Match> matches = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Match> eldest) {
            return size() > 4;
        }
    };

    QueueWhere(Connection connection) {
        this.c = connection;
    }

    /** A text turned into an FTS5 query that parses, and whether it matches many rows. */
    private record Match(String query, long atLeast) { }

    /** The index to use (" INDEXED BY …" or empty), the WHERE part and its parameters. */
    record Where(String index, String sql, List<Object> params, boolean narrowed) { }

    /** What a statement is for: counting (conditions may drive by any index) or reading rows in order. */
    enum Use { COUNT, ROWS }

    /**
     * The FROM and WHERE parts and their parameters. Null when a search or author text holds nothing searchable
     * (the view is empty).
     *
     * <p>Which index drives is decided here, not left to chance: SQLite has no statistics, so on its own it
     * may walk a status index row by row to avoid a sort where a selective filter would have found a handful
     * of rows. So: an exact email or IP drives through its index; a full-text match of moderate size drives
     * through its row id list; a post filter names its index; otherwise the status view's index (with the site
     * and the dates) drives, in the order of the sort where it can. Conditions that must not drive carry a
     * unary {@code +}.
     */
    Where of(QueueQuery q, Use use) {
        Scope s = q.scope();
        Long site = s.postId() != null || !onlySite(s.siteId()) ? s.siteId() : null;
        boolean rows = use == Use.ROWS;
        // an address typed in full is looked up in the IP index rather than in the full-text index
        boolean whoIsIp = AuthorChecks.isIpAddress(s.who());
        List<Match> fts = new ArrayList<>(2);
        if (s.who() != null && !whoIsIp) {
            String who = FtsQuery.columnPrefixes("{author email ip}", s.who());
            fts.add(match("who:" + who, who.isEmpty() ? List.of() : List.of(who)));
        }
        if (q.filter().hasSearch()) {
            fts.add(match("search:" + q.filter().search(), FtsQuery.candidates(q.filter().search())));
        }
        if (fts.contains(null)) {
            return null;
        }
        boolean point = q.email() != null || q.ip() != null || whoIsIp;
        long fewest = fts.stream().mapToLong(Match::atLeast).min().orElse(Long.MAX_VALUE);
        boolean listDrives = !point && fewest <= (rows ? MANY_MATCHES : LIST_DRIVES_COUNT);
        // A post filter, or rows in post order, go by (status, site, post, date); rows in score order by (status,
        // score): SQLite does not always see it, and a sort of every row of the view costs seconds.
        // pingbacks or trackbacks (a few percent of the comments) go by their own partial index, in date order
        CommentType type = s.type();
        boolean pingIndex = type != null && type != CommentType.COMMENT && !point && !listDrives
                && !q.filter().conflictsOnly();
        boolean postIndex = !point && !listDrives && !pingIndex && !q.filter().conflictsOnly()
                && (s.postId() != null || rows && q.sort() == SortKey.POST);
        boolean authorIndex = !point && !listDrives && !pingIndex && !postIndex && !q.filter().conflictsOnly() && rows
                && q.sort() == SortKey.AUTHOR && site == null;
        // everything but the driver is only tested, row by row
        boolean testOnly = point || listDrives || pingIndex;
        String p = testOnly && !pingIndex ? "+" : ""; // the pings' index holds the site, post and date too

        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> params = new ArrayList<>();
        if (q.filter().conflictsOnly()) {
            sql.append(rows && testOnly ? "+" : "").append("c.conflict = 1");
        } else if (q.filter().status() != null) {
            // an email or IP drives through its own index; the status is then tested on those few rows
            // pings search their index by type and status; the few thousand found are sorted
            sql.append(testOnly && !pingIndex && (rows || point) || listDrives ? "+" : "").append("c.status = ?");
            params.add(q.filter().status().word());
        } else {
            // An IN list, not "<> 'deleted'": counts read a status index, not the table. Rows in date order
            // without a site come from the date index (+); in score or post order from the status indexes,
            // whose ranges are each in that order already.
            boolean dateWalk = rows && site == null && s.postId() == null && q.sort() == SortKey.DATE;
            sql.append(dateWalk || testOnly && (rows || point) || listDrives ? "+" : "").append("c.status IN ").append(VISIBLE_IN);
        }
        if (site != null) {
            sql.append(" AND ").append(p).append("c.site_id = ?");
            params.add(site);
        }
        if (s.postId() != null) {
            sql.append(" AND ").append(p).append("c.post_id = ?");
            params.add(s.postId());
        }
        Long from = s.dates().fromEpochSecond();
        Long until = s.dates().untilEpochSecond();
        if (from != null) {
            sql.append(" AND ").append(p).append("c.date_gmt >= ?");
            params.add(from);
        }
        if (until != null) {
            sql.append(" AND ").append(p).append("c.date_gmt < ?");
            params.add(until);
        }
        if (s.minScore() != null) {
            // rows in another order than the score's walk an index of that order and test the score
            boolean test = testOnly || postIndex || rows && q.sort() != SortKey.SCORE;
            sql.append(test ? " AND +c.score >= ?" : " AND c.score >= ?");
            params.add(s.minScore());
        }
        if (type == CommentType.COMMENT) {
            sql.append(" AND +c.type = 'comment'"); // rows only: counts subtract the pings (QueuePages.count)
        } else if (type != null) {
            // the second term is the partial index's own condition, which SQLite must see to use it
            sql.append(" AND c.type = ? AND c.type <> 'comment'");
            params.add(type.word());
        }
        if (q.email() != null) {
            sql.append(" AND c.email = ?");
            params.add(q.email());
        }
        if (q.ip() != null) {
            sql.append(" AND c.ip = ?");
            params.add(q.ip());
        }
        if (whoIsIp) {
            sql.append(q.ip() != null || q.email() != null ? " AND +c.ip = ?" : " AND c.ip = ?");
            params.add(s.who());
        }
        boolean driverTaken = !listDrives;
        for (Match m : fts) {
            // The smallest list drives; any other is a membership test on rows found otherwise (+).
            boolean drives = !driverTaken && m.atLeast() == fewest;
            driverTaken |= drives;
            sql.append(drives ? " AND c.id IN " : " AND +c.id IN ")
                    .append("(SELECT rowid FROM comments_fts WHERE comments_fts MATCH ?)");
            params.add(m.query());
        }
        boolean narrowed = site != null || s.postId() != null || from != null || until != null
                || s.minScore() != null || s.who() != null || q.hasAuthorFilter() || !fts.isEmpty() || type != null;
        String index = pingIndex ? " INDEXED BY comments_pings" : postIndex ? " INDEXED BY comments_by_status_post"
                : authorIndex ? " INDEXED BY comments_by_author" : "";
        return new Where(index, sql.toString(), params, narrowed);
    }

    /** Whether {@code siteId} is the only site in the database (its filter then matches every comment). */
    private boolean onlySite(Long siteId) {
        if (siteId == null) {
            return true;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT id FROM sites ORDER BY id LIMIT 2");
             ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>(2);
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids.size() == 1 && ids.get(0).equals(siteId);
        } catch (SQLException e) {
            throw new StoreException("cannot read the sites: " + Database.explain(e), e);
        }
    }

    /** The first of the candidate queries that SQLite accepts; remembered for the last few texts. */
    private Match match(String key, List<String> candidates) {
        if (matches.containsKey(key)) {
            return matches.get(key);
        }
        Match found = null;
        for (String candidate : candidates) {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT count(*) FROM (SELECT rowid FROM comments_fts WHERE comments_fts MATCH ? LIMIT ?)")) {
                ps.setString(1, candidate);
                ps.setInt(2, LIST_DRIVES_COUNT + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    found = new Match(candidate, rs.next() ? rs.getLong(1) : 0);
                    break;
                }
            } catch (SQLException e) {
                if (!FtsQuery.isSyntaxError(e)) {
                    throw new StoreException("search failed: " + Database.explain(e), e);
                }
            }
        }
        matches.put(key, found);
        return found;
    }

    static String orderBy(QueueQuery q, boolean reversed) {
        boolean desc = q.descending() != reversed;
        String d = desc ? " DESC" : " ASC";
        switch (q.sort()) {
            case AUTHOR:
                return " ORDER BY c.author COLLATE NOCASE" + d + ", c.id" + d;
            case POST:
                return " ORDER BY c.site_id" + d + ", c.post_id" + d + ", c.date_gmt" + d + ", c.id" + d;
            case SCORE:
                return " ORDER BY c.score" + d + ", c.id" + d;
            case DATE:
            default:
                return " ORDER BY c.date_gmt" + d + ", c.id" + d;
        }
    }

    /**
     * The columns of {@link #orderBy} on table alias {@code t}, as one row value; a missing score counts as
     * -1, below every score, where SQLite's order puts NULL.
     */
    static String sortKey(SortKey sort, String t) {
        switch (sort) {
            case AUTHOR:
                return t + ".author COLLATE NOCASE, " + t + ".id";
            case POST:
                return t + ".site_id, " + t + ".post_id, " + t + ".date_gmt, " + t + ".id";
            case SCORE:
                return "coalesce(" + t + ".score, -1), " + t + ".id";
            case DATE:
            default:
                return t + ".date_gmt, " + t + ".id";
        }
    }

    static int bind(PreparedStatement ps, List<Object> params, int start) throws SQLException {
        int i = start;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
