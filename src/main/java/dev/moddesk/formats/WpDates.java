package dev.moddesk.formats;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** WordPress dates: {@code 2026-01-03 10:20:30} in WXR, {@code 2026-01-03T10:20:30} in REST; all UTC here. */
final class WpDates {
    private WpDates() {
    }

    /** The GMT date when it is a real date, else the local one (WordPress writes zeros for unknown GMT dates). */
    static Optional<Long> parse(String gmt, String local) {
        Optional<Long> g = parse(gmt);
        return g.isPresent() ? g : parse(local);
    }

    static Optional<Long> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        if (t.isEmpty() || t.startsWith("0000-00-00")) {
            return Optional.empty();
        }
        try {
            if (t.length() > 19 && (t.endsWith("Z") || t.charAt(19) == '+' || t.charAt(19) == '-' || t.charAt(19) == '.')) {
                return Optional.of(OffsetDateTime.parse(t.endsWith("Z") || t.charAt(19) != '.' ? t : t + "Z")
                        .toEpochSecond());
            }
            return Optional.of(LocalDateTime.parse(t.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
