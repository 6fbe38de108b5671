package dev.moddesk.triage;

import java.util.List;

/** What the discussion rules say of one comment: where WordPress would put it, and why, strongest reason first. */
public record RuleCheck(RuleOutcome outcome, List<Evidence> evidence) {
    public RuleCheck {
        evidence = List.copyOf(evidence);
    }
}
