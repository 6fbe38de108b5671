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
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;

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
        static Bucket empty(LocalDate start, String label) {
            return new Bucket(start, label, 0, 0, 0, 0, 0);
        }

        Bucket plus(DayCounts d) {
            return new Bucket(start, label, pending + d.pending(), approved + d.approved(), spam + d.spam(),
                    trash + d.trash(), other + d.other());
        }

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

        /** The sum of several series, bucket by bucket, under one name. */
        static ModeratorSeries sum(String moderator, List<ModeratorSeries> series) {
            List<Long> sums = IntStream.range(0, series.get(0).perBucket().size())
                    .mapToObj(i -> series.stream().mapToLong(m -> m.perBucket().get(i)).sum()).toList();
            return new ModeratorSeries(moderator, sums);
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

    /**
     * Comments per UTC day by status, the {@code topPosts} busiest pending posts, decisions per moderator per day
     * and the median time to a decision, for comments dated and decisions made in {@code range}: what the command
     * line prints, and what {@link #compute} gathers for the view.
     */
    public ModerationReport report(DateRange range, int topPosts) {
        return new ReportQueries(db).report(range, topPosts);
    }

    /** The view's report of {@code range} ending {@code today} (a UTC date). */
    public Summary compute(Range range, LocalDate today) {
        long started = System.nanoTime();
        ModerationReport r = report(range.dates(today), TOP_POSTS);
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

        TreeMap<LocalDate, Bucket> byStart = new TreeMap<>();
        for (LocalDate b = g.bucketOf(from); !b.isAfter(to); b = g.next(b)) {
            byStart.put(b, Bucket.empty(b, g.label(b)));
        }
        for (DayCounts d : r.perDay()) {
            byStart.compute(g.bucketOf(LocalDate.parse(d.day())),
                    (start, b) -> (b == null ? Bucket.empty(start, g.label(start)) : b).plus(d));
        }
        List<Bucket> buckets = List.copyOf(byStart.values());
        List<ModeratorSeries> moderators = moderators(r.decisionsPerModerator(), g, List.copyOf(byStart.keySet()));
        return new Summary(range, from, to, g, buckets, moderators,
                List.copyOf(r.topPendingPosts()), r.medianSecondsToDecision(), millis);
    }

    /**
     * Each moderator's decisions per bucket, the busiest first; beyond {@link #MAX_MODERATORS} the rest are summed
     * as {@link #OTHERS} (unless that would be one moderator alone). Decisions outside the buckets are left out.
     */
    private static List<ModeratorSeries> moderators(List<ModeratorDay> days, Granularity g, List<LocalDate> starts) {
        Set<LocalDate> known = Set.copyOf(starts);
        Map<String, Map<LocalDate, Long>> perModerator = new HashMap<>();
        for (ModeratorDay m : days) {
            LocalDate start = g.bucketOf(LocalDate.parse(m.day()));
            if (known.contains(start)) {
                perModerator.computeIfAbsent(m.moderator(), k -> new HashMap<>())
                        .merge(start, m.decisions(), Long::sum);
            }
        }
        List<ModeratorSeries> ranked = new ArrayList<>();
        perModerator.forEach((name, perStart) -> ranked.add(new ModeratorSeries(name,
                starts.stream().map(start -> perStart.getOrDefault(start, 0L)).toList())));
        ranked.sort(Comparator.comparingLong(ModeratorSeries::total).reversed()
                .thenComparing(ModeratorSeries::moderator));
        if (ranked.size() <= MAX_MODERATORS + 1) {
            return List.copyOf(ranked);
        }
        List<ModeratorSeries> out = new ArrayList<>(ranked.subList(0, MAX_MODERATORS));
        out.add(ModeratorSeries.sum(OTHERS, ranked.subList(MAX_MODERATORS, ranked.size())));
        return List.copyOf(out);
    }
}
