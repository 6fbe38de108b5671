package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Status;
import dev.moddesk.core.Verdict;
import dev.moddesk.store.Database;
import dev.moddesk.store.TriageStore;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.triage.DiscussionRuleChecker;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.KnownComments;
import dev.moddesk.triage.Triage;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Judging batch after batch, each kept (saved) on the calling thread. */
class JudgingTest {
    private static final int COMMENTS = 3_500;

    @TempDir
    Path dir;
    Path file;
    long pending;

    @BeforeEach
    void unscoredFixture() throws SQLException {
        file = dir.resolve("t.db");
        Fixtures.desk(file, COMMENTS, "tester").close();
        pending = Fixtures.count(COMMENTS, Status.PENDING);
        assertTrue(pending > 2 * PendingReader.BATCH, "several batches");
        try (Database db = Database.open(file); Statement s = db.writer().createStatement()) {
            s.executeUpdate("UPDATE comments SET score = NULL, reasons = NULL"); // so every verdict is news
        }
    }

    private Judging.Counts judgeAll(Consumer<Map<Long, Verdict>> keep) {
        try (Database db = Database.open(file); PendingReader reader = new PendingReader(new TriageStore(db),
                new SiteKnowledge(db), false, () -> false, null, false)) {
            return new Judging(new Triage(null, new KnownComments()),
                    new DiscussionRuleChecker(DiscussionRules.WORDPRESS_DEFAULTS), Set.of()).judgeAll(reader, keep);
        }
    }

    @Test
    void everyBatchIsKeptOnTheCallingThread_onceEach_andTheCountsAddUp() {
        List<Map<Long, Verdict>> kept = new ArrayList<>();
        Thread caller = Thread.currentThread();
        Judging.Counts counts = judgeAll(news -> {
            assertSame(caller, Thread.currentThread(), "kept on the writer's thread");
            kept.add(news);
        });
        Map<Long, Verdict> all = new HashMap<>();
        kept.forEach(all::putAll);
        assertEquals(3, kept.size(), "a batch of 1,000, another, and the rest");
        assertEquals(pending, all.size(), "each pending comment's verdict kept once");
        assertEquals(pending, counts.scored());
        assertEquals(all.values().stream().filter(v -> v.score() >= Triage.DEFAULT_THRESHOLD).count(),
                counts.likelySpam());
        assertTrue(all.values().stream().noneMatch(v -> v.reasons().isEmpty()), "every verdict has its reasons");
    }
}
