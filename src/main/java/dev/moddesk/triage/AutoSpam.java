package dev.moddesk.triage;

import java.util.Locale;

/**
 * Whether the triage marks pending comments spam by itself, and from which score. Off unless the moderator switches
 * it on: nothing is decided automatically by default.
 */
public record AutoSpam(boolean on, double threshold) {
    public static final AutoSpam OFF = new AutoSpam(false, 0.95);

    public AutoSpam {
        if (!(threshold > 0 && threshold <= 1)) {
            throw new IllegalArgumentException("an auto-spam threshold is above 0 and at most 1: " + threshold);
        }
    }

    /** Who the audit log names for its decisions. */
    public String moderator() {
        return String.format(Locale.ROOT, "triage (auto-spam at %.2f)", threshold);
    }
}
