package dev.moddesk.app.moderation;

import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.Status;

/** The desk's rules for what a key means where: pure functions, no state. */
public final class DeskActions {
    private DeskActions() {
    }

    /** {@code d}: trash, but in the Spam and Trash views delete permanently (as WordPress does). */
    public static ModerationAction trashKey(QueueFilter view) {
        Status s = view.status();
        return !view.conflictsOnly() && (s == Status.SPAM || s == Status.TRASH) ? ModerationAction.DELETE
                : ModerationAction.TRASH;
    }

    /**
     * One rule for every decision: on more than one comment it asks first (saying how many), on one it does not,
     * except Delete permanently, which always asks. Every bulk decision is one undo step all the same.
     */
    public static boolean asksFirst(ModerationAction a, long comments) {
        return asksFirst(comments) || a == ModerationAction.DELETE;
    }

    /** The rule for a decision that is not a status (keep mine, take the site's). */
    public static boolean asksFirst(long comments) {
        return comments > 1;
    }

    /** Whether a comment of the view stays in it after {@code action}; false means the next one moves up. */
    public static boolean staysInView(QueueFilter view, ModerationAction action) {
        if (view.conflictsOnly()) {
            return false;
        }
        if (view.status() == null) {
            return action != ModerationAction.DELETE;
        }
        return action.target().map(t -> t == view.status()).orElse(false);
    }

    /** A verb for a person: "Approve", "Delete permanently". */
    public static String label(ModerationAction a) {
        switch (a) {
            case APPROVE: return "Approve";
            case HOLD: return "Unapprove";
            case SPAM: return "Spam";
            case TRASH: return "Trash";
            case RESTORE: return "Restore";
            case DELETE: return "Delete permanently";
            default: return a.word();
        }
    }
}
