package dev.moddesk.core;

/** What the decision rule needs to know of a comment: where the site has it and what the moderator decided. */
public record ModerationState(long commentId, Status siteStatus, Status decision, boolean conflict) {
    /** What the queue shows: the decision when there is one, else the site's status. */
    public Status effective() {
        return decision != null ? decision : siteStatus;
    }
}
