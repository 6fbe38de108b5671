package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.Importer;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.triage.TextPrint;
import dev.moddesk.triage.Triage;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How scoring after an import stays quick on a big database (here "big" is more than 10 decisions): a first import
 * is judged by a quick model of the newest decisions, a later one by the saved model, neither keeps a model, and the
 * next full run learns from every decision; the prints of decided texts kept by one run serve the next.
 */
class QuickTriageTest {
    static final int QUICK = 10;
    /** The small fixture's decisions teach a model (the desk waits for {@link Triage#FEWEST_OF_EACH} of each). */
    static final int FEWEST = 1;

    @TempDir
    Path dir;
    Path file;
    Database db;
    SpamTriage triage;
    long pending;
    long decided;

    @BeforeEach
    void importFixture() {
        file = dir.resolve("t.db");
        db = Database.open(file);
        new Importer(db, w -> { }).importFrom("fixture", "test", Fixtures.site(120));
        triage = new SpamTriage(db, QUICK, FEWEST);
        pending = Fixtures.count(120, Status.PENDING);
        decided = Fixtures.count(120, Status.APPROVED) + Fixtures.count(120, Status.SPAM);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long number(String sql) {
        return StoreProbe.number(file, sql);
    }

    @Test
    void aFirstImportIsJudgedByAQuickModel_everyCommentWithReasons_andTheNextFullRunLearnsFromAll() {
        assertTrue(decided > QUICK && pending > 0);
        TriageSummary first = triage.scorePending(Rescore.UNSCORED, () -> false);
        assertEquals(pending, first.scored());
        assertEquals(QUICK, first.learnedFrom(), "the newest decisions only");
        assertEquals(0, number("SELECT count(*) FROM comments WHERE status = 'pending' "
                + "AND (score IS NULL OR reasons IS NULL OR reasons = '[]')"), "every one has a score and reasons");
        assertEquals(0, number("SELECT count(*) FROM triage_model"), "the quick model is not kept");

        TriageSummary full = triage.scorePending(Rescore.ALL_WHEN_DECISIONS_CHANGED, () -> false);
        assertEquals(pending, full.scored(), "the next full run judges every pending comment again");
        assertEquals(decided, full.learnedFrom(), "learning from every decision");
        assertEquals(1, number("SELECT count(*) FROM triage_model"));
        assertEquals(0, triage.scorePending(Rescore.ALL_WHEN_DECISIONS_CHANGED, () -> false).scored());
    }

    @Test
    void aLaterImportIsJudgedByTheSavedModel_whichTheNextFullRunReplaces() {
        triage.scorePending(Rescore.ALL, () -> false);
        assertEquals(0, triage.scorePending(Rescore.ALL_WHEN_DECISIONS_CHANGED, () -> false).scored(),
                "the model kept is known to be of these decisions (hashed as the first run read them)");
        long trainedAt = number("SELECT trained_at FROM triage_model");
        new Importer(db, w -> { }).importFrom("more", "test", sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            sink.comment(Fixtures.comment(500, Status.PENDING));
            sink.comment(Fixtures.comment(501, Status.SPAM));
        });
        TriageSummary later = triage.scorePending(Rescore.UNSCORED, () -> false);
        assertEquals(1, later.scored(), "the new pending comment alone");
        assertEquals(decided, later.learnedFrom(), "what the saved model learned from");
        assertEquals(trainedAt, number("SELECT trained_at FROM triage_model"), "no model trained or kept");
        assertEquals(pending + 1, triage.scorePending(Rescore.ALL_WHEN_DECISIONS_CHANGED, () -> false).scored(),
                "the decisions changed: the next full run learns again and judges all");
    }

    @Test
    void aRunReadingTheKeptPrintsJudgesExactlyAsOneReadingTheTexts() {
        triage.scorePending(Rescore.ALL, () -> false);
        assertEquals(decided, number("SELECT count(*) FROM triage_texts"), "every decided text's print is kept");
        Scoring withPrints = triage.score(Rescore.ALL, () -> false);
        assertEquals(pending, withPrints.scored());
        assertEquals(0, withPrints.verdicts().size(), "the same verdicts as the run that read the texts");
        assertTrue(withPrints.prints().isEmpty(), "nothing new to keep");

        StoreProbe.execute(file, "UPDATE comments SET content = content || ' (edited)' WHERE id = "
                + "(SELECT min(id) FROM comments WHERE status = 'spam')");
        assertEquals(1, triage.score(Rescore.ALL, () -> false).prints().size(), "an edited text is read again");
    }

    @Test
    void aFirstQuickRunReadingOnlyTheNewestDecisions_judgesAsOneReadingThemAll_knowingEveryApprovedAuthor() {
        // an author whose one approved comment is the oldest decision, far behind the newest QUICK
        new Importer(db, w -> { }).importFrom("old timer", "test", sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            sink.comment(byOldTimer(900, Fixtures.BASE_DATE - 86_400, Status.APPROVED));
            sink.comment(byOldTimer(901, Fixtures.BASE_DATE + 1_000_000, Status.PENDING));
        });
        assertTrue(new TriageRules(db).load().previouslyApproved(), "WordPress's default rule is on");
        Scoring newestOnly = triage.score(Rescore.UNSCORED, () -> false);
        assertEquals(QUICK, newestOnly.prints().size(), "no decision past the newest was read");

        // a print kept (here of a pending comment, which no run reads) sends a quick run through every decision
        StoreProbe.execute(file, "INSERT INTO triage_texts (comment_id, version, exact, signature) "
                + "SELECT max(id), " + TextPrint.VERSION + ", 1, NULL FROM comments WHERE status = 'pending'");
        Scoring everyDecision = triage.score(Rescore.UNSCORED, () -> false);
        assertEquals(QUICK, everyDecision.learnedFrom());
        assertEquals(pending + 1, newestOnly.scored());
        assertEquals(everyDecision.verdicts(), newestOnly.verdicts(), "the same verdicts, reasons and all");
        long oldTimersPending = number("SELECT id FROM comments WHERE remote_id = 901");
        assertFalse(newestOnly.verdicts().get(oldTimersPending).reasons()
                .contains("no earlier approved comment from this author"), "the old approval is known");
    }

    private static Comment byOldTimer(long id, long date, Status status) {
        return new Comment(id, 1, 0, "Old Timer", "old@example.com", "", "192.0.2.200", null, 0, date,
                CommentType.COMMENT, "<p>Comment " + id + " from an old reader</p>", status);
    }
}
