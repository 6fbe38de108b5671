package dev.moddesk.app.triage;

import dev.moddesk.core.Plural;

/**
 * A threshold tried on the past: among the comments decided so far (their verdicts stay after the decision), how
 * many spam it would have caught and how many approved comments it would have caught with them.
 */
public record ThresholdCheck(double threshold, long spamCaught, long approvedCaught) {
    /** "would have caught 412 spam and 3 approved comments" */
    public String sentence() {
        return String.format("would have caught %,d spam and %,d approved %s", spamCaught, approvedCaught,
                Plural.noun(approvedCaught, "comment"));
    }
}
