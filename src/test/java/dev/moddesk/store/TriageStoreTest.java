package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Post;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.Status;
import dev.moddesk.core.Verdict;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the triage reads and writes, on a real database: who learns, who is scored, verdicts, the model. */
class TriageStoreTest {
    static final String SITE = "https://site.example";
    static final long T0 = 1_700_000_000L;

    @TempDir
    Path dir;
    Database db;
    TriageStore store;

    static Comment c(long id, Status status, String content) {
        return new Comment(id, 1, 0, "Author " + id, "a" + id + "@example.com", "", "198.51.100." + id, null, 0,
                T0 + id * 60, CommentType.COMMENT, content, status);
    }

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("t.db"));
        store = new TriageStore(db);
        try (ImportWriter w = new ImportWriter(db)) {
            w.site(SITE, "Site");
            w.post(new Post(1, "Post", "https://site.example/p/", "post", "publish", "open"));
            w.comment(c(1, Status.APPROVED, "fine"));
            w.comment(c(2, Status.SPAM, "cheap pills"));
            w.comment(c(3, Status.TRASH, "trashed"));
            w.comment(c(4, Status.PENDING, "waiting one"));
            w.comment(c(5, Status.PENDING, "waiting two"));
            w.comment(c(6, Status.APPROVED, "approved on the site, spam here"));
            w.comment(c(7, Status.PENDING, "approved here"));
            w.commit();
        }
        Moderation m = new Moderation(db, () -> "test");
        m.decide(m.findBySiteIds(SITE, List.of(6L)), ModerationAction.SPAM);
        m.decide(m.findBySiteIds(SITE, List.of(7L)), ModerationAction.APPROVE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private List<String> decided(int limit) {
        List<String> seen = new ArrayList<>();
        store.eachDecided(limit, r -> seen.add(r.comment().remoteId() + ":" + r.status().word()));
        return seen;
    }

    private List<Long> pending(boolean unscoredOnly) {
        List<Long> seen = new ArrayList<>();
        store.eachPending(unscoredOnly, r -> seen.add(r.comment().remoteId()));
        seen.sort(null);
        return seen;
    }

    private long rowId(long remoteId) {
        return new Moderation(db, () -> "test").findBySiteIds(SITE, List.of(remoteId)).get(0);
    }

    @Test
    void learnsFromTheDecisionsAsTheyStandNow_newestFirst_andScoresThePending() {
        assertEquals(List.of("7:approved", "6:spam", "2:spam", "1:approved"), decided(10),
                "the moderator's decisions count over the site's status; trash teaches nothing");
        assertEquals(List.of("7:approved", "6:spam"), decided(2), "the newest decisions when capped");
        assertEquals(List.of(4L, 5L), pending(false));
    }

    @Test
    void verdictsAreSavedAsAListOfReasons_andUnscoredOnlySkipsThem() {
        Map<Long, Verdict> v = new LinkedHashMap<>();
        v.put(rowId(4), new Verdict(0.93, List.of("4 links", "words like \"casino\", 'bonus'\nand more")));
        store.saveVerdicts(v);
        assertEquals(List.of(5L), pending(true));
        var item = StoreProbe.queue(db.writer(), QueueFilter.pending(), 0).stream()
                .filter(i -> i.comment().remoteId() == 4).findFirst().orElseThrow();
        assertEquals(0.93, item.score());
        assertEquals(List.of("4 links", "words like \"casino\", 'bonus'\nand more"), item.reasons(),
                "quotes and line breaks inside a reason survive");
        assertEquals(List.of("[\"4 links\",\"words like \\\"casino\\\", 'bonus'\\nand more\"]"),
                StoreProbe.strings(dir.resolve("t.db"), "SELECT reasons FROM comments WHERE remote_id = 4"));
    }

    @Test
    void aThresholdIsTriedOnThePast_byTheVerdictsTheDecidedCommentsKept() {
        Map<Long, Verdict> v = new LinkedHashMap<>();
        v.put(rowId(1), new Verdict(0.7, List.of("r")));
        v.put(rowId(2), new Verdict(0.95, List.of("r")));
        v.put(rowId(6), new Verdict(0.4, List.of("r")));
        store.saveVerdicts(v);
        assertArrayEquals(new long[] {1, 1}, store.decidedAtOrAbove(0.5), "approved, spam");
        assertArrayEquals(new long[] {0, 1}, store.decidedAtOrAbove(0.9));
        assertArrayEquals(new long[] {1, 2}, store.decidedAtOrAbove(0.4));
    }

    @Test
    void theModelIsOneRowReplacedWhole() {
        assertTrue(store.model().isEmpty());
        store.saveModel(new byte[] {1, 2, 3}, 3, 77);
        store.saveModel(new byte[] {4, 5}, 2, 78);
        assertArrayEquals(new byte[] {4, 5}, store.model().orElseThrow().model());
        assertEquals(78, store.model().orElseThrow().decisions());
        assertEquals(1, StoreProbe.number(dir.resolve("t.db"), "SELECT count(*) FROM triage_model"));
    }

    @Test
    void aDamagedReasonsColumnReadsAsNoReasons() {
        StoreProbe.execute(dir.resolve("t.db"), "UPDATE comments SET score = 0.5, reasons = 'not json' WHERE remote_id = 5");
        var item = StoreProbe.queue(db.writer(), QueueFilter.pending(), 0).stream()
                .filter(i -> i.comment().remoteId() == 5).findFirst().orElseThrow();
        assertEquals(List.of(), item.reasons());
    }
}
