package dev.moddesk.core;

/**
 * How a comment changes within a decision group, as {@link DecisionRule} worked it out: the audit line (action,
 * from, to), its new decision and what it was made against (both null: the comment is back to its site status),
 * what happens to its outbox entry, and whether its state before is kept for an exact undo.
 */
public record Move(String action, Status from, Status to, Status decision, Status decidedAgainst, Outbox outbox,
                   boolean snapshot) {
    /** What a move does to the comment's outbox entry. */
    public enum Outbox {
        /** Queue the decision for the site (a new entry, or the old one replaced and its attempts reset). */
        QUEUE,
        /** Leave the entry as it is (keep mine: the queued decision stands). */
        KEEP,
        /** Drop the entry: nothing is left to tell the site. */
        CLEAR
    }
}
