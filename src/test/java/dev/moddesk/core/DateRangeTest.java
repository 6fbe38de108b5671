package dev.moddesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one date range: people's days and typed dates in, the database's seconds and milliseconds out. */
class DateRangeTest {
    private static final LocalDate DAY = LocalDate.of(2026, 1, 31);
    private static final Instant DAY_UTC = Instant.parse("2026-01-31T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    /** Whether a comment dated {@code t} (whole seconds) is inside, tested as the store tests it. */
    private static boolean holdsSecond(DateRange r, Instant t) {
        long s = t.getEpochSecond();
        return (r.fromEpochSecond() == null || s >= r.fromEpochSecond())
                && (r.untilEpochSecond() == null || s < r.untilEpochSecond());
    }

    /** Whether a decision made at {@code t} (whole milliseconds) is inside, tested as the store tests it. */
    private static boolean holdsMilli(DateRange r, Instant t) {
        long ms = t.toEpochMilli();
        return (r.fromEpochMilli() == null || ms >= r.fromEpochMilli())
                && (r.untilEpochMilli() == null || ms < r.untilEpochMilli());
    }

    @Test
    void wholeDaysIncludeBothEndDaysAndNothingAround() {
        DateRange r = DateRange.days(DAY, DAY.plusDays(1), ZoneOffset.UTC);
        assertEquals(DAY_UTC, r.from());
        assertEquals(DAY_UTC.plus(Duration.ofDays(2)), r.until());
        assertTrue(holdsSecond(r, DAY_UTC), "the first second of the first day");
        assertTrue(holdsSecond(r, DAY_UTC.plus(Duration.ofDays(2)).minusSeconds(1)), "the last second of the last day");
        assertFalse(holdsSecond(r, DAY_UTC.minusSeconds(1)), "the day before");
        assertFalse(holdsSecond(r, DAY_UTC.plus(Duration.ofDays(2))), "the day after");
        assertTrue(holdsMilli(r, DAY_UTC.plus(Duration.ofDays(2)).minusMillis(1)));
        assertFalse(holdsMilli(r, DAY_UTC.plus(Duration.ofDays(2))));
        assertFalse(holdsMilli(r, DAY_UTC.minusMillis(1)));

        assertEquals(DAY_UTC.getEpochSecond(), r.fromEpochSecond());
        assertEquals(DAY_UTC.toEpochMilli(), r.fromEpochMilli());
        assertEquals(r.fromEpochSecond() * 1000, r.fromEpochMilli(), "seconds and milliseconds name the same moment");
        assertEquals(r.untilEpochSecond() * 1000, r.untilEpochMilli());
    }

    @Test
    void anOpenEndIsNullInEveryUnit() {
        assertEquals(DateRange.ALL, DateRange.days(null, null, BERLIN));
        DateRange since = DateRange.days(DAY, null, ZoneOffset.UTC);
        assertNull(since.untilEpochSecond());
        assertNull(since.untilEpochMilli());
        assertNull(since.lastDay(ZoneOffset.UTC));
        assertTrue(holdsSecond(since, Instant.parse("9999-12-31T23:59:59Z")));
        DateRange until = DateRange.days(null, DAY, ZoneOffset.UTC);
        assertNull(until.fromEpochSecond());
        assertNull(until.fromEpochMilli());
        assertNull(until.firstDay(ZoneOffset.UTC));
        assertTrue(holdsSecond(until, Instant.ofEpochSecond(-86_400L * 365 * 100)), "dates before 1970 too");
    }

    @Test
    void daysAreTheUsersDaysInTheirZone() {
        ZoneId tokyo = ZoneId.of("Asia/Tokyo");
        DateRange r = DateRange.days(DAY, DAY, tokyo);
        assertEquals(Instant.parse("2026-01-30T15:00:00Z"), r.from());
        assertEquals(Instant.parse("2026-01-31T15:00:00Z"), r.until());
        ZoneId newYork = ZoneId.of("America/New_York");
        assertEquals(Instant.parse("2026-01-31T05:00:00Z"), DateRange.days(DAY, DAY, newYork).from());
        for (ZoneId zone : List.of(tokyo, newYork, BERLIN, ZoneOffset.UTC)) {
            DateRange days = DateRange.days(DAY, DAY.plusDays(6), zone);
            assertEquals(DAY, days.firstDay(zone), zone.toString());
            assertEquals(DAY.plusDays(6), days.lastDay(zone), zone.toString());
        }
    }

    @Test
    void clockChangesMakeDaysOf23And25Hours() {
        LocalDate spring = LocalDate.of(2026, 3, 29);
        LocalDate autumn = LocalDate.of(2026, 10, 25);
        DateRange short23 = DateRange.days(spring, spring, BERLIN);
        DateRange long25 = DateRange.days(autumn, autumn, BERLIN);
        assertEquals(Duration.ofHours(23), Duration.between(short23.from(), short23.until()));
        assertEquals(Duration.ofHours(25), Duration.between(long25.from(), long25.until()));
        assertEquals(Instant.parse("2026-03-28T23:00:00Z"), short23.from(), "midnight of winter time");
        assertEquals(Instant.parse("2026-03-29T22:00:00Z"), short23.until(), "midnight of summer time");
        assertEquals(spring, short23.lastDay(BERLIN));
        assertEquals(autumn, long25.lastDay(BERLIN));
        // São Paulo skipped midnight on 2018-11-04: that day began at 01:00 local time
        ZoneId saoPaulo = ZoneId.of("America/Sao_Paulo");
        LocalDate skipped = LocalDate.of(2018, 11, 4);
        DateRange gap = DateRange.days(skipped, skipped, saoPaulo);
        assertEquals(Instant.parse("2018-11-04T03:00:00Z"), gap.from());
        assertEquals(Duration.ofHours(23), Duration.between(gap.from(), gap.until()));
        assertEquals(skipped, gap.firstDay(saoPaulo));
        assertEquals(skipped, gap.lastDay(saoPaulo));
    }

    @Test
    void aBareDateOnTheCommandLineIsAWholeUtcDay() {
        assertEquals(DAY_UTC, DateRange.parseStart("2026-01-31"));
        assertEquals(DAY_UTC.plus(Duration.ofDays(1)), DateRange.parseEnd("2026-01-31"), "--until includes its day");
        assertEquals(DateRange.days(DAY, DAY, ZoneOffset.UTC),
                new DateRange(DateRange.parseStart("2026-01-31"), DateRange.parseEnd("2026-01-31")));
        assertEquals(DAY_UTC, DateRange.parseStart(" 2026-01-31 "));
    }

    @Test
    void aTimestampOnTheCommandLineIsThatMomentUtcUnlessItSaysOtherwise() {
        Instant ten = Instant.parse("2026-01-31T10:00:00Z");
        for (String t : List.of("2026-01-31T10:00:00", "2026-01-31 10:00:00", "2026-01-31T10:00", "2026-01-31T10:00:00Z",
                "2026-01-31T12:00:00+02:00", "2026-01-31T05:00:00-05:00")) {
            assertEquals(ten, DateRange.parseStart(t), t);
            assertEquals(ten, DateRange.parseEnd(t), "an --until timestamp ends there (excluded): " + t);
        }
        DateRange r = new DateRange(DateRange.parseStart("2026-01-31T10:00:00"), DateRange.parseEnd("2026-01-31T11:00:00"));
        assertTrue(holdsSecond(r, ten));
        assertTrue(holdsSecond(r, ten.plusSeconds(3599)));
        assertFalse(holdsSecond(r, ten.plusSeconds(3600)));
    }

    @Test
    void whatIsNotADateIsRefused() {
        for (String t : List.of("yesterday", "2026-02-30", "31/01/2026", "2026-1-31", "2026-01-31T25:00:00", "",
                "2026-01-31 10:00:00Z", "2026-01-31T10:00:00+0200")) {
            assertThrows(DateTimeParseException.class, () -> DateRange.parseStart(t), t);
            assertThrows(DateTimeParseException.class, () -> DateRange.parseEnd(t), t);
        }
    }

    @Test
    void aMomentInsideAUnitAdmitsThatUnitFromTheNextOneOn() {
        // 10:00:00.5: a comment at 10:00:00 is before it, one at 10:00:01 after it; likewise for milliseconds
        Instant half = Instant.parse("2026-01-31T10:00:00.500Z");
        DateRange from = new DateRange(half, null);
        assertFalse(holdsSecond(from, half.minusMillis(500)));
        assertTrue(holdsSecond(from, half.plusMillis(500)));
        DateRange until = new DateRange(null, half);
        assertTrue(holdsSecond(until, half.minusMillis(500)));
        assertFalse(holdsSecond(until, half.plusMillis(500)));
        Instant micro = Instant.parse("2026-01-31T10:00:00.000001Z");
        assertEquals(micro.toEpochMilli() + 1, new DateRange(micro, null).fromEpochMilli());
        // before 1970 the same way up: -0.5 s starts with second 0 and millisecond -500
        DateRange early = new DateRange(Instant.ofEpochSecond(-1, 500_000_000), null);
        assertEquals(0L, early.fromEpochSecond());
        assertEquals(-500L, early.fromEpochMilli());
    }

    @Test
    void aRangeThatEndsBeforeItStartsHoldsNothing() {
        DateRange backwards = DateRange.days(DAY, DAY.minusDays(3), ZoneOffset.UTC);
        for (long h = -100; h <= 100; h++) {
            assertFalse(holdsSecond(backwards, DAY_UTC.plus(Duration.ofHours(h))));
        }
    }
}
