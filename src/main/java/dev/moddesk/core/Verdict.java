package dev.moddesk.core;

import java.util.List;
import java.util.Objects;

/**
 * What the triage says of a comment: a spam score from 0 (surely fine) to 1 (surely spam) and the reasons, in a
 * moderator's words, that drove it, strongest first; never without a reason.
 */
public record Verdict(double score, List<String> reasons) {
    public Verdict {
        if (!(score >= 0 && score <= 1)) {
            throw new IllegalArgumentException("score outside 0..1: " + score);
        }
        reasons = List.copyOf(Objects.requireNonNull(reasons, "reasons"));
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("a verdict needs a reason");
        }
    }
}
