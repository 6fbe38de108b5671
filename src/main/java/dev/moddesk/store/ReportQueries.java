package dev.moddesk.store;

import dev.moddesk.core.DateRange;
import dev.moddesk.core.ModerationReport.DayCounts;
import dev.moddesk.core.ModerationReport.ModeratorDay;
import dev.moddesk.core.ModerationReport.PostPending;
import dev.moddesk.core.ModerationReport;
import dev.moddesk.core.Status;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The figures of the Reports view and {@code report --json}, computed in SQLite on reader connections.
 *
 * <p>On a million comments every part reads an index only: comments per day by counting day ranges of the
 * {@code (status, date_gmt)} index (no sort of a million keys), the busiest posts from the
 * {@code (status, site_id, post_id)} index. The four parts run side by side, each on its own reader
 * connection, so the report takes about as long as its slowest part.
 */
public final class ReportQueries {
    /** Beyond this many days between a status's first and last comment, count by grouping instead of by range. */
    private static final long MAX_RANGE_DAYS = 20_000;
    private static final long DAY = 86_400;
    private static final long MMAP_BYTES = 1L << 30;

    private final Database db;

    public ReportQueries(Database db) {
        this.db = db;
    }

    /**
     * @param range which comments (by their date) and decisions (by their time) count; the busiest pending posts
     *              are those of now, whatever the range
     */
    public ModerationReport report(DateRange range, int topPosts) {
        Span seconds = new Span(range.fromEpochSecond(), range.untilEpochSecond());
        Span millis = new Span(range.fromEpochMilli(), range.untilEpochMilli());
        FutureTask<Long> median = start("median", c -> medianToDecision(c, seconds));
        FutureTask<List<DayCounts>> days = start("days", c -> perDay(c, seconds));
        FutureTask<List<ModeratorDay>> moderators = start("moderators", c -> perModerator(c, millis));
        try (Connection c = reader()) {
            List<PostPending> top = topPending(c, topPosts);
            return new ModerationReport(get(days), top, get(moderators), get(median));
        } catch (SQLException e) {
            throw new StoreException("cannot compute the report: " + Database.explain(e), e);
        } finally {
            for (FutureTask<?> t : List.of(median, days, moderators)) {
                t.cancel(false); // only matters when another part failed first
            }
        }
    }

    /**
     * A reader that maps the file into memory: the median's look-ups of decided comments jump around a big
     * table, and mapped pages spare a system call per page.
     */
    private Connection reader() throws SQLException {
        Connection c = db.openReader();
        try (var st = c.createStatement()) {
            st.execute("PRAGMA mmap_size = " + MMAP_BYTES);
        } catch (SQLException e) {
            c.close();
            throw e;
        }
        return c;
    }

    /** A range in one stored unit, open ends as the extreme values: {@code since <= x < until}. */
    private record Span(long since, long until) {
        Span(Long since, Long until) {
            this(since == null ? Long.MIN_VALUE : since, until == null ? Long.MAX_VALUE : until);
        }
    }

    @FunctionalInterface
    private interface Part<T> {
        T read(Connection c) throws SQLException;
    }

    private <T> FutureTask<T> start(String name, Part<T> part) {
        Callable<T> work = () -> {
            try (Connection c = reader()) {
                return part.read(c);
            }
        };
        FutureTask<T> task = new FutureTask<>(work);
        Thread t = new Thread(task, "moddesk-report-" + name);
        t.setDaemon(true);
        t.start();
        return task;
    }

