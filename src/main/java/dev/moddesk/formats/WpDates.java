package dev.moddesk.formats;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.OptionalLong;

/**
 * WordPress dates: {@code 2026-01-03 10:20:30} in WXR, {@code 2026-01-03T10:20:30} in REST; all UTC here. The one
 * place that reads and writes them, so that what ModDesk writes it reads back to the same second.
 *
 * <p>Years are the four digits MySQL's DATETIME (and so WordPress) can hold, 0000 to 9999, and they are kept
 * exactly: {@code uuuu} (the proleptic year), not {@code yyyy} (the year of the era, which prints year 0 as
 * 0001 and year -5 as 0006). Anything else, negative years included, is not a WordPress date and is refused.
 */
public final class WpDates {
    /** A four-digit year, then the ISO form (a space before the time is read as "T"); an offset when one is given. */
    private static final DateTimeFormatter READ = new DateTimeFormatterBuilder()
            .appendValue(ChronoField.YEAR, 4)
            .appendPattern("-MM-dd'T'")
            .append(DateTimeFormatter.ISO_LOCAL_TIME)
            .optionalStart().appendOffsetId().optionalEnd()
            .toFormatter()
            .withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter REST = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter WXR = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss")
            .withZone(ZoneOffset.UTC);
    /** PHP's rendering of MySQL's zero date, which is what REST's date_gmt says for it. */
    private static final String PHP_ZERO_DATE = "-0001-11-30T00:00:00";

    private WpDates() {
    }

    /**
     * A comment's date: the GMT one; when the source does not know it, the site-local one read as UTC, the best
     * there is, and {@code localTaken} is told so that the reader can say so. An invalid GMT date is refused, not
     * replaced: it means a damaged file, and a quiet fallback would shift the comment by the site's offset.
     *
     * @throws DateTimeException naming the field that is not a date, or saying that there is no date at all
     */
    static long commentDate(String gmtField, String gmt, String localField, String local, Runnable localTaken) {
        OptionalLong utc = parse(gmtField, gmt);
        if (utc.isPresent()) {
            return utc.getAsLong();
        }
        long localDate = parse(localField, local).orElseThrow(() -> new DateTimeException(
                "no date: " + gmtField + " and " + localField + " are both missing or zero"));
        localTaken.run();
        return localDate;
    }

    /**
     * Seconds since the epoch; empty when the text says "not known": missing, blank, MySQL's zero date
     * {@code 0000-00-00 00:00:00} (WordPress writes it for an unknown GMT date) or PHP's form of it.
     *
     * @throws DateTimeException naming {@code field} when the text is not a WordPress date
     */
    static OptionalLong parse(String field, String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty() || t.startsWith("0000-00-00") || t.equals(PHP_ZERO_DATE)) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(isPlain(t) ? plain(t) : formatted(t));
        } catch (DateTimeException e) {
            throw new DateTimeException(field + " '" + clip(t) + "' is not a date of the form YYYY-MM-DD hh:mm:ss "
                    + "with a year from 0000 to 9999", e);
        }
    }

    /** Any form {@link #READ} takes. */
    static long formatted(String t) {
        TemporalAccessor parsed = READ.parse(isoForm(t));
        ZoneOffset offset = parsed.isSupported(ChronoField.OFFSET_SECONDS) ? ZoneOffset.from(parsed) : ZoneOffset.UTC;
        return LocalDateTime.from(parsed).toEpochSecond(offset);
    }

    /**
     * Whether {@code t} is {@code YYYY-MM-DD hh:mm:ss} (or with a "T"), the form of nearly every date: read by
     * {@link #plain}, as the formatter reads it. The formatter allocates about 1 KB per date (a fifth of what a
     * WXR import's reader allocates, at two dates per comment).
     */
    static boolean isPlain(String t) {
        if (t.length() != 19 || t.charAt(4) != '-' || t.charAt(7) != '-' || t.charAt(10) != ' ' && t.charAt(10) != 'T'
                || t.charAt(13) != ':' || t.charAt(16) != ':') {
            return false;
        }
        for (int i : PLAIN_DIGITS) {
            char c = t.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }

    private static final int[] PLAIN_DIGITS = {0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15, 17, 18};

    /** A date {@link #isPlain} holds, checked as strictly as the formatter checks it. */
    static long plain(String t) {
        return LocalDateTime.of(number(t, 0, 4), number(t, 5, 2), number(t, 8, 2), number(t, 11, 2), number(t, 14, 2),
                number(t, 17, 2)).toEpochSecond(ZoneOffset.UTC);
    }

    private static int number(String t, int from, int digits) {
        int n = 0;
        for (int i = from; i < from + digits; i++) {
            n = n * 10 + t.charAt(i) - '0';
        }
        return n;
    }

    /** REST's {@code date_gmt} form ({@code 2026-01-03T10:20:30}), UTC. */
    public static String rest(long epochSeconds) {
        return REST.format(Instant.ofEpochSecond(epochSeconds));
    }

    /** WXR's form ({@code 2026-01-03 10:20:30}), UTC. */
    static String wxr(long epochSeconds) {
        return WXR.format(Instant.ofEpochSecond(epochSeconds));
    }

    private static String isoForm(String t) {
        return t.length() > 10 && t.charAt(10) == ' ' ? t.substring(0, 10) + 'T' + t.substring(11) : t;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
