package dev.moddesk.core;

import java.util.Locale;
import java.util.Optional;

/**
 * What kind of change an outbox entry carries to the site. Declared in the order push sends one comment's
 * entries: a reply must exist on the site before anything names it, and the status goes last, so that a decision
 * applies to the text as edited and a permanent delete comes after everything else.
 */
public enum ChangeKind {
    /** A new comment by the site's user, under a comment of the site. */
    REPLY,
    /** New content, author name, email or URL of a comment. */
    EDIT,
    /** A moderator's decision: a new status, or a permanent delete. */
    STATUS;

    /** The word in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ChangeKind> fromWord(String word) {
        for (ChangeKind k : values()) {
            if (k.word().equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
