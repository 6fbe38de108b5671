package dev.moddesk.store;

import dev.moddesk.checks.AuthorChecks;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The desk's queue as pages: how many rows a view has, one page of rows at an offset, the row ids of a
 * whole view (for "select all matching"), and how many each status view would show under the same filters.
 * Filtering and ordering happen in SQLite; a page deep in a large view is read from the nearer end (the
 * order reversed), so the last page costs what the first does.
 *
 * <p>How the filters meet the indexes (schemas 4 and 5; plans checked on a 1,000,000-comment database, see
 * {@link #plan}): status views walk {@code comments_by_status_date}; a site filter is tested row by row (no
 * index: it only matters with several sites), and on a database holding one site it is dropped as it matches
 * every row; a post filter {@code comments_by_status_post} (status, site, post, date), which also orders the
 * post sort; the score filter and sort are tested row by row (no score before triage); the author sort
 * {@code comments_by_author}; a
 * date range the date column of whichever index leads; author/email/IP text the full-text index (its author,
 * email and ip columns), an IP address typed in full {@code comments_by_ip}. In page queries conditions that
 * must not drive the plan carry a unary {@code +}: the date order then comes from an index and the first page
 * stops after 100 rows instead of sorting every match. Not thread-safe: one instance per connection and thread.
 */
public final class QueuePages {
    /** Full-text matches up to this many are read by row id and sorted; more are tested along an index's order. */
    private static final int MANY_MATCHES = 5_000;
    /** Counting, matches up to this many are looked up by row id; more are tested along a status index. */
    private static final int LIST_DRIVES_COUNT = 50_000;
    private static final String COLUMNS = "c.id, c.remote_id, c.author, c.email, c.ip, substr(c.content, 1, 400), "
            + "coalesce(p.title, ''), c.date_gmt, c.score, c.status, c.site_status, c.decision, c.conflict";
    private static final String JOIN = " LEFT JOIN posts p ON p.site_id = c.site_id AND p.remote_id = c.post_id";
    /** Every status the "All" view shows: all but the local tombstone and the comments the site no longer has. */
    private static final List<Status> VISIBLE = Arrays.stream(Status.values())
            .filter(s -> s != Status.DELETED && s != Status.GONE).toList();
    private static final String VISIBLE_IN = VISIBLE.stream().map(s -> "'" + s.word() + "'")
            .collect(Collectors.joining(", ", "(", ")"));

    private final Connection c;
    private final Map<String, Match> matches = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Match> eldest) {
            return size() > 4;
        }
    };

    public QueuePages(Connection connection) {
        this.c = connection;
    }

    /** A text turned into an FTS5 query that parses, and whether it matches many rows. */
    private record Match(String query, long atLeast) { }

    /** The index to use (" INDEXED BY …" or empty), the WHERE part and its parameters. */
    private record Where(String index, String sql, List<Object> params, boolean narrowed) { }

    /** What a statement is for: counting (conditions may drive by any index) or reading rows in order. */
    private enum Use { COUNT, ROWS }

    /** How many rows the view has. */
    public long count(QueueQuery q) {
        Where w = where(q, Use.COUNT);
        if (w == null) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM comments c" + w.index() + w.sql())) {
            bind(ps, w.params(), 1);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the queue: " + Database.explain(e), e);
        }
    }

    /**
     * How many comments each status view (and Conflicts) would show under {@code q}'s filters, search and
     * author filter; {@code q}'s own status view is ignored. {@code total} is the All view, {@code unpushed}
     * is not counted here (0).
     */
    public StatusCounts counts(QueueQuery q) {
        QueueQuery all = q.withFilter(new QueueFilter(null, false, q.filter().search()));
        Where w = where(all, Use.COUNT);
        if (w == null) {
            return new StatusCounts(0, 0, 0, 0, 0, 0, 0, 0);
        }
        Scope s = q.scope();
        boolean bySite = !q.hasAuthorFilter() && !q.filter().hasSearch() && s.postId() == null && s.withSite(null).isEmpty();
        Map<Status, Long> by = new EnumMap<>(Status.class);
        // nothing but a site narrows: the counts kept by triggers answer at once
        String sql = bySite ? "SELECT status, sum(n) FROM comment_counts" + (s.siteId() == null ? "" : " WHERE site_id = ?")
                + " GROUP BY status" : countsSql(w);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (!bySite) {
                bind(ps, w.params(), 1);
            } else if (s.siteId() != null) {
                ps.setLong(1, s.siteId());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long n = rs.getLong(2);
                    Status.fromWord(rs.getString(1)).filter(VISIBLE::contains).ifPresent(st -> by.merge(st, n, Long::sum));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot count the queue: " + Database.explain(e), e);
        }
        long conflicts = count(q.withFilter(new QueueFilter(null, true, q.filter().search())));
        long total = by.values().stream().mapToLong(Long::longValue).sum();
        return new StatusCounts(total, by.getOrDefault(Status.PENDING, 0L), by.getOrDefault(Status.APPROVED, 0L),
                by.getOrDefault(Status.SPAM, 0L), by.getOrDefault(Status.TRASH, 0L),
                by.getOrDefault(Status.POST_TRASHED, 0L), conflicts, 0);
    }

    /** Counts by status: of the whole table when nothing narrows (one pass over the smallest status index). */
    private static String countsSql(Where all) {
        if (!all.narrowed()) {
            return "SELECT c.status, count(*) FROM comments c GROUP BY c.status"; // the tombstones are skipped below
        }
        // grouping by an expression: the filters choose the index, not the grouping (five groups sort at once)
        return "SELECT c.status, count(*) FROM comments c" + all.index() + all.sql() + " GROUP BY +c.status";
    }

    /** Rows {@code offset .. offset+limit-1} of the view, whose size is {@code total} (from {@link #count}). */
    public List<QueueRow> page(QueueQuery q, long offset, int limit, long total) {
        Where w = where(q, Use.ROWS);
        if (w == null || offset >= total || limit <= 0) {
            return List.of();
        }
        boolean fromEnd = offset > total / 2;
        long off = offset;
        long lim = Math.min(limit, total - offset);
        if (fromEnd) {
            off = Math.max(0, total - offset - lim);
        }
        String sql = pageSql(w, q, fromEnd);
        List<QueueRow> out = new ArrayList<>((int) lim);
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, w.params(), 1);
            ps.setLong(i++, lim);
            ps.setLong(i, off);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(row(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
        if (fromEnd) {
            Collections.reverse(out);
        }
        return out;
    }

    /**
     * Streams whole comments of the view to {@code each}, in the view's order ({@code limit} ≤ 0: all of them):
     * the command line's {@code list}, the same queue as the desk's.
     */
    public void items(QueueQuery q, int limit, Consumer<QueueItem> each) {
        Where w = where(q, Use.ROWS);
        if (w == null) {
            return;
        }
        String sql = "SELECT " + CommentQueries.ITEM_COLUMNS + " FROM comments c" + w.index() + CommentQueries.ITEM_JOINS
                + w.sql() + orderBy(q, false) + " LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(bind(ps, w.params(), 1), limit > 0 ? limit : -1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    each.accept(CommentQueries.item(rs));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    /** The row ids of the whole view, in the view's order. */
    public List<Long> rowIds(QueueQuery q) {
        return rowIds(q, 0, -1);
    }

    /** The row ids of rows {@code offset ..} of the view ({@code limit} < 0: to the end). */
    public List<Long> rowIds(QueueQuery q, long offset, long limit) {
        Where w = where(q, Use.ROWS);
        if (w == null) {
            return List.of();
        }
        String sql = "SELECT c.id FROM comments c" + w.index() + w.sql() + orderBy(q, false) + " LIMIT ? OFFSET ?";
        List<Long> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, w.params(), 1);
            ps.setLong(i++, limit);
            ps.setLong(i, offset);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    /**
     * Where the comment with row id {@code rowId} stands in the view (0-based), or -1 when the view does not
     * hold it: how many rows the view's order puts before it.
     */
    public long position(QueueQuery q, long rowId) {
        Where w = where(q, Use.COUNT);
        if (w == null) {
            return -1;
        }
        String from = "SELECT count(*) FROM comments c" + w.index() + w.sql();
        if (countWith(from + " AND c.id = ?", w.params(), rowId) == 0) {
            return -1;
        }
        String before = " AND (" + sortKey(q.sort(), "c") + ") " + (q.descending() ? ">" : "<")
                + " (SELECT " + sortKey(q.sort(), "k") + " FROM comments k WHERE k.id = ?)";
        return countWith(from + before, w.params(), rowId);
    }

    /** Which of {@code rowIds} the view holds now. */
    public Set<Long> inView(QueueQuery q, Collection<Long> rowIds) {
        Where w = where(q, Use.COUNT);
        if (w == null || rowIds.isEmpty()) {
            return Set.of();
        }
        String sql = "SELECT c.id FROM comments c" + w.index() + w.sql() + " AND c.id IN (SELECT value FROM json_each(?))";
        Set<Long> out = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = bind(ps, w.params(), 1);
            ps.setString(i, rowIds.stream().map(String::valueOf).collect(Collectors.joining(",", "[", "]")));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new StoreException("cannot read the queue: " + Database.explain(e), e);
        }
    }

    private long countWith(String sql, List<Object> params, long rowId) {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(bind(ps, params, 1), rowId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (SQLException e) {
            throw new StoreException("cannot find the comment in the queue: " + Database.explain(e), e);
        }
    }

    /**
     * The columns of {@link #orderBy} on table alias {@code t}, as one row value; a missing score counts as
     * -1, below every score, where SQLite's order puts NULL.
     */
    private static String sortKey(SortKey sort, String t) {
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

    /**
     * SQLite's plan (EXPLAIN QUERY PLAN, one line per step) for counting {@code q} and for reading its first
     * page: what the tests and the benchmark look at to keep every filter on an index.
     */
    public List<String> plan(QueueQuery q) {
        Where count = where(q, Use.COUNT);
        Where rows = where(q, Use.ROWS);
        List<String> out = new ArrayList<>();
        if (count == null) {
            return out;
        }
        explain("count: ", "SELECT count(*) FROM comments c" + count.index() + count.sql(), count.params(), out);
        // the page's row ids; the 100 rows are then read by row id and sorted (always the same, not shown)
        explain("page: ", "SELECT c.id FROM comments c" + rows.index() + rows.sql() + orderBy(q, false) + " LIMIT 100",
                rows.params(), out);
        Where all = where(q.withFilter(new QueueFilter(null, false, q.filter().search())), Use.COUNT);
        explain("counts: ", countsSql(all), all.params(), out);
        return out;
    }

    private void explain(String prefix, String sql, List<Object> params, List<String> out) {
        try (PreparedStatement ps = c.prepareStatement("EXPLAIN QUERY PLAN " + sql)) {
            bind(ps, params, 1);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(prefix + rs.getString(4));
                }
            }
        } catch (SQLException e) {
            throw new StoreException("cannot explain the queue: " + Database.explain(e), e);
        }
    }

    /**
     * A page: the row ids first, from the index alone where it can (an OFFSET then skips index entries, and
     * SQLite stops early in each status range of an IN list), then the 100 rows with their post titles.
     */
    private static String pageSql(Where w, QueueQuery q, boolean reversed) {
        String order = orderBy(q, reversed);
        return "SELECT " + COLUMNS + " FROM comments c" + JOIN + " WHERE c.id IN (SELECT c.id FROM comments c" + w.index()
                + w.sql() + order + " LIMIT ? OFFSET ?)" + order;
    }

    private static String orderBy(QueueQuery q, boolean reversed) {
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
    private Where where(QueueQuery q, Use use) {
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
        boolean postIndex = !point && !listDrives && !q.filter().conflictsOnly()
                && (s.postId() != null || rows && q.sort() == SortKey.POST);
        boolean authorIndex = !point && !listDrives && !postIndex && !q.filter().conflictsOnly() && rows
                && q.sort() == SortKey.AUTHOR && site == null;
        // everything but the driver is only tested, row by row
        boolean testOnly = point || listDrives;
        String p = testOnly ? "+" : "";

        StringBuilder sql = new StringBuilder(" WHERE ");
        List<Object> params = new ArrayList<>();
        if (q.filter().conflictsOnly()) {
            sql.append(rows && testOnly ? "+" : "").append("c.conflict = 1");
        } else if (q.filter().status() != null) {
            // an email or IP drives through its own index; the status is then tested on those few rows
            sql.append(testOnly && (rows || point) || listDrives ? "+" : "").append("c.status = ?");
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
                || s.minScore() != null || s.who() != null || q.hasAuthorFilter() || !fts.isEmpty();
        String index = postIndex ? " INDEXED BY comments_by_status_post" : authorIndex ? " INDEXED BY comments_by_author" : "";
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

    private static int bind(PreparedStatement ps, List<Object> params, int start) throws SQLException {
        int i = start;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }

    private static QueueRow row(ResultSet rs) throws SQLException {
        double score = rs.getDouble(9);
        Double scoreOrNull = rs.wasNull() ? null : score;
        String decision = rs.getString(12);
        return new QueueRow(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getLong(8), scoreOrNull, status(rs.getString(10)),
                status(rs.getString(11)), decision == null ? null : status(decision), rs.getInt(13) == 1);
    }

    private static Status status(String word) {
        return Status.fromWord(word).orElse(Status.PENDING);
    }
}
