package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.core.CommentType;
import dev.moddesk.store.Database;
import dev.moddesk.triage.DiscussionRule;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import dev.moddesk.triage.RuleOutcome;
import dev.moddesk.triage.RuleSubject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rules kept in the database, and their dry run over the decided comments of a real SQLite file. */
class TriageRulesTest {
    @TempDir
    Path dir;

    @Test
    void wordPressDefaultsUntilSavedThenWhatWasSavedAfterReopening() {
        DiscussionRules mine = new DiscussionRules("casino\n  c++ ", "viagra", 5, false, true, MatchMode.WHOLE_WORD);
        try (Database db = Database.open(dir.resolve("rules.db"))) {
            assertEquals(DiscussionRules.WORDPRESS_DEFAULTS, new TriageRules(db).load());
            new TriageRules(db).save(mine);
        }
        try (Database db = Database.open(dir.resolve("rules.db"))) {
            TriageRules rules = new TriageRules(db);
            assertEquals(mine, rules.load());
            RuleSubject c = new RuleSubject("A", "a@example.com", "", "", null, "I write C++ daily", CommentType.COMMENT, true);
            assertEquals(RuleOutcome.HOLD, rules.checker().check(c).outcome(), "the checker uses the saved rules");
        }
    }

    @Test
    void rulesWithABadRegexAreRefusedAndNothingIsSaved() {
        try (Database db = Database.open(dir.resolve("rules.db"))) {
            TriageRules rules = new TriageRules(db);
            RulesRefused refused = assertThrows(RulesRefused.class,
                    () -> rules.save(new DiscussionRules("", "[a-", 2, true, true, MatchMode.REGEX)));
            assertEquals(DiscussionRules.KeyList.DISALLOWED, refused.problems().get(0).list());
            assertTrue(refused.getMessage().startsWith("'[a-' is not a valid regular expression"), refused.getMessage());
            assertEquals(DiscussionRules.WORDPRESS_DEFAULTS, rules.load());
        }
    }

    @Test
    void theDryRunCountsWhatTheRulesWouldHaveCaughtAmongTheDecided() {
        try (Database db = Database.open(dir.resolve("dry.db"))) {
            DecidedSeed.into(db, dir);
            List<long[]> steps = new ArrayList<>();
            DryRun run = new TriageRules(db).dryRun(DecidedSeed.RULES, (done, total) -> steps.add(new long[] {done, total}),
                    () -> false);
            assertEquals(new DryRun(4, 3, 2, 1, 2, 0, List.of(new DryRun.Caught(DiscussionRule.DISALLOWED_KEYS, 1, 0),
                    new DryRun.Caught(DiscussionRule.MODERATION_KEYS, 1, 2),
                    new DryRun.Caught(DiscussionRule.MAX_LINKS, 1, 0)), run.seconds()), run);
            assertEquals(DecidedSeed.BY_RULE, run.byRuleWords());
            assertEquals(DecidedSeed.HEADLINE, run.headline());
            assertEquals("held 2 spam and 2 approved; disallowed 1 spam and 0 approved (of 4 spam and 3 approved)",
                    run.details());
            assertEquals(7, steps.get(steps.size() - 1)[0]);
            assertEquals(7, steps.get(0)[1], "the total is known from the start");
        }
    }

    @Test
    void previouslyApprovedCountsOnlyAnEarlierApprovedCommentOfTheSameNameAndEmail() throws Exception {
        try (Database db = Database.open(dir.resolve("prev.db"))) {
            String comments = DecidedSeed.comment(1, "1", "Alice", "first", "")
                    + DecidedSeed.comment(2, "1", "Alice", "second", "")
                    + DecidedSeed.comment(3, "spam", "ALICE", "third", "")
                    + DecidedSeed.comment(4, "spam", "Mallory", "hi", "");
            Path file = Files.writeString(dir.resolve("prev.xml"), "<rss version=\"2.0\" "
                    + "xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><wp:wxr_version>1.2</wp:wxr_version>"
                    + "<wp:base_blog_url>https://p.example</wp:base_blog_url><item><wp:post_id>1</wp:post_id>"
                    + comments + "</item></channel></rss>");
            new Importer(db, w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            DryRun run = new TriageRules(db).dryRun(new DiscussionRules("", "", 0, true, false, MatchMode.WORDPRESS),
                    TriageRules.Progress.NONE, () -> false);
            assertEquals(new DryRun(2, 2, 1, 0, 1, 0,
                    List.of(new DryRun.Caught(DiscussionRule.PREVIOUSLY_APPROVED, 1, 1)), run.seconds()), run,
                    "Alice's first comment is held, her later ones pass (whatever the case of her name and email); "
                            + "Mallory is held");
        }
    }

    @Test
    void aCancelledDryRunStops() {
        try (Database db = Database.open(dir.resolve("cancel.db"))) {
            DecidedSeed.into(db, dir);
            assertThrows(CancellationException.class, () -> new TriageRules(db).dryRun(DecidedSeed.RULES,
                    TriageRules.Progress.NONE, () -> true));
        }
    }
}
