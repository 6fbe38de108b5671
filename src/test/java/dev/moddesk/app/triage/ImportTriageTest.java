package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.Importer;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ImportSink;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import dev.moddesk.triage.Triage;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Judging an import's comments while it writes them ({@link ImportTriage}), and writing the verdicts with the file's
 * transaction, gives every comment the verdict the run after the import would give without it, and nothing it heard
 * outlives a rolled-back file or a changed comment.
 */
class ImportTriageTest {
    static final int QUICK = 10;
    /** The small fixture's decisions teach a model (the desk waits for {@link Triage#FEWEST_OF_EACH} of each). */
    static final int FEWEST = 1;
    static final int COMMENTS = 120;

    @TempDir
    Path dir;

    /**
     * The fixture's comments newest first, so the import's first {@link #QUICK} decisions are the newest ones, the
     * same that a quick run without the import's help learns from; every 20th has what Antispam Bee and Akismet said
     * of it on the site.
     */
    private static Consumer<ImportSink> newestFirst(int n) {
        return sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            for (long p = 1; p <= 3; p++) {
                sink.post(new Post(p, "Post number " + p, Fixtures.SITE + "/?p=" + p, "post", "publish", "open"));
            }
            for (long i = n; i >= 1; i--) {
                sink.comment(Fixtures.comment(i, Fixtures.statusOf(i)));
                if (i % 20 == 1) {
                    sink.commentMeta(List.of(new CommentMeta("akismet_result", "true"),
                            new CommentMeta("antispam_bee_reason", "server")));
                }
            }
        };
    }

    /** As {@link #newestFirst}, then pending comment #1 again with another text: the file holds it twice. */
    private static Consumer<ImportSink> withACommentTwice(int n) {
        return sink -> {
            newestFirst(n).accept(sink);
            sink.comment(edited(Fixtures.comment(1, Status.PENDING)));
        };
    }

    private static Comment edited(Comment c) {
        return new Comment(c.remoteId(), c.postId(), c.parentId(), c.author(), c.email(), c.url(), c.ip(), c.agent(),
                c.userId(), c.dateGmt(), c.type(), c.content() + " Visit my casino casino casino", c.siteStatus());
    }

    /** WordPress's defaults (an earlier approved comment wanted), or a moderation key and no such wish. */
    private static void saveRules(Database db, String rules) {
        if (rules.equals("keys")) {
            new TriageRules(db).save(new DiscussionRules("casino\nquotes", "", 1, false, true, MatchMode.WORDPRESS));
        }
    }

    private static List<String> verdicts(Path file) {
        return StoreProbe.strings(file, "SELECT remote_id || ' ' || printf('%.6f', score) || ' ' || reasons "
                + "FROM comments WHERE status = 'pending' ORDER BY remote_id");
    }

    /**
     * 120 comments are handed over in one batch once the import is done (read on every core); 1,200 in batches while
     * it writes (read on the listener's thread alone, unless it is behind), the rest after. The verdicts on the new
     * pending comments are in the database once the import committed; the comment the file holds twice is judged
     * after it, as its second copy.
     */
    @ParameterizedTest
    @CsvSource({"120, defaults", "1200, defaults", "120, keys", "1200, keys"})
    void aFirstImportHeardAsItWritesIsJudgedExactlyAsTheRunAfterItJudgesWithoutHearing(int comments, String rules) {
        Path heardFile = dir.resolve("heard.db");
        Path plainFile = dir.resolve("plain.db");
        long pending = Fixtures.count(comments, Status.PENDING);
        TriageSummary heardRun;
        try (Database heardDb = Database.open(heardFile); Database plainDb = Database.open(plainFile)) {
            saveRules(heardDb, rules);
            saveRules(plainDb, rules);
            SpamTriage triage = new SpamTriage(heardDb, QUICK, FEWEST);
            try (ImportTriage heard = triage.hearImport()) {
                new Importer(heardDb, w -> { }).heardBy(heard).importFrom("fixture", "test",
                        withACommentTwice(comments));
                assertNotNull(heard.quickTriage(), "it learnt from the first decisions");
                assertEquals(pending - 1, heard.judgedBeforeCommit().scored(), "judged every new one");
                assertEquals(pending - 1, StoreProbe.number(heardFile,
                        "SELECT count(*) FROM comments WHERE status = 'pending' AND score IS NOT NULL"),
                        "their verdicts committed with the import");
                heard.finish();
                assertEquals(1, heard.weighedCount(), "the comment written twice, weighed as its second copy");
                heardRun = triage.scoreImported(heard, () -> false);
                assertEquals(0, heard.weighedCount(), "the run took every weighing");
            }
            new Importer(plainDb, w -> { }).importFrom("fixture", "test", withACommentTwice(comments));
            TriageSummary plainRun = new SpamTriage(plainDb, QUICK, FEWEST).scorePending(Rescore.UNSCORED, () -> false);
            assertEquals(plainRun.scored(), heardRun.scored());
            assertEquals(pending, heardRun.scored());
            assertEquals(QUICK, heardRun.learnedFrom());
            assertEquals(plainRun.likelySpam(), heardRun.likelySpam());
        }
        assertEquals(verdicts(plainFile), verdicts(heardFile), "the same scores and reasons, comment by comment");
        assertEquals(0, StoreProbe.number(heardFile, "SELECT count(*) FROM triage_model"), "a quick model is not kept");
        String reasons = StoreProbe.strings(heardFile, "SELECT reasons FROM comments WHERE remote_id = 21").get(0);
        assertTrue(reasons.contains("Antispam Bee"), "the site's evidence: " + reasons);
        // only #7's author (and those of #17, #27...) has an approved comment
        assertEquals(rules.equals("defaults"), reasons.contains("no earlier approved comment"), reasons);
        if (rules.equals("keys")) {
            assertTrue(StoreProbe.strings(heardFile, "SELECT reasons FROM comments WHERE remote_id = 1").get(0)
                    .contains("matches moderation key 'casino'"), "the rules judged the second copy");
        }
    }

    @Test
    void eachFileOfAnImportCommitsTheVerdictsOnItsComments() {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            SpamTriage triage = new SpamTriage(db, QUICK, FEWEST);
            try (ImportTriage heard = triage.hearImport()) {
                Importer importer = new Importer(db, w -> { }).heardBy(heard);
                importer.importFrom("first", "test", newestFirst(COMMENTS));
                long first = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE score IS NOT NULL");
                importer.importFrom("second", "test", sink -> {
                    sink.site(Fixtures.SITE, "Example Blog");
                    for (long i = COMMENTS + 1; i <= 2 * COMMENTS; i++) {
                        sink.comment(Fixtures.comment(i, Fixtures.statusOf(i)));
                    }
                });
                assertEquals(Fixtures.count(2 * COMMENTS, Status.PENDING), heard.judgedBeforeCommit().scored());
                assertTrue(first > 0 && first < heard.judgedBeforeCommit().scored(), "the first file's at its commit");
                TriageSummary run = triage.scoreImported(heard, () -> false);
                assertEquals(Fixtures.count(2 * COMMENTS, Status.PENDING), run.scored());
                assertEquals(QUICK, run.learnedFrom());
            }
        }
        assertEquals(0, StoreProbe.number(file,
                "SELECT count(*) FROM comments WHERE status = 'pending' AND score IS NULL"));
    }

    /**
     * An export without spam (as WordPress's are): the import's listener learns no quick model from its decisions,
     * its verdicts are the signals', the rules' and the site's, and the run after it says it learnt from none. Into
     * a database that held comments (the weighings wait for the run after the import) and into an empty one.
     */
    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void anImportWithoutSpamJudgesWithoutAModel(boolean heldComments) {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            if (heldComments) {
                new Importer(db, w -> { }).importFrom("before", "test", noSpam(COMMENTS + 1, COMMENTS + 10));
            }
            SpamTriage triage = new SpamTriage(db, QUICK, FEWEST);
            try (ImportTriage heard = triage.hearImport()) {
                new Importer(db, w -> { }).heardBy(heard).importFrom("no spam", "test", noSpam(1, COMMENTS));
                TriageSummary run = triage.scoreImported(heard, () -> false);
                assertEquals(Fixtures.count(heldComments ? COMMENTS + 10 : COMMENTS, Status.PENDING), run.scored(),
                        "this import's pending comments, and those of the one before it");
                assertEquals(0, run.learnedFrom(), "no model from approved comments alone");
            }
        }
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending' "
                + "AND (score IS NULL OR reasons NOT LIKE '[\"not learnt yet%')"));
    }

    /** Fixture comments {@code from..to} with approved in place of spam. */
    private static Consumer<ImportSink> noSpam(long from, long to) {
        return sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            for (long i = from; i <= to; i++) {
                Status s = Fixtures.statusOf(i);
                sink.comment(Fixtures.comment(i, s == Status.SPAM ? Status.APPROVED : s));
            }
        };
    }

    /**
     * In a database that held comments, an earlier approved comment is looked for after the import: the weighings
     * wait for that run, which takes each for the comment it weighed alone.
     */
    @Test
    void aCommentChangedAfterItWasHeard_isJudgedAsItIsNow() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            new Importer(db, w -> { }).importFrom("another site", "test", sink -> {
                sink.site("https://other.example", "Another Blog");
                sink.comment(Fixtures.comment(1, Status.APPROVED));
            });
            try (ImportTriage heard = new SpamTriage(db, QUICK, FEWEST).hearImport()) {
                new Importer(db, w -> { }).heardBy(heard).importFrom("fixture", "test", newestFirst(COMMENTS));
                heard.finish();
                assertEquals(0, heard.judgedBeforeCommit().scored());
                Comment asHeard = Fixtures.comment(1, Status.PENDING);
                assertNull(heard.takeWeighing(edited(asHeard)), "another text: judged afresh");
                assertNotNull(heard.takeWeighing(asHeard));
                assertNull(heard.takeWeighing(asHeard), "given once");
            }
        }
    }

    @Test
    void aRolledBackFileLeavesNothingHeardToUse_andItsCommentsAreJudgedWithoutIt() {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            SpamTriage triage = new SpamTriage(db, QUICK, FEWEST);
            new Importer(db, w -> { }).importFrom("first", "test", Fixtures.site(COMMENTS));
            try (ImportTriage heard = triage.hearImport()) {
                assertThrows(RuntimeException.class, () -> new Importer(db, w -> { }).heardBy(heard)
                        .importFrom("broken", "test", sink -> {
                            newestFirst(COMMENTS * 2).accept(sink);
                            throw new IllegalStateException("the file breaks off here");
                        }));
                heard.finish();
                assertNull(heard.quickTriage());
                assertNull(heard.takeWeighing(Fixtures.comment(COMMENTS + 1, Status.PENDING)));
                assertNull(heard.approvedAuthors());
                TriageSummary run = triage.scoreImported(heard, () -> false);
                assertEquals(Fixtures.count(COMMENTS, Status.PENDING), run.scored(), "the first import's comments");
            }
        }
        assertEquals(COMMENTS, StoreProbe.number(file, "SELECT count(*) FROM comments"), "the broken file left none");
    }

    @Test
    void withASavedModelItLearnsNothing_andTheSavedModelJudgesTheImport() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            SpamTriage triage = new SpamTriage(db, QUICK, FEWEST);
            new Importer(db, w -> { }).importFrom("first", "test", Fixtures.site(COMMENTS));
            TriageSummary full = triage.scorePending(Rescore.ALL, () -> false);
            try (ImportTriage heard = triage.hearImport()) {
                new Importer(db, w -> { }).heardBy(heard).importFrom("more", "test", sink -> {
                    sink.site(Fixtures.SITE, "Example Blog");
                    for (long i = COMMENTS + 1; i <= COMMENTS + 40; i++) {
                        sink.comment(Fixtures.comment(i, Fixtures.statusOf(i)));
                    }
                });
                TriageSummary later = triage.scoreImported(heard, () -> false);
                assertNull(heard.quickTriage(), "the saved model judges: nothing to learn while importing");
                assertEquals(full.learnedFrom(), later.learnedFrom());
                assertEquals(Fixtures.count(COMMENTS + 40, Status.PENDING) - Fixtures.count(COMMENTS, Status.PENDING),
                        later.scored());
            }
        }
    }

    @Test
    void theApprovedAuthorsHeardStandForTheDatabasesOnlyWhenItWasEmpty() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            SpamTriage triage = new SpamTriage(db, QUICK, FEWEST);
            try (ImportTriage first = triage.hearImport()) {
                new Importer(db, w -> { }).heardBy(first).importFrom("first", "test", Fixtures.site(COMMENTS));
                first.finish();
                int approvedAuthor = (int) (7 % Fixtures.AUTHORS.length); // #7 is approved
                assertTrue(first.approvedAuthors().contains(SpamTriage.author(Fixtures.AUTHORS[approvedAuthor],
                        Fixtures.EMAILS[approvedAuthor].toUpperCase())));
                assertTrue(first.approvedAuthors().stream().noneMatch(a -> a.startsWith("alice")), "never approved");
            }
            try (ImportTriage second = triage.hearImport()) {
                second.finish();
                assertNull(second.approvedAuthors(), "the database held comments before: it is asked");
            }
        }
    }
}
