package dev.moddesk.app.reports;

import dev.moddesk.core.DateRange;
import dev.moddesk.core.ModerationReport.DayCounts;
import dev.moddesk.core.ModerationReport.ModeratorDay;
import dev.moddesk.core.ModerationReport.PostPending;
import dev.moddesk.core.ModerationReport;
import dev.moddesk.store.Database;
import dev.moddesk.store.ReportQueries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The Reports view's figures for a date range: the store's per-day counts gathered into buckets of a day,
 * a week, a month or a year (whichever keeps a chart to a readable number of bars), the busiest pending
 * posts, decisions per moderator per bucket, and the median time to a decision. Days are UTC dates.
 */
public final class Reports {
    /** The ranges the view offers; each ends today (or at the newest comment, if that lies ahead). */
    public enum Range {
        LAST_30_DAYS("Last 30 days", 30), LAST_90_DAYS("Last 90 days", 90), LAST_365_DAYS("Last 365 days", 365),
        ALL("All time", 0);

        private final String label;
        private final int days;

        Range(String label, int days) {
            this.label = label;
            this.days = days;
        }

        public String label() {
            return label;
        }

        /** The first day of the range ending {@code today}; null for all time. */
        public LocalDate firstDay(LocalDate today) {
            return days == 0 ? null : today.minusDays(days - 1L);
        }

        /** The UTC days from {@link #firstDay} on, with no end: comments dated ahead of the clock count too. */
        public DateRange dates(LocalDate today) {
            return DateRange.days(firstDay(today), null, ZoneOffset.UTC);
        }
    }

    /** How many days one bar stands for. */
    public enum Granularity {
        DAY("Day"), WEEK("Week starting"), MONTH("Month"), YEAR("Year");

        private final String axisLabel;

        Granularity(String axisLabel) {
            this.axisLabel = axisLabel;
        }

        /** What the category axis says (dates are UTC). */
        public String axisLabel() {
            return axisLabel + " (UTC)";
        }

        /** Days up to two months one by one, up to about half a year by week, up to ten years by month. */
        public static Granularity forSpan(long days) {
            return days <= 62 ? DAY : days <= 200 ? WEEK : days <= 3_660 ? MONTH : YEAR;
        }

        /** The first day of the bucket holding {@code day}. */
        public LocalDate bucketOf(LocalDate day) {
            switch (this) {
                case DAY: return day;
                case WEEK: return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case MONTH: return day.withDayOfMonth(1);
                default: return day.withDayOfYear(1);
            }
        }

        public LocalDate next(LocalDate bucket) {
            switch (this) {
                case DAY: return bucket.plusDays(1);
                case WEEK: return bucket.plusWeeks(1);
                case MONTH: return bucket.plusMonths(1);
                default: return bucket.plusYears(1);
            }
        }

        public String label(LocalDate bucket) {
            switch (this) {
                case MONTH: return bucket.toString().substring(0, 7);
                case YEAR: return String.valueOf(bucket.getYear());
                default: return bucket.toString();
            }
        }
    }

    /** Comments of one bucket by where they stand now; {@code other} is post-trashed. */
    public record Bucket(LocalDate start, String label, long pending, long approved, long spam, long trash, long other) {
        public long total() {
            return pending + approved + spam + trash + other;
        }

        /** Spam among the bucket's comments, 0..1 (0 when there are none). */
        public double spamShare() {
            long t = total();
            return t == 0 ? 0 : (double) spam / t;
        }
    }

    /** One moderator's decisions, one number per bucket (aligned with {@link Summary#buckets()}). */
    public record ModeratorSeries(String moderator, List<Long> perBucket) {
        public long total() {
            return perBucket.stream().mapToLong(Long::longValue).sum();
        }
    }

    /** Everything the view shows. */
    public record Summary(Range range, LocalDate from, LocalDate to, Granularity granularity, List<Bucket> buckets,
                          List<ModeratorSeries> moderators, List<PostPending> topPendingPosts,
                          Long medianSecondsToDecision, long millis) {
        public long comments() {
            return buckets.stream().mapToLong(Bucket::total).sum();
        }

        public long spam() {
            return buckets.stream().mapToLong(Bucket::spam).sum();
        }

        public double spamShare() {
            long t = comments();
            return t == 0 ? 0 : (double) spam() / t;
        }

        public long decisions() {
            return moderators.stream().mapToLong(ModeratorSeries::total).sum();
        }
    }

