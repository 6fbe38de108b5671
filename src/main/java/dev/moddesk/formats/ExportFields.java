package dev.moddesk.formats;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The columns of the CSV and JSON exports (DESIGN.md §5) and how their dates are written. */
final class ExportFields {
    static final List<String> COLUMNS = List.of("site", "id", "post_id", "post_title", "parent_id", "status", "author",
            "email", "url", "ip", "date_gmt", "content", "decided_by", "decided_at");

    /** REST's {@code date_gmt} form, UTC. */
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss")
            .withZone(ZoneOffset.UTC);

    private ExportFields() {
    }

    static String dateGmt(long epochSeconds) {
        return DATE.format(Instant.ofEpochSecond(epochSeconds));
    }

    /** A decision time (epoch milliseconds) in the same form; null when nobody decided. */
    static String decidedAt(long epochMillis) {
        return epochMillis <= 0 ? null : DATE.format(Instant.ofEpochMilli(epochMillis));
    }
}
