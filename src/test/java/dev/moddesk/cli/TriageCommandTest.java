package dev.moddesk.cli;

import static dev.moddesk.cli.CliTest.JSON;
import static dev.moddesk.cli.CliTest.keys;
import static dev.moddesk.cli.CliTest.ok;
import static dev.moddesk.cli.CliTest.userError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.LabelledExport;
import dev.moddesk.triage.Example;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code triage} (DESIGN §4) end to end, as the acceptance check runs it: two labelled sources imported as decided,
 * the third as pending; the pending ones scored at import and by {@code triage}, read back through {@code list}.
 */
class TriageCommandTest {
    private static final String SITE = "https://labelled.example";
    private static final long PENDING_FROM = 10_001;

    @TempDir
    Path dir;

    private String importedAcrossSources() throws Exception {
        String db = dir.resolve("t.db").toString();
        List<Example> decided = new ArrayList<>(LabelledExport.read(LabelledExport.SOURCES.get(0)));
        decided.addAll(LabelledExport.read(LabelledExport.SOURCES.get(1)));
        Path known = dir.resolve("decided.json");
        LabelledExport.write(known, SITE, 1, decided, true);
        Path fresh = dir.resolve("pending.json");
        LabelledExport.write(fresh, SITE, PENDING_FROM, LabelledExport.read(LabelledExport.SOURCES.get(2)), false);
        ok("--db", db, "import", known.toString());
        String imported = ok("--db", db, "import", fresh.toString()).out();
        assertTrue(imported.contains("scored 438 pending comments"), "an import scores what it brought: " + imported);
        assertEquals(700, StoreProbe.number(Path.of(db), "SELECT examples FROM triage_model"),
                "the model learned from the 700 decisions lives in the database");
        return db;
    }

    @Test
    void triageScoresEveryPendingComment_andTheScoresSeparateTheUnseenSource() throws Exception {
        String db = importedAcrossSources();
        JsonNode r = JSON.readTree(ok("--db", db, "triage", "--json").out());
        assertEquals(Set.of("scored", "likely_spam", "seconds"), keys(r));
        assertEquals(438, r.get("scored").asLong());
        assertTrue(r.get("likely_spam").asLong() > 150 && r.get("likely_spam").asLong() < 300, r.toString());

        JsonNode list = JSON.readTree(ok("--db", db, "list", "--status", "pending", "--limit", "1000", "--json").out());
        List<Example> truth = LabelledExport.read(LabelledExport.SOURCES.get(2));
        assertEquals(truth.size(), list.size());
        List<double[]> scored = new ArrayList<>();
        for (JsonNode item : list) {
            JsonNode reasons = item.get("reasons");
            assertTrue(item.get("score").isNumber(), "every pending comment has a score: " + item);
            double score = item.get("score").asDouble();
            assertTrue(score >= 0 && score <= 1, item.toString());
            assertTrue(reasons.isArray() && reasons.size() > 0 && reasons.get(0).isTextual(),
                    "reasons are a list of words: " + item);
            boolean spam = truth.get((int) (item.get("id").asLong() - PENDING_FROM)).spam();
            scored.add(new double[] {score, spam ? 1 : 0});
        }
        // the unseen source's spam outranks its legitimate comments (ROC AUC; the model's own tests hold the bar)
        assertTrue(auc(scored) > 0.9, "ROC AUC " + auc(scored));

        String[] lines = ok("--db", db, "list", "--status", "pending", "--limit", "1000").out().strip().split("\\R");
        assertEquals(list.size(), lines.length);
        for (int i = 0; i < lines.length; i++) {
            String score = String.format(Locale.ROOT, "%.2f", list.get(i).get("score").asDouble());
            assertEquals(List.of(list.get(i).get("id").asText(), "pending", score),
                    List.of(lines[i].strip().split("\\s+")).subList(0, 3), "the text lists the score too");
        }
    }

    @Test
    void theSavedModelServesWhileTheDecisionsStayTheSame_andANewDecisionTrainsAnother() throws Exception {
        String db = importedAcrossSources();
        Path file = Path.of(db);
        String model = "SELECT trained_at || ':' || decisions FROM triage_model";
        String first = StoreProbe.strings(file, model).get(0);
        Thread.sleep(5);
        ok("--db", db, "triage");
        assertEquals(first, StoreProbe.strings(file, model).get(0), "the same decisions: the same model, kept");
        ok("--db", db, "moderate", "--action", "spam", "--ids", Long.toString(PENDING_FROM));
        JsonNode r = JSON.readTree(ok("--db", db, "triage", "--json").out());
        assertEquals(437, r.get("scored").asLong(), "the decided one is no longer pending");
        assertEquals(701, StoreProbe.number(file, "SELECT examples FROM triage_model"));
        assertTrue(!first.equals(StoreProbe.strings(file, model).get(0)), "a new decision: a new model");
    }

