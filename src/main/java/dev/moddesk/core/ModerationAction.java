package dev.moddesk.core;

import java.util.Locale;
import java.util.Optional;

/** What a moderator can do to a comment; each names the status it leads to (restore is resolved by the service). */
public enum ModerationAction {
    APPROVE(Status.APPROVED),
    HOLD(Status.PENDING),
    SPAM(Status.SPAM),
    TRASH(Status.TRASH),
    RESTORE(null),
    DELETE(Status.DELETED);

    private final Status target;

    ModerationAction(Status target) {
        this.target = target;
    }

    /** The status this action leads to; empty for restore, which goes back to where the comment was. */
    public Optional<Status> target() {
        return Optional.ofNullable(target);
    }

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ModerationAction> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        if (w.equals("unapprove") || w.equals("pending")) {
            return Optional.of(HOLD);
        }
        for (ModerationAction a : values()) {
            if (a.word().equals(w)) {
                return Optional.of(a);
            }
        }
        return Optional.empty();
    }
}
