package dev.moddesk.core;

import java.util.Locale;

/** What kind of entry a comment row is. WordPress 6.9 {@code note} entries are not comments and never get here. */
public enum CommentType {
    COMMENT, PINGBACK, TRACKBACK;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** An empty or missing type is a plain comment, as in WordPress before 5.5. */
    public static CommentType fromSite(String value) {
        if (value == null || value.isBlank()) {
            return COMMENT;
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "pingback": return PINGBACK;
            case "trackback": return TRACKBACK;
            default: return COMMENT;
        }
    }
}
