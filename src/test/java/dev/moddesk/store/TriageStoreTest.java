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
import java.util.Arrays;
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
        store.eachDecided(limit, 1, (i, printed) -> false,
                r -> seen.add(r.author().substring("Author ".length()) + ":" + (r.spam() ? "spam" : "approved")));
        return seen;
    }

    /** The decided comments by remote id: their text where asked for ("-" when not read), their print of {@code version}. */
    private Map<Long, String> decidedWithPrints(int version, boolean text) {
        Map<Long, String> seen = new LinkedHashMap<>();
        store.eachDecided(10, version, (i, printed) -> text || !printed, r -> {
            seen.put(Long.parseLong(r.author().substring("Author ".length())), (r.content() == null ? "-" : r.content())
                    + (r.print() == null ? "" : " #" + r.print().exact() + (r.print().signature() == null ? ""
                    : Arrays.toString(r.print().signature()))));
            return true;
        });
        return seen;
    }

    private static TriageStore.PrintOf print(long rowId, String content, long exact, int... signature) {
        return new TriageStore.PrintOf(rowId, content, new TriageStore.Print(exact,
                signature.length == 0 ? null : signature));
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
    void decisionsOfTheSameMomentComeNewestRowFirst_whateverTheirStatus() {
        try (ImportWriter w = new ImportWriter(db)) {
            w.site(SITE, "Site");
            for (long id = 20; id < 26; id++) {
                w.comment(new Comment(id, 1, 0, "Author " + id, "", "", "", null, 0, T0 + 100_000,
                        CommentType.COMMENT, "same second " + id, id % 3 == 0 ? Status.APPROVED : Status.SPAM));
            }
            w.commit();
        }
        assertEquals(List.of("25:spam", "24:approved", "23:spam", "22:spam", "21:approved", "20:spam", "7:approved",
                "6:spam"), decided(8));
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

    /**
     * A verdict describes the text and author it judged: an import that changes them (the site edited the comment)
     * drops it, so the next run judges the comment as it is; one that changes nothing of them keeps it.
     */
    @Test
    void aVerdictGoesWhenAnImportChangesWhatItJudged() {
        store.saveVerdicts(Map.of(rowId(4), new Verdict(0.9, List.of("words like 'waiting' are typical of the spam you "
                + "marked")), rowId(5), new Verdict(0.2, List.of("short text (counts towards spam)"))));
        try (ImportWriter w = new ImportWriter(db)) {
            w.site(SITE, "Site");
            w.comment(c(4, Status.PENDING, "edited on the site"));
            w.comment(c(5, Status.PENDING, "waiting two"));
            w.commit();
        }
        assertEquals(List.of(4L), pending(true), "judged again: the one whose text changed");
        assertEquals(List.of("0.2"), StoreProbe.strings(dir.resolve("t.db"),
                "SELECT score FROM comments WHERE remote_id = 5"), "the same facts keep their verdict");
        for (String change : List.of("author = 'Someone else'", "email = 'x@example.org'", "url = 'https://x.example'",
                "ip = '192.0.2.1'", "agent = 'Bot/1.0'", "type = 'pingback'")) {
            store.saveVerdicts(Map.of(rowId(5), new Verdict(0.2, List.of("short text"))));
            StoreProbe.execute(dir.resolve("t.db"), "UPDATE comments SET " + change + " WHERE remote_id = 5");
            assertEquals(List.of(4L, 5L), pending(true), change);
        }
    }

    @Test
    void aThresholdIsTriedOnThePast_byTheVerdictsTheDecidedCommentsKept() {
        Map<Long, Verdict> v = new LinkedHashMap<>();
        v.put(rowId(1), new Verdict(0.7, List.of("r")));
        v.put(rowId(2), new Verdict(0.95, List.of("r")));
        v.put(rowId(6), new Verdict(0.4, List.of("r")));
        store.saveVerdicts(v);
        assertEquals(new TriageStore.ScoresKept(1, 2, 1, 1), store.decidedScores(0.5),
                "approved scored, spam scored, approved caught, spam caught");
        assertEquals(new TriageStore.ScoresKept(1, 2, 0, 1), store.decidedScores(0.9));
        assertEquals(new TriageStore.ScoresKept(1, 2, 1, 2), store.decidedScores(0.4));
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
    void keptPrintsAreReadInsteadOfTheText_andOnlyForTheirVersion() {
        store.savePrints(List.of(print(rowId(1), "fine", 11, 1, 2, 3), print(rowId(2), "cheap pills", -5)), 7);
        Map<Long, String> read = decidedWithPrints(7, false);
        assertEquals("- #11[1, 2, 3]", read.get(1L), "the print, the text left unread");
        assertEquals("- #-5", read.get(2L), "a text with nothing to compare keeps its key alone");
        assertEquals("approved on the site, spam here", read.get(6L), "no print: the text is read");
        assertEquals("fine #11[1, 2, 3]", decidedWithPrints(7, true).get(1L), "the text too when asked");
        assertEquals("fine", decidedWithPrints(8, false).get(1L), "a print of another version is none");
    }

    @Test
    void aPrintGoesWithItsText_anEditOrADeletionDropsIt_andAPrintOfAnOlderTextIsNotKept() {
        store.savePrints(List.of(print(rowId(1), "fine", 11, 1), print(rowId(2), "cheap pills", 12, 2),
                print(rowId(6), "what it said before an edit", 13, 3)), 1);
        assertEquals(2, StoreProbe.number(dir.resolve("t.db"), "SELECT count(*) FROM triage_texts"),
                "the print worked out from an older text is not kept");
        StoreProbe.execute(dir.resolve("t.db"), "UPDATE comments SET content = 'fine, edited' WHERE remote_id = 1");
        StoreProbe.execute(dir.resolve("t.db"), "UPDATE comments SET author = 'Author 2', score = 0.5 WHERE remote_id = 2");
        assertEquals("fine, edited", decidedWithPrints(1, false).get(1L), "a new text: worked out again");
        assertEquals("- #12[2]", decidedWithPrints(1, false).get(2L), "other columns leave the print alone");
        StoreProbe.execute(dir.resolve("t.db"), "DELETE FROM comments WHERE remote_id = 2");
        assertEquals(0, StoreProbe.number(dir.resolve("t.db"), "SELECT count(*) FROM triage_texts"));
    }

    @Test
    void manyPrintsAreKeptInBatches_eachAsTheLastGivenForItsComment() {
        int given = TriageStore.PRINTS_PER_BATCH * 2 + 3;
        List<TriageStore.PrintOf> prints = new ArrayList<>();
        for (int i = 0; i < given; i++) {
            prints.add(i % 2 == 0 ? print(rowId(1), "fine", i) : print(rowId(2), "cheap pills", i));
        }
        prints.add(print(rowId(6), "what it said before an edit", given)); // in the last, partial batch
        store.savePrints(prints, 1);
        Map<Long, String> read = decidedWithPrints(1, false);
        assertEquals("- #" + (given - 1), read.get(1L), "the last batch ran too");
        assertEquals("- #" + (given - 2), read.get(2L));
        assertEquals("approved on the site, spam here", read.get(6L), "an older text's print is not kept");
    }

    @Test
    void aDamagedReasonsColumnReadsAsNoReasons() {
        StoreProbe.execute(dir.resolve("t.db"), "UPDATE comments SET score = 0.5, reasons = 'not json' WHERE remote_id = 5");
        var item = StoreProbe.queue(db.writer(), QueueFilter.pending(), 0).stream()
                .filter(i -> i.comment().remoteId() == 5).findFirst().orElseThrow();
        assertEquals(List.of(), item.reasons());
    }
}
