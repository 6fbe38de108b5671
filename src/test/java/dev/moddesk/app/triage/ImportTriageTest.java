package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.Importer;
import dev.moddesk.core.Comment;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ImportSink;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Judging an import's comments while it writes them ({@link ImportTriage}) gives every comment the verdict the run
 * after the import would give without it, and nothing it heard outlives a rolled-back file or a changed comment.
 */
class ImportTriageTest {
    static final int QUICK = 10;
    static final int COMMENTS = 120;

    @TempDir
    Path dir;

    /**
     * The fixture's comments newest first, so the import's first {@link #QUICK} decisions are the newest ones, the
     * same that a quick run without the import's help learns from.
     */
    private static Consumer<ImportSink> newestFirst(int n) {
        return sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            for (long p = 1; p <= 3; p++) {
                sink.post(new Post(p, "Post number " + p, Fixtures.SITE + "/?p=" + p, "post", "publish", "open"));
            }
            for (long i = n; i >= 1; i--) {
                sink.comment(Fixtures.comment(i, Fixtures.statusOf(i)));
            }
        };
    }

    private static List<String> verdicts(Path file) {
        return StoreProbe.strings(file, "SELECT remote_id || ' ' || printf('%.6f', score) || ' ' || reasons "
                + "FROM comments WHERE status = 'pending' ORDER BY remote_id");
    }

    /**
     * 120 comments are handed over in one batch once the import is done (read on every core); 1,200 in batches while
     * it writes (read on the listener's thread alone, unless it is behind), the rest after.
     */
    @ParameterizedTest
    @ValueSource(ints = {COMMENTS, 10 * COMMENTS})
    void aFirstImportHeardAsItWritesIsJudgedExactlyAsTheRunAfterItJudgesWithoutHearing(int comments) {
        Path heardFile = dir.resolve("heard.db");
        Path plainFile = dir.resolve("plain.db");
        TriageSummary heardRun;
        try (Database heardDb = Database.open(heardFile); Database plainDb = Database.open(plainFile)) {
            SpamTriage triage = new SpamTriage(heardDb, QUICK);
            try (ImportTriage heard = triage.hearImport()) {
                new Importer(heardDb, w -> { }).heardBy(heard).importFrom("fixture", "test", newestFirst(comments));
                heard.finish();
                assertNotNull(heard.quickTriage(), "it learnt from the first decisions");
                assertEquals(Fixtures.count(comments, Status.PENDING), heard.weighedCount(), "weighed every one");
                heardRun = triage.scoreImported(heard, () -> false);
                assertEquals(0, heard.weighedCount(), "the run took every weighing");
            }
            new Importer(plainDb, w -> { }).importFrom("fixture", "test", newestFirst(comments));
            TriageSummary plainRun = new SpamTriage(plainDb, QUICK).scorePending(Rescore.UNSCORED, () -> false);
            assertEquals(plainRun.scored(), heardRun.scored());
            assertEquals(Fixtures.count(comments, Status.PENDING), heardRun.scored());
            assertEquals(QUICK, heardRun.learnedFrom());
            assertEquals(plainRun.likelySpam(), heardRun.likelySpam());
        }
        assertEquals(verdicts(plainFile), verdicts(heardFile), "the same scores and reasons, comment by comment");
        assertEquals(0, StoreProbe.number(heardFile, "SELECT count(*) FROM triage_model"), "a quick model is not kept");
    }

    @Test
    void aCommentChangedAfterItWasHeard_isJudgedAsItIsNow() {
        try (Database db = Database.open(dir.resolve("t.db"))) {
            try (ImportTriage heard = new SpamTriage(db, QUICK).hearImport()) {
                new Importer(db, w -> { }).heardBy(heard).importFrom("fixture", "test", newestFirst(COMMENTS));
                heard.finish();
                Comment asHeard = Fixtures.comment(1, Status.PENDING);
                Comment edited = new Comment(asHeard.remoteId(), asHeard.postId(), asHeard.parentId(),
                        asHeard.author(), asHeard.email(), asHeard.url(), asHeard.ip(), asHeard.agent(),
                        asHeard.userId(), asHeard.dateGmt(), asHeard.type(), asHeard.content() + " (edited)",
                        asHeard.siteStatus());
                assertNull(heard.takeWeighing(edited), "another text: judged afresh");
                assertNotNull(heard.takeWeighing(asHeard));
                assertNull(heard.takeWeighing(asHeard), "given once");
            }
        }
    }

    @Test
    void aRolledBackFileLeavesNothingHeardToUse_andItsCommentsAreJudgedWithoutIt() {
        Path file = dir.resolve("t.db");
        try (Database db = Database.open(file)) {
            SpamTriage triage = new SpamTriage(db, QUICK);
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
            SpamTriage triage = new SpamTriage(db, QUICK);
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
            SpamTriage triage = new SpamTriage(db, QUICK);
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
