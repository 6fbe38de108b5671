package dev.moddesk.bench;

import dev.moddesk.app.triage.DryRun;
import dev.moddesk.app.triage.TriageRules;
import dev.moddesk.store.Database;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import java.nio.file.Path;

/**
 * Times the spam rules' dry run over a database's decided comments (not a test), best of three, with a rule set of
 * the size sites paste (a few dozen keys in each list):
 * {@code java -cp "target/test-classes:target/classes:$CP" dev.moddesk.bench.DryRunBench /tmp/demo.db}.
 */
public final class DryRunBench {
    private DryRunBench() {
    }

    public static void main(String[] args) {
        StringBuilder moderation = new StringBuilder();
        StringBuilder disallowed = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            moderation.append("casino").append(i).append('\n');
            disallowed.append("viagra").append(i).append('\n');
        }
        DiscussionRules rules = new DiscussionRules(moderation + "casino\nloan", disallowed + "viagra\ncialis", 2,
                true, true, MatchMode.WORDPRESS);
        try (Database db = Database.open(Path.of(args[0]))) {
            double best = Double.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                DryRun run = new TriageRules(db).dryRun(rules, TriageRules.Progress.NONE, () -> false);
                best = Math.min(best, run.seconds());
                System.out.println(run.headline() + "; " + run.details() + String.format(" in %.2f s", run.seconds()));
            }
            System.out.printf("best %.2f s%n", best);
        }
    }
}
