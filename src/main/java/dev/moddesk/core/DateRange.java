package dev.moddesk.core;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * A span of time as a person picks it (whole days in their time zone, or dates typed on the command line), and
 * the one place it turns into the database's units: comments' {@code date_gmt} in epoch seconds, audit and
 * decision times in epoch milliseconds. {@code from} is included, {@code until} is not; a null end is open.
 * A range that ends before it starts holds nothing.
 */
public record DateRange(Instant from, Instant until) {
    /** Every time there is. */
    public static final DateRange ALL = new DateRange(null, null);

    /**
     * Whole days in {@code zone}, {@code first} and {@code last} both included; null leaves that end open. A day
     * runs from its first moment (where a clock change skips midnight, the first hour after the gap) to the
     * next day's, so it may last 23 or 25 hours.
     */
    public static DateRange days(LocalDate first, LocalDate last, ZoneId zone) {
        return new DateRange(first == null ? null : startOf(first, zone),
                last == null ? null : startOf(last.plusDays(1), zone));
    }

    /**
     * Where a command-line "since" date starts: a bare date ({@code 2026-01-31}) at the start of that UTC day; a
     * timestamp ({@code 2026-01-31T10:00:00}, a space may stand for the {@code T}) at that moment, in UTC unless
     * it ends in {@code Z} or an offset ({@code +02:00}).
     *
     * @throws DateTimeParseException when the text is neither
     */
    public static Instant parseStart(String text) {
        String t = text.strip();
        return isBareDate(t) ? startOf(LocalDate.parse(t), ZoneOffset.UTC) : timestamp(t);
    }

    /**
     * Where a command-line "until" date ends (excluded): a bare date includes its whole UTC day, so the range
     * ends at the start of the next; a timestamp ends the range at that moment (read as {@link #parseStart}).
     *
     * @throws DateTimeParseException when the text is neither
     */
    public static Instant parseEnd(String text) {
        String t = text.strip();
        return isBareDate(t) ? startOf(LocalDate.parse(t).plusDays(1), ZoneOffset.UTC) : timestamp(t);
    }

    /** The first whole second inside the range, for {@code date_gmt >= ?}; null when open. */
    public Long fromEpochSecond() {
        return from == null ? null : ceilSeconds(from);
    }

    /** The first whole second after the range, for {@code date_gmt < ?}; null when open. */
    public Long untilEpochSecond() {
        return until == null ? null : ceilSeconds(until);
    }

    /** The first whole millisecond inside the range, for audit and decision times; null when open. */
    public Long fromEpochMilli() {
        return from == null ? null : ceilMillis(from);
    }

    /** The first whole millisecond after the range; null when open. */
    public Long untilEpochMilli() {
        return until == null ? null : ceilMillis(until);
    }

    /** The day in {@code zone} the range starts on; null when open. */
    public LocalDate firstDay(ZoneId zone) {
        return from == null ? null : LocalDate.ofInstant(from, zone);
    }

    /** The last day in {@code zone} the range covers (the day of its last moment); null when open. */
    public LocalDate lastDay(ZoneId zone) {
        return until == null ? null : LocalDate.ofInstant(until.minusNanos(1), zone);
    }

    private static Instant startOf(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    private static boolean isBareDate(String t) {
        return t.length() == 10;
    }

    private static Instant timestamp(String t) {
        if (t.endsWith("Z") || t.matches(".*[+-]\\d\\d:\\d\\d$")) {
            return OffsetDateTime.parse(t).toInstant();
        }
        return LocalDateTime.parse(t.replace(' ', 'T')).toInstant(ZoneOffset.UTC);
    }

    // Stored times are whole units: a bound inside a unit admits that unit from the next one on (x >= t and
    // x < t hold for a whole x exactly when they hold for t rounded up).
    private static long ceilSeconds(Instant t) {
        return t.getEpochSecond() + (t.getNano() > 0 ? 1 : 0);
    }

    private static long ceilMillis(Instant t) {
        return t.toEpochMilli() + (t.getNano() % 1_000_000 > 0 ? 1 : 0);
    }
}
