package dev.moddesk.app.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.reports.Reports.Bucket;
import dev.moddesk.app.reports.Reports.Granularity;
import dev.moddesk.app.reports.Reports.Range;
import dev.moddesk.app.reports.Reports.Summary;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.ModerationReport.DayCounts;
import dev.moddesk.core.ModerationReport.ModeratorDay;
import dev.moddesk.core.ModerationReport;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Reports service: ranges, buckets that keep charts readable, moderators, and figures that match the store. */
class ReportsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    @TempDir
    Path dir;

    @Test
    void granularityKeepsTheNumberOfBarsReadable() {
        assertEquals(Granularity.DAY, Granularity.forSpan(30));
        assertEquals(Granularity.DAY, Granularity.forSpan(62));
        assertEquals(Granularity.WEEK, Granularity.forSpan(90));
        assertEquals(Granularity.MONTH, Granularity.forSpan(365));
        assertEquals(Granularity.YEAR, Granularity.forSpan(20_000));
        assertEquals(LocalDate.of(2026, 11, 23), Granularity.WEEK.bucketOf(TODAY)); // a Monday
        assertEquals("2026-11", Granularity.MONTH.label(Granularity.MONTH.bucketOf(TODAY)));
        assertEquals(LocalDate.of(2026, 10, 29), Range.LAST_30_DAYS.firstDay(TODAY));
        assertNull(Range.ALL.firstDay(TODAY));
    }

    @Test
    void aRangeOfThirtyDaysHasThirtyDailyBarsEvenWhereNothingHappened() {
        ModerationReport r = new ModerationReport(List.of(day("2026-11-01", 5, 1, 2, 0, 0), day("2026-11-27", 1, 0, 0, 0, 1)),
                List.of(), List.of(new ModeratorDay("2026-11-27", "alice", 3)), 600L);
        Summary s = Reports.summarise(Range.LAST_30_DAYS, TODAY, r, 7);
        assertEquals(Granularity.DAY, s.granularity());
        assertEquals(30, s.buckets().size());
        assertEquals("2026-10-29", s.buckets().get(0).label());
        assertEquals("2026-11-27", s.buckets().get(29).label());
        assertEquals(10, s.comments());
        assertEquals(2.0 / 10, s.spamShare(), 1e-9);
        assertEquals(1, s.moderators().size());
        assertEquals(3, s.moderators().get(0).perBucket().get(29));
        assertEquals(3, s.decisions());
        assertEquals(600L, s.medianSecondsToDecision());
    }

    @Test
    void manyDaysAreGatheredIntoWeeksOrMonthsWithTheSameTotals() {
        List<DayCounts> days = new ArrayList<>();
        LocalDate d = TODAY.minusDays(364);
        for (int i = 0; i < 365; i++, d = d.plusDays(1)) {
            days.add(day(d.toString(), i % 3, 1, i % 5 == 0 ? 1 : 0, 0, 0));
        }
        ModerationReport r = new ModerationReport(days, List.of(), List.of(), null);
        Summary year = Reports.summarise(Range.LAST_365_DAYS, TODAY, r, 1);
        assertEquals(Granularity.MONTH, year.granularity());
        assertEquals(13, year.buckets().size(), "Nov 2025 … Nov 2026");
        long expected = days.stream().mapToLong(DayCounts::total).sum();
        assertEquals(expected, year.comments());
        Summary all = Reports.summarise(Range.ALL, TODAY, r, 1);
        assertEquals(expected, all.comments());
        assertEquals(TODAY.minusDays(364), all.from());
        assertEquals(TODAY, all.to());
        Summary quarter = Reports.summarise(Range.LAST_90_DAYS, TODAY, new ModerationReport(days.subList(275, 365),
                List.of(), List.of(), null), 1);
        assertEquals(Granularity.WEEK, quarter.granularity());
        assertTrue(quarter.buckets().size() <= 14, "about 13 weeks: " + quarter.buckets().size());
        assertEquals(days.subList(275, 365).stream().mapToLong(DayCounts::total).sum(), quarter.comments());
    }

    @Test
    void theBusiestModeratorsGetSeriesOfTheirOwnAndTheRestAreSummed() {
        List<ModeratorDay> md = new ArrayList<>();
        for (int m = 0; m < 11; m++) {
            md.add(new ModeratorDay("2026-11-20", "mod" + (char) ('a' + m), 100 - m));
        }
        Summary s = Reports.summarise(Range.LAST_30_DAYS, TODAY, new ModerationReport(List.of(), List.of(), md, null), 1);
        assertEquals(Reports.MAX_MODERATORS + 1, s.moderators().size());
        assertEquals("moda", s.moderators().get(0).moderator());
        assertEquals(Reports.OTHERS, s.moderators().get(Reports.MAX_MODERATORS).moderator());
        assertEquals(92 + 91 + 90, s.moderators().get(Reports.MAX_MODERATORS).total());
        assertEquals(LongStream.range(0, 11).map(m -> 100 - m).sum(), s.decisions());
    }

    @Test
    void computedFiguresMatchTheStore() {
        Path file = dir.resolve("r.db");
        try (Workspace desk = Fixtures.desk(file, 500, "alice")) {
            desk.moderation().decide(List.of(StoreProbe.rowId(file, 1), StoreProbe.rowId(file, 2)), ModerationAction.SPAM);
            Summary s = desk.admin().reports().compute(Range.ALL, LocalDate.now());
            assertEquals(500, s.comments());
            assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'spam'"), s.spam());
            assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending'"),
                    s.buckets().stream().mapToLong(Bucket::pending).sum());
            assertEquals(2, s.decisions());
            assertEquals("alice", s.moderators().get(0).moderator());
            assertEquals(Fixtures.count(500, Status.PENDING) - 2, s.topPendingPosts().stream()
                    .mapToLong(ModerationReport.PostPending::pending).sum());
            assertTrue(s.medianSecondsToDecision() > 0);
        }
    }

    private static DayCounts day(String day, long pending, long approved, long spam, long trash, long other) {
        return new DayCounts(day, pending, approved, spam, trash, other);
    }
}
