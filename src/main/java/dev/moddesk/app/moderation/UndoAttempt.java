package dev.moddesk.app.moderation;

import java.util.List;

/**
 * What the desk's undo did ({@link Moderation#undoOwn}): reverted the newest step ({@code undone}), found nothing to
 * undo, or left alone a step made elsewhere ({@code elsewhere}), which the moderator is asked about first.
 */
public record UndoAttempt(Outcome undone, Step elsewhere) {
    static final UndoAttempt NOTHING = new UndoAttempt(null, null);

    /**
     * A step as the moderator is asked about it: its label ("spam 2"), the site's ids of the last few comments it
     * decided and whether it decided more, who made it, when (epoch ms), its group.
     */
    public record Step(String label, List<Long> lastComments, boolean more, String moderator, long at, long group) {
        public Step {
            lastComments = List.copyOf(lastComments);
        }
    }

    static UndoAttempt undone(Outcome o) {
        return new UndoAttempt(o, null);
    }

    static UndoAttempt elsewhere(Step step) {
        return new UndoAttempt(null, step);
    }
}
