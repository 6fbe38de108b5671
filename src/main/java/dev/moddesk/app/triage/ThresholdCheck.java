package dev.moddesk.app.triage;

import java.util.Locale;

/**
 * A threshold tried on the past: how many of the spam and of the approved comments it would have caught, among the
 * decided comments it could be tried on ({@link Basis}).
 */
public record ThresholdCheck(double threshold, Basis basis, long spamCaught, long spam, long approvedCaught,
                             long approved) {
    /** What the threshold was tried on. */
    public enum Basis {
        /** The decided comments that kept the verdict they had before their decision. */
        KEPT_SCORES,
        /**
         * The newest decisions, each scored by a model that did not learn from it (too few decided comments were
         * scored before their decision: a site's imported decisions never were).
         */
        CROSS_VALIDATED,
        /** Nothing: too few decisions of either kind. */
        NONE
    }

    /** "Among the 2,503 decided comments scored before their decision, this threshold would have caught …". */
    public String sentence() {
        return switch (basis) {
            case KEPT_SCORES -> String.format(Locale.ROOT, "Among the %,d decided comments scored before their "
                    + "decision, this threshold %s.", spam + approved, caught());
            case CROSS_VALIDATED -> String.format(Locale.ROOT, "Tried on the newest %,d decisions, each scored by "
                    + "a model that did not learn from it, this threshold %s.", spam + approved, caught());
            case NONE -> "There are too few approved and spam comments yet to try this threshold on.";
        };
    }

    /** For a status line: "on past decisions it would have caught …", or that it cannot be tried yet. */
    public String brief() {
        return basis == Basis.NONE ? "too few decisions yet to try it on" : "on past decisions it " + caught();
    }

    /** "would have caught 412 of the 500 spam and 3 of the 2,003 approved comments" */
    private String caught() {
        return String.format(Locale.ROOT, "would have caught %,d of the %,d spam and %,d of the %,d approved %s",
                spamCaught, spam, approvedCaught, approved, approved == 1 ? "comment" : "comments");
    }
}
