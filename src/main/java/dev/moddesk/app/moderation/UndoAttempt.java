package dev.moddesk.app.moderation;

/**
 * What the desk's undo did ({@link Moderation#undoOwn}): reverted the newest step ({@code undone}), found nothing to
 * undo, or left alone a step made elsewhere ({@code elsewhere}), which the moderator is asked about first.
 */
public record UndoAttempt(Outcome undone, Step elsewhere) {
    static final UndoAttempt NOTHING = new UndoAttempt(null, null);

    /** A step as the moderator is asked about it: its label ("spam 2"), who made it, when (epoch ms), its group. */
    public record Step(String label, String moderator, long at, long group) { }

    static UndoAttempt undone(Outcome o) {
        return new UndoAttempt(o, null);
    }

    static UndoAttempt elsewhere(Step step) {
        return new UndoAttempt(null, step);
    }
}
