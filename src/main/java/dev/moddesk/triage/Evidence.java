package dev.moddesk.triage;

import java.util.Objects;

/**
 * Something known about a comment beside its text, with how far it moves the score: a rule it matches ("matches
 * disallowed key 'casino'"), what the site's own filter said ("Akismet said spam on the site, 2026-10-31"). The
 * triage adds {@code logOdds} to the model's log-odds (positive towards spam, 0 for a reason that only informs) and
 * shows {@code reason} among the verdict's reasons by the size of its pull.
 *
 * <p>Evidence that {@code decides} is the site's own rule saying "spam" (a disallowed key, which WordPress trashes
 * or marks spam whatever else it knows): it pulls at least as far as takes the score to {@link #DECIDED_SCORE}.
 */
public record Evidence(String reason, double logOdds, boolean decides) {
    /** Where evidence that decides puts a score at the least: "almost surely spam". */
    public static final double DECIDED_SCORE = 0.99;

    public Evidence {
        Objects.requireNonNull(reason, "reason");
        if (reason.isBlank() || !Double.isFinite(logOdds)) {
            throw new IllegalArgumentException("evidence needs words and a finite weight");
        }
    }

    /** Evidence that weighs {@code logOdds} and decides nothing. */
    public Evidence(String reason, double logOdds) {
        this(reason, logOdds, false);
    }
}