    @Test
    void evaluateCrossValidatesTheDecidedComments_andWritesNothing() throws Exception {
        String db = importedAcrossSources();
        String before = ok("--db", db, "list", "--status", "pending", "--limit", "5", "--json").out();
        JsonNode r = JSON.readTree(ok("--db", db, "triage", "--evaluate", "--folds", "5", "--json").out());
        assertEquals(Set.of("n", "folds", "accuracy", "precision", "recall", "f1"), keys(r));
        assertEquals(700, r.get("n").asInt());
        assertEquals(5, r.get("folds").asInt());
        for (String k : List.of("accuracy", "precision", "recall", "f1")) {
            assertTrue(r.get(k).asDouble() > 0.85 && r.get(k).asDouble() <= 1, k + " " + r);
        }
        assertEquals(before, ok("--db", db, "list", "--status", "pending", "--limit", "5", "--json").out());
        String human = ok("--db", db, "triage", "--evaluate").out();
        assertTrue(human.startsWith("700 decided comments in 10 folds: accuracy 0."), human);
    }

    @Test
    void withoutDecisions_scoresAreStillGivenWithReasons_andEvaluateSaysWhatItNeeds() throws Exception {
        String db = dir.resolve("empty.db").toString();
        Path fresh = dir.resolve("pending.json");
        LabelledExport.write(fresh, SITE, 1, LabelledExport.read(LabelledExport.SOURCES.get(0)).subList(0, 20), false);
        ok("--db", db, "import", fresh.toString());
        JsonNode r = JSON.readTree(ok("--db", db, "triage", "--json").out());
        assertEquals(20, r.get("scored").asLong());
        for (JsonNode item : JSON.readTree(ok("--db", db, "list", "--json").out())) {
            assertFalse(item.get("reasons").isEmpty(), "a reason even with nothing learned: " + item);
        }
        assertTrue(userError("--db", db, "triage", "--evaluate").contains("needs at least 10 approved and 10 spam"));
        assertTrue(userError("--db", db, "triage", "--folds", "1").contains("--folds must be between 2 and 100"));
    }

    @Test
    void autoSpamIsOffUntilSwitchedOn_thenMarksWhatScoresAtLeastItsThreshold_asTheTriagesOwnDecision() throws Exception {
        String db = importedAcrossSources();
        Path file = Path.of(db);
        String autoSpammed = "SELECT count(*) FROM comments WHERE remote_id >= " + PENDING_FROM + " AND status = 'spam'";
        assertEquals(0, StoreProbe.number(file, autoSpammed), "nothing is decided automatically by default");
        long high = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending' AND score >= 0.9");
        assertTrue(high > 0);

        String out = ok("--db", db, "triage", "--auto-spam", "0.9").out();
        assertTrue(out.contains("auto-spam marked " + high + " comments spam"), out);
        assertEquals(high, StoreProbe.number(file, autoSpammed));
        assertEquals(List.of("triage (auto-spam at 0.90)"), StoreProbe.strings(file,
                "SELECT DISTINCT moderator FROM audit_log"), "the audit log names the triage");
        assertEquals(high, StoreProbe.number(file, "SELECT count(*) FROM outbox"), "pushed at the next sync");

        long putBack = Long.parseLong(StoreProbe.strings(file, "SELECT remote_id FROM comments WHERE status = 'spam' "
                + "AND remote_id >= " + PENDING_FROM).get(0));
        ok("--db", db, "moderate", "--action", "hold", "--ids", Long.toString(putBack));
        ok("--db", db, "triage", "--auto-spam", "0.5");
        assertEquals("pending", StoreProbe.status(file, putBack), "what a moderator put back stays back");
        ok("--db", db, "triage", "--auto-spam", "off");
        long spamNow = StoreProbe.number(file, autoSpammed);
        ok("--db", db, "moderate", "--action", "hold", "--ids", StoreProbe.strings(file,
                "SELECT remote_id FROM comments WHERE status = 'spam' AND remote_id >= " + PENDING_FROM).get(0));
        ok("--db", db, "triage");
        assertEquals(spamNow - 1, StoreProbe.number(file, autoSpammed), "off again: nothing more is decided");
        assertTrue(userError("--db", db, "triage", "--auto-spam", "1.5").contains("--auto-spam takes a score"));
    }

    /** The probability that a random spam outscores a random legitimate comment (ties count half). */
    static double auc(List<double[]> scored) {
        double pairs = 0;
        double wins = 0;
        for (double[] s : scored) {
            for (double[] h : scored) {
                if (s[1] == 1 && h[1] == 0) {
                    pairs++;
                    wins += s[0] > h[0] ? 1 : s[0] == h[0] ? 0.5 : 0;
                }
            }
        }
        return wins / pairs;
    }
}
