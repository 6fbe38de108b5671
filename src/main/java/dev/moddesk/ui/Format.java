package dev.moddesk.ui;

import dev.moddesk.core.Plural;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** How numbers and dates read on screen. */
public final class Format {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private Format() {
    }

    public static String count(long n) {
        return NumberFormat.getIntegerInstance().format(n);
    }

    /** "1 comment", "1,234 comments". */
    public static String count(long n, String singular) {
        return count(n) + " " + Plural.noun(n, singular);
    }

    /** Seconds since the epoch, in the local time zone. */
    public static String dateTime(long epochSeconds) {
        return DATE_TIME.format(Instant.ofEpochSecond(epochSeconds).atZone(ZoneId.systemDefault()));
    }

    /** The day only (the table); the detail pane shows the time too. */
    public static String date(long epochSeconds) {
        return DATE.format(Instant.ofEpochSecond(epochSeconds).atZone(ZoneId.systemDefault()));
    }

    public static String dateTimeMillis(long epochMillis) {
        return epochMillis <= 0 ? "never" : DATE_TIME.format(Instant.ofEpochMilli(epochMillis).atZone(ZoneId.systemDefault()));
    }
}
