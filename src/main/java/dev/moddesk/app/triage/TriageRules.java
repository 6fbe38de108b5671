package dev.moddesk.app.triage;

import dev.moddesk.core.Status;
import dev.moddesk.store.Database;
import dev.moddesk.store.DecidedComments;
import dev.moddesk.store.TriageSettings;
import dev.moddesk.triage.DiscussionRule;
import dev.moddesk.triage.DiscussionRuleChecker;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.RuleCheck;
import dev.moddesk.triage.RuleOutcome;
import dev.moddesk.triage.RuleSubject;
import dev.moddesk.triage.SiteOpinions;
import java.util.ArrayList;
import java.util.List;

/**
 * The site's discussion rules as this database keeps them: load (WordPress's defaults until saved), save (refused
 * while a key cannot be used), and a dry run over every comment already decided approved or spam.
 * Loading and the dry run read on connections of their own (any thread); saving writes on the writer connection
 * (call it where the writes go).
 */
public final class TriageRules {
    /** How far a dry run is; called now and then from the thread that runs it. */
    @FunctionalInterface
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void update(long done, long total);
    }

    private static final int PROGRESS_EVERY = 2_048;

    private final Database db;

    public TriageRules(Database db) {
        this.db = db;
    }

    /** The saved rules, or WordPress's defaults when none were saved. */
    public DiscussionRules load() {
        return new TriageSettings(db).discussionRules().orElse(DiscussionRules.WORDPRESS_DEFAULTS);
    }

    /** The saved rules compiled for checking comments (the triage calls it once per batch). */
    public DiscussionRuleChecker checker() {
        return new DiscussionRuleChecker(load());
    }

    /** @throws RulesRefused when a key cannot be used; nothing is saved then */
    public void save(DiscussionRules rules) {
        List<DiscussionRules.Problem> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new RulesRefused(problems);
        }
        new TriageSettings(db).saveDiscussionRules(rules);
    }

    /**
     * What {@code rules} would have done to every comment decided approved or spam, streamed (memory stays flat).
     * A comment whose source had no user agent is checked with the one Akismet was sent, when its meta has it.
     *
     * @throws RulesRefused when a key cannot be used
     * @throws java.util.concurrent.CancellationException once {@code cancelled}
     */
    public DryRun dryRun(DiscussionRules rules, Progress progress, java.util.function.BooleanSupplier cancelled) {
        List<DiscussionRules.Problem> problems = rules.problems();
        if (!problems.isEmpty()) {
            throw new RulesRefused(problems);
        }
        long started = System.nanoTime();
        DiscussionRuleChecker checker = new DiscussionRuleChecker(rules);
        DecidedComments decided = new DecidedComments(db);
        long total = decided.count();
        long[] n = new long[6]; // spam, approved, spam held, spam disallowed, approved held, approved disallowed
        long[][] byRule = new long[DiscussionRule.values().length][2]; // spam, approved
        progress.update(0, total);
        decided.forEach(d -> {
            String agent = d.agent() != null ? d.agent()
                    : d.akismetSubmitted() == null ? null : SiteOpinions.submittedUserAgent(d.akismetSubmitted()).orElse(null);
            RuleCheck check = checker.check(new RuleSubject(d.author(), d.email(), d.url(), d.ip(), agent,
                    d.content(), d.type(), d.earlierApproved()));
            RuleOutcome outcome = check.outcome();
            for (DiscussionRule rule : check.caughtBy()) {
                byRule[rule.ordinal()][d.status() == Status.SPAM ? 0 : 1]++;
            }
            int base = d.status() == Status.SPAM ? 2 : 4;
            n[base == 2 ? 0 : 1]++;
            if (outcome == RuleOutcome.HOLD) {
                n[base]++;
            } else if (outcome == RuleOutcome.DISALLOWED) {
                n[base + 1]++;
            }
            long done = n[0] + n[1];
            if (done % PROGRESS_EVERY == 0) {
                progress.update(done, total);
            }
        }, cancelled);
        progress.update(n[0] + n[1], total);
        List<DryRun.Caught> caught = new ArrayList<>();
        for (DiscussionRule rule : DiscussionRule.values()) {
            long[] c = byRule[rule.ordinal()];
            if (c[0] + c[1] > 0) {
                caught.add(new DryRun.Caught(rule, c[0], c[1]));
            }
        }
        return new DryRun(n[0], n[1], n[2], n[3], n[4], n[5], caught, (System.nanoTime() - started) / 1e9);
    }
}
