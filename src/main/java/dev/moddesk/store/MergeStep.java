package dev.moddesk.store;

import java.util.Objects;

/**
 * The status part of sync rules 3 and 4 in the README, as a pure function: given what we hold for a comment and
 * the status the site now reports, what the comment's decision fields become.
 */
record MergeStep(String decision, String decidedAgainst, boolean conflict, boolean changesRow, boolean newConflict) {

    static MergeStep decide(String siteStatus, String decision, String against, boolean conflict, String incoming) {
        if (decision == null) {
            // Rule 3: no pending decision, the site's status is taken.
            return new MergeStep(null, null, false, !incoming.equals(siteStatus), false);
        }
        if (decision.equals(incoming)) {
            // The site already shows what we decided (another desk pushed the same): nothing left to push.
            return new MergeStep(null, null, false, true, false);
        }
        if (Objects.equals(against, incoming)) {
            // Rule 4: the site is still where the decision was made against: the decision stands.
            boolean changes = conflict || !incoming.equals(siteStatus);
            return new MergeStep(decision, against, false, changes, false);
        }
        // Rule 4: the site moved under a pending decision: both are kept, the moderator resolves it.
        boolean already = conflict && incoming.equals(siteStatus);
        return new MergeStep(decision, against, true, !already, !already);
    }
}
