package dev.moddesk.formats;

import java.util.Optional;

/**
 * Counts the comments whose GMT date the source did not know (old WordPress exports hold zeros there) and that
 * took their site-local date instead, so that a file or a pull gives one warning for all of them, not one each.
 */
public final class UnknownGmtDates {
    private long count;
    private String first;

    /** {@code where}: the comment, as a person would look for it (file and line, or its id). */
    void add(String where) {
        if (count++ == 0) {
            first = where;
        }
    }

    /** The one warning, when some comment took its local date. */
    public Optional<String> warning() {
        if (count == 0) {
            return Optional.empty();
        }
        return Optional.of(count + (count == 1 ? " comment has" : " comments have") + " no GMT date (missing, or "
                + "zeros as old WordPress sites write): the site-local date was taken as GMT, so "
                + (count == 1 ? "its time" : "their times") + " may be off by the site's time zone offset (the first: "
                + first + ")");
    }
}
