package dev.moddesk.app.triage;

import dev.moddesk.triage.DiscussionRule;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What a set of discussion rules would have done to the comments already decided: how many of the spam and of the
 * approved comments it would have held or disallowed, and what each rule caught (a comment may be caught by several).
 */
public record DryRun(long spam, long approved, long spamHeld, long spamDisallowed, long approvedHeld,
                     long approvedDisallowed, List<Caught> byRule, double seconds) {
    /** What one rule caught, in the order of {@link DiscussionRule}; a rule that caught nothing is left out. */
    public record Caught(DiscussionRule rule, long spam, long approved) { }

    public DryRun {
        byRule = List.copyOf(byRule);
    }

    public long spamCaught() {
        return spamHeld + spamDisallowed;
    }

    public long approvedCaught() {
        return approvedHeld + approvedDisallowed;
    }

    /** "would have caught 412 spam and 3 approved comments". */
    public String headline() {
        return "would have caught " + count(spamCaught()) + " spam and " + count(approvedCaught()) + " approved "
                + (approvedCaught() == 1 ? "comment" : "comments");
    }

    /** "held 400 spam and 3 approved; disallowed 12 spam and 0 approved (of 5,000 spam and 20,000 approved)". */
    public String details() {
        return "held " + count(spamHeld) + " spam and " + count(approvedHeld) + " approved; disallowed "
                + count(spamDisallowed) + " spam and " + count(approvedDisallowed) + " approved (of "
                + count(spam) + " spam and " + count(approved) + " approved)";
    }

    /** "moderation keys: 12 spam and 0 approved · too many links: 3 spam and 40 approved"; "" when nothing caught. */
    public String byRuleWords() {
        return byRule.stream()
                .map(c -> c.rule().words() + ": " + count(c.spam()) + " spam and " + count(c.approved()) + " approved")
                .collect(Collectors.joining(" · "));
    }

    private static String count(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