    private static <T> T get(FutureTask<T> task) throws SQLException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("the report was interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof SQLException s) {
                throw s;
            }
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            throw new StoreException("cannot compute the report: " + cause, cause);
        }
    }

    private static List<DayCounts> perDay(Connection c, Span span) throws SQLException {
        Map<Long, DayCounts> days = new TreeMap<>();
        try (PreparedStatement bounds = c.prepareStatement("SELECT (SELECT min(date_gmt) FROM comments "
                + "WHERE status = ?1 AND date_gmt >= ?2 AND date_gmt < ?3), (SELECT max(date_gmt) FROM comments "
                + "WHERE status = ?1 AND date_gmt >= ?2 AND date_gmt < ?3)");
             // One index range count per day: each day is a slice of the (status, date_gmt) index.
             PreparedStatement ranges = c.prepareStatement("WITH RECURSIVE d(day) AS (SELECT ?2 UNION ALL "
                     + "SELECT day + 86400 FROM d WHERE day + 86400 <= ?3) SELECT day, (SELECT count(*) FROM comments "
                     + "WHERE status = ?1 AND date_gmt >= max(day, ?4) AND date_gmt < min(day + 86400, ?5)) FROM d");
             PreparedStatement grouped = c.prepareStatement("SELECT date_gmt / 86400 * 86400 - (date_gmt % 86400 < 0) * 86400, "
                     + "count(*) FROM comments WHERE status = ? AND date_gmt >= ? AND date_gmt < ? GROUP BY 1")) {
            for (Status status : DayCounts.STATUSES) {
                bounds.setString(1, status.word());
                bounds.setLong(2, span.since());
                bounds.setLong(3, span.until());
                long first;
                long last;
                try (ResultSet rs = bounds.executeQuery()) {
                    rs.next();
                    first = rs.getLong(1);
                    if (rs.wasNull()) {
                        continue; // no comment of this status in the range
                    }
                    last = rs.getLong(2);
                }
                long firstDay = Math.floorDiv(first, DAY) * DAY;
                PreparedStatement ps;
                if ((last - firstDay) / DAY <= MAX_RANGE_DAYS) {
                    ps = ranges;
                    ps.setString(1, status.word());
                    ps.setLong(2, firstDay);
                    ps.setLong(3, last);
                    ps.setLong(4, span.since());
                    ps.setLong(5, span.until());
                } else {
                    ps = grouped; // dates spread over centuries (broken dates): a sort is cheaper than the days
                    ps.setString(1, status.word());
                    ps.setLong(2, span.since());
                    ps.setLong(3, span.until());
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long n = rs.getLong(2);
                        if (n > 0) {
                            days.compute(rs.getLong(1), (day, counts) -> (counts == null
                                    ? DayCounts.none(LocalDate.ofEpochDay(Math.floorDiv(day, DAY)).toString()) : counts)
                                    .plus(status, n));
                        }
                    }
                }
            }
        }
        return List.copyOf(days.values());
    }

    private static List<PostPending> topPending(Connection c, int limit) throws SQLException {
        List<PostPending> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT s.base_url, t.post_id, coalesce(p.title, ''), t.n FROM "
                + "(SELECT site_id, post_id, count(*) AS n FROM comments "
                + " WHERE status = ? GROUP BY site_id, post_id ORDER BY n DESC, site_id, post_id LIMIT ?) t "
                + "JOIN sites s ON s.id = t.site_id "
                + "LEFT JOIN posts p ON p.site_id = t.site_id AND p.remote_id = t.post_id "
                + "ORDER BY t.n DESC, t.site_id, t.post_id")) {
            ps.setString(1, Status.PENDING.word());
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new PostPending(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getLong(4)));
                }
            }
        }
        return out;
    }

    private static List<ModeratorDay> perModerator(Connection c, Span millis) throws SQLException {
        List<ModeratorDay> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT date(at / 1000, 'unixepoch') AS day, moderator, count(*) "
                + "FROM audit_log WHERE at >= ? AND at < ? AND action <> 'undo' GROUP BY day, moderator "
                + "ORDER BY day, moderator")) {
            ps.setLong(1, millis.since());
            ps.setLong(2, millis.until());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ModeratorDay(rs.getString(1), rs.getString(2), rs.getLong(3)));
                }
            }
        }
        return out;
    }

    /**
     * Median seconds from a comment's date to the first decision on its status; null when nothing was decided. (An
     * edit or a reply is work of a moderator, counted per moderator, but not the decision the wait ends with.)
     */
    private static Long medianToDecision(Connection c, Span seconds) throws SQLException {
        // SQLite finds each decided comment's first decision and date; the sort is cheaper here than in SQL
        // (a window or a second pass over the delays cost more than reading them).
        long[] delays = new long[1024];
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT max(0, first_at / 1000 - c.date_gmt) FROM "
                + "(SELECT comment_id, min(at) AS first_at FROM audit_log WHERE action <> 'undo' AND kind = 'status' "
                + "GROUP BY comment_id) a "
                + "JOIN comments c ON c.id = a.comment_id WHERE c.date_gmt >= ? AND c.date_gmt < ?")) {
            ps.setLong(1, seconds.since());
            ps.setLong(2, seconds.until());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (n == delays.length) {
                        delays = Arrays.copyOf(delays, n * 2);
                    }
                    delays[n++] = rs.getLong(1);
                }
            }
        }
        if (n == 0) {
            return null;
        }
        Arrays.sort(delays, 0, n);
        return delays[(n - 1) / 2]; // the lower middle when the count is even
    }
}
