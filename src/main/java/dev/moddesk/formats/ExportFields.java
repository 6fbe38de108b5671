package dev.moddesk.formats;

import java.util.List;

/** The columns of the CSV and JSON exports (the README's Design section) and how their dates are written. */
final class ExportFields {
    static final List<String> COLUMNS = List.of("site", "id", "post_id", "post_title", "parent_id", "status", "author",
            "email", "url", "ip", "date_gmt", "content", "decided_by", "decided_at");

    private ExportFields() {
    }

    /** REST's {@code date_gmt} form, UTC. */
    static String dateGmt(long epochSeconds) {
        return WpDates.rest(epochSeconds);
    }

    /** A decision time (epoch milliseconds) in the same form; null when nobody decided. */
    static String decidedAt(long epochMillis) {
        return epochMillis <= 0 ? null : WpDates.rest(epochMillis / 1000);
    }
}
