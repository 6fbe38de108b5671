package dev.moddesk.cli;

/** Durations for people: 45 s, 12 min, 3.5 h, 2.0 days. */
final class Durations {
    private Durations() {
    }

    static String human(long seconds) {
        if (seconds < 90) {
            return seconds + " s";
        }
        if (seconds < 90 * 60) {
            return Math.round(seconds / 60.0) + " min";
        }
        if (seconds < 36 * 3600) {
            return String.format("%.1f h", seconds / 3600.0);
        }
        return String.format("%.1f days", seconds / 86400.0);
    }
}
