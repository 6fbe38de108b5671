package dev.moddesk.app.triage;

import dev.moddesk.core.UserFacingException;
import dev.moddesk.triage.DiscussionRules;
import java.util.List;
import java.util.stream.Collectors;

/** Rules that cannot be saved (a regular expression that does not compile...), with each problem by its key list. */
public final class RulesRefused extends UserFacingException {
    private final transient List<DiscussionRules.Problem> problems;

    RulesRefused(List<DiscussionRules.Problem> problems) {
        super(problems.stream().map(DiscussionRules.Problem::message).collect(Collectors.joining("; ")));
        this.problems = List.copyOf(problems);
    }

    public List<DiscussionRules.Problem> problems() {
        return problems;
    }
}
