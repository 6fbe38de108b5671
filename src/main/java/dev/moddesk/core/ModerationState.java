package dev.moddesk.core;

/**
 * What the decision rule needs to know of a comment: where the site has it, what the moderator decided, and
 * whether the two are in conflict. Comments in the same state move the same way, so the rule is asked once per
 * state and the store moves all of them at once.
 */
public record ModerationState(Status siteStatus, Status decision, boolean conflict) {
    /** What the queue shows: the decision when there is one, else the site's status. */
    public Status effective() {
        return decision != null ? decision : siteStatus;
    }
}
