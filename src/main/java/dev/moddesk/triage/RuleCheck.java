package dev.moddesk.triage;

import java.util.List;
import java.util.Set;

/**
 * What the discussion rules say of one comment: where WordPress would put it, and why, strongest reason first; and
 * which rules caught it.
 */
public record RuleCheck(RuleOutcome outcome, List<Evidence> evidence, Set<DiscussionRule> caughtBy) {
    public RuleCheck {
        evidence = List.copyOf(evidence);
        caughtBy = Set.copyOf(caughtBy);
    }
}