    /** At most this many moderators get a series of their own; the rest are summed as {@link #OTHERS}. */
    public static final int MAX_MODERATORS = 8;
    public static final String OTHERS = "others";
    public static final int TOP_POSTS = 10;

    private final Database db;

    public Reports(Database db) {
        this.db = db;
    }

    public Summary compute(Range range, LocalDate today) {
        long started = System.nanoTime();
        ModerationReport r = new ReportQueries(db).report(range.dates(today), TOP_POSTS);
        return summarise(range, today, r, (System.nanoTime() - started) / 1_000_000);
    }

    /** Gathers a store report into buckets: the part of the work that needs no database. */
    static Summary summarise(Range range, LocalDate today, ModerationReport r, long millis) {
        LocalDate from = range.firstDay(today);
        LocalDate to = today;
        LocalDate dataFirst = null;
        LocalDate dataLast = null;
        for (DayCounts d : r.perDay()) {
            LocalDate day = LocalDate.parse(d.day());
            dataFirst = dataFirst == null || day.isBefore(dataFirst) ? day : dataFirst;
            dataLast = dataLast == null || day.isAfter(dataLast) ? day : dataLast;
        }
        for (ModeratorDay m : r.decisionsPerModerator()) {
            LocalDate day = LocalDate.parse(m.day());
            dataFirst = dataFirst == null || day.isBefore(dataFirst) ? day : dataFirst;
            dataLast = dataLast == null || day.isAfter(dataLast) ? day : dataLast;
        }
        if (from == null) {
            from = dataFirst == null ? today : dataFirst;
            to = dataLast == null ? today : dataLast;
        } else if (dataLast != null && dataLast.isAfter(to)) {
            to = dataLast; // comments dated ahead of the clock still show
        }
        Granularity g = Granularity.forSpan(ChronoUnit.DAYS.between(from, to) + 1);

        TreeMap<LocalDate, long[]> counts = new TreeMap<>();
        for (LocalDate b = g.bucketOf(from); !b.isAfter(to); b = g.next(b)) {
            counts.put(b, new long[5]);
        }
        for (DayCounts d : r.perDay()) {
            long[] n = counts.computeIfAbsent(g.bucketOf(LocalDate.parse(d.day())), k -> new long[5]);
            n[0] += d.pending();
            n[1] += d.approved();
            n[2] += d.spam();
            n[3] += d.trash();
            n[4] += d.other();
        }
        Map<LocalDate, Integer> index = new HashMap<>();
        List<Bucket> buckets = new ArrayList<>(counts.size());
        counts.forEach((start, n) -> {
            index.put(start, buckets.size());
            buckets.add(new Bucket(start, g.label(start), n[0], n[1], n[2], n[3], n[4]));
        });

        Map<String, long[]> perModerator = new LinkedHashMap<>();
        for (ModeratorDay m : r.decisionsPerModerator()) {
            Integer i = index.get(g.bucketOf(LocalDate.parse(m.day())));
            if (i != null) {
                perModerator.computeIfAbsent(m.moderator(), k -> new long[buckets.size()])[i] += m.decisions();
            }
        }
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(perModerator.entrySet());
        ranked.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -sum(e.getValue()))
                .thenComparing(Map.Entry::getKey));
        List<ModeratorSeries> moderators = new ArrayList<>();
        long[] others = null;
        for (int k = 0; k < ranked.size(); k++) {
            long[] v = ranked.get(k).getValue();
            if (k < MAX_MODERATORS || ranked.size() == MAX_MODERATORS + 1) {
                moderators.add(new ModeratorSeries(ranked.get(k).getKey(), boxed(v)));
            } else {
                others = others == null ? new long[v.length] : others;
                for (int i = 0; i < v.length; i++) {
                    others[i] += v[i];
                }
            }
        }
        if (others != null) {
            moderators.add(new ModeratorSeries(OTHERS, boxed(others)));
        }
        return new Summary(range, from, to, g, Collections.unmodifiableList(buckets), List.copyOf(moderators),
                List.copyOf(r.topPendingPosts()), r.medianSecondsToDecision(), millis);
    }

    private static long sum(long[] v) {
        long s = 0;
        for (long x : v) {
            s += x;
        }
        return s;
    }

    private static List<Long> boxed(long[] v) {
        List<Long> out = new ArrayList<>(v.length);
        for (long x : v) {
            out.add(x);
        }
        return List.copyOf(out);
    }
}
