package dev.moddesk.cli;

import dev.moddesk.core.DateRange;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/** The {@code --since}/{@code --until} options of export, audit and report, read the same way everywhere. */
final class DateOptions {
    private DateOptions() {
    }

    /** The range the options give (either may be null: open); a date that does not read is a user error. */
    static DateRange range(String since, String until) {
        return new DateRange(since == null ? null : read(since, "--since", DateRange::parseStart),
                until == null ? null : read(until, "--until", DateRange::parseEnd));
    }

    private static Instant read(String text, String option, Function<String, Instant> parse) {
        try {
            return parse.apply(text);
        } catch (DateTimeParseException e) {
            throw new UserError(option + ": '" + text + "' is not a date (use 2026-01-31 or 2026-01-31T10:00:00)");
        }
    }
}
