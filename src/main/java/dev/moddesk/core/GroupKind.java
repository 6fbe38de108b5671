package dev.moddesk.core;

import java.util.Locale;
import java.util.Optional;

/** What a decision group is, which is what undo and redo go by (a group is one step of the undo history). */
public enum GroupKind {
    /** Moderators' decisions (one comment or a bulk action). */
    DECIDE,
    /** Conflicts settled (keep mine, take the site's). */
    RESOLVE,
    /** The revert of an earlier group. */
    UNDO,
    /** An undone group applied again. */
    REDO;

    /** The word in the database. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupKind> fromWord(String word) {
        for (GroupKind k : values()) {
            if (k.word().equals(word)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}
