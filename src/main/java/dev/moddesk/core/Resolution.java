package dev.moddesk.core;

import java.util.Optional;

/** How a conflict is settled (sync rule 4 in the README): the local decision stands, or the site's status is taken. */
public enum Resolution {
    KEEP_MINE("keep-mine"), TAKE_SITE("take-site");

    private final String word;

    Resolution(String word) {
        this.word = word;
    }

    /** The word in the audit log. */
    public String word() {
        return word;
    }

    /** The resolution an audit line's action names, if it names one. */
    public static Optional<Resolution> fromWord(String word) {
        for (Resolution r : values()) {
            if (r.word.equals(word)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
