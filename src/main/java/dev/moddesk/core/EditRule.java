package dev.moddesk.core;

import java.util.Optional;

/**
 * The rule of edits, beside {@link DecisionRule} (sync rule 4 in the README, for text): an edit is made from the
 * text the site had ({@code from}) and is pushed only while the site's content is still that one. Every path
 * asks it: a new edit, undo and redo of one, a pull, a push, and "keep mine" / "take the site's".
 *
 * <ul>
 *   <li>An edit back to the text it was made from is no edit: nothing is left to tell the site.</li>
 *   <li>When the site shows what the edit asks for, the edit is done (another desk pushed the same).</li>
 *   <li>When the site's content is still the one the edit was made from, the edit stands (the author fields
 *       it changes are the moderator's to set).</li>
 *   <li>Otherwise the site changed the comment meanwhile: a conflict, both texts kept, never overwritten.</li>
 * </ul>
 */
public final class EditRule {
    private EditRule() {
    }

    /** What becomes of a queued edit when the site's text is seen. */
    public enum Verdict {
        /** The site is where the edit was made from: it stays queued. */
        STANDS,
        /** The site already shows the edit: it leaves the outbox, the site's text is taken. */
        DONE,
        /** The site's content changed under the edit: the comment is a conflict. */
        CONFLICT
    }

    /** Whether an edit to {@code wanted}, made from the site's {@code from}, needs queueing at all. */
    public static boolean queues(CommentText from, CommentText wanted) {
        return !from.equals(wanted);
    }

    /** The verdict on an edit ({@code mine}, made from {@code from}) now that the site shows {@code site}. */
    public static Verdict onSite(CommentText from, CommentText mine, CommentText site) {
        if (site.equals(mine)) {
            return Verdict.DONE;
        }
        return site.content().equals(from.content()) ? Verdict.STANDS : Verdict.CONFLICT;
    }

    /**
     * Settles an edit conflict: "keep mine" lets the edit stand, now made from the site's text (so the next push
     * sends it); "take the site's" drops it. Empty for "take the site's": nothing is left queued.
     */
    public static Optional<CommentText> resolve(Resolution how, CommentText site) {
        return how == Resolution.KEEP_MINE ? Optional.of(site) : Optional.empty();
    }
}
