package dev.moddesk.app.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.testing.LabelledExport;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.triage.Example;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A threshold tried on the decisions: on the verdicts the decided comments kept from before their decision, and on
 * cross-validated scores while too few did (a site's imported decisions were never scored).
 */
class ThresholdCheckTest {
    private static final String SITE = "https://labelled.example";

    @TempDir
    Path dir;
    Workspace desk;

    @AfterEach
    void close() {
        if (desk != null) {
            desk.close();
        }
    }

    private void open(List<Example> decided, List<Example> pending) throws IOException {
        desk = Workspace.open(dir.resolve("t.db"), () -> "tester");
        Path file = dir.resolve("export.json");
        LabelledExport.write(file, SITE, 1, decided, true);
        desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
        LabelledExport.write(file, SITE, 10_001, pending, false);
        desk.importer(w -> { }).importFile(file, ImportProgress.NONE, () -> false);
    }

    @Test
    void importedDecisionsNeverScored_areTriedByCrossValidation() throws IOException {
        List<Example> decided = LabelledExport.read(LabelledExport.SOURCES.get(0));
        open(decided, List.of());
        ThresholdCheck half = desk.triage().check(0.5);
        assertEquals(ThresholdCheck.Basis.CROSS_VALIDATED, half.basis());
        assertEquals(decided.stream().filter(Example::spam).count(), half.spam());
        assertEquals(decided.stream().filter(e -> !e.spam()).count(), half.approved());
        assertTrue(half.spamCaught() > half.spam() * 8 / 10, "most spam caught: " + half);
        assertTrue(half.approvedCaught() < half.approved() / 10, "few approved caught: " + half);
        ThresholdCheck strict = desk.triage().check(0.99);
        assertTrue(strict.spamCaught() < half.spamCaught() && strict.approvedCaught() <= half.approvedCaught(),
                "a higher threshold catches less: " + strict);
        assertTrue(half.sentence().startsWith("Tried on the newest 350 decisions"), half.sentence());
        assertTrue(half.sentence().contains("would have caught " + half.spamCaught() + " of the 175 spam and "
                + half.approvedCaught() + " of the 175 approved comments"), half.sentence());
        assertTrue(half.brief().startsWith("on past decisions it would have caught " + half.spamCaught() + " of the "
                + "175 spam"), half.brief());
    }

    @Test
    void decisionsScoredBeforeTheyWereMade_areTriedOnTheScoresTheyKept() throws IOException {
        List<Example> pending = LabelledExport.read(LabelledExport.SOURCES.get(1)).subList(0, 80);
        open(LabelledExport.read(LabelledExport.SOURCES.get(0)), pending);
        desk.triage().scorePending(Rescore.UNSCORED, () -> false);
        for (int i = 0; i < pending.size(); i++) {
            List<Long> row = desk.moderation().findBySiteIds(SITE, List.of(10_001L + i));
            desk.moderation().decide(row, pending.get(i).spam() ? ModerationAction.SPAM : ModerationAction.APPROVE);
        }
        Path db = dir.resolve("t.db");
        long spam = StoreProbe.number(db, "SELECT count(*) FROM comments WHERE status = 'spam' AND score IS NOT NULL");
        ThresholdCheck check = desk.triage().check(0.5);
        assertEquals(ThresholdCheck.Basis.KEPT_SCORES, check.basis());
        assertEquals(80, check.spam() + check.approved(), "only the 80 scored before their decision");
        assertEquals(spam, check.spam());
        assertEquals(StoreProbe.number(db, "SELECT count(*) FROM comments WHERE status = 'spam' AND score >= 0.5"),
                check.spamCaught());
        assertEquals(StoreProbe.number(db, "SELECT count(*) FROM comments WHERE status = 'approved' "
                + "AND score >= 0.5"), check.approvedCaught());
        assertTrue(check.sentence().startsWith("Among the 80 decided comments scored before their decision, this "
                + "threshold would have caught " + check.spamCaught() + " of the " + spam + " spam"), check.sentence());
    }

    @Test
    void tooFewDecisionsOfAKind_sayTheThresholdCannotBeTriedYet() throws IOException {
        List<Example> decided = LabelledExport.read(LabelledExport.SOURCES.get(0)).stream()
                .filter(e -> !e.spam()).limit(40).collect(java.util.stream.Collectors.toList());
        decided.addAll(LabelledExport.read(LabelledExport.SOURCES.get(0)).stream().filter(Example::spam).limit(3)
                .toList());
        open(decided, List.of());
        ThresholdCheck check = desk.triage().check(0.5);
        assertEquals(ThresholdCheck.Basis.NONE, check.basis());
        assertEquals("There are too few approved and spam comments yet to try this threshold on.", check.sentence());
        assertEquals("too few decisions yet to try it on", check.brief());
    }
}
