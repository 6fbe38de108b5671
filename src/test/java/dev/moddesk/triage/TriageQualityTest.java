package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The triage's figures on the labelled YouTube comments (test resources, see their README), a little below those
 * measured with {@code dev.moddesk.bench.TriageBench --quality}, so that a model that broke fails here. Training is
 * deterministic, so the figures do not wander between runs.
 */
class TriageQualityTest {
    /** Measured: ROC AUC and F1 when trained on the other two files. */
    private static final Map<String, double[]> ACROSS = Map.of(
            "Youtube01-Psy.csv", new double[] {0.992, 0.958},
            "Youtube02-KatyPerry.csv", new double[] {0.991, 0.955},
            "Youtube03-LMFAO.csv", new double[] {0.972, 0.928});
    private static final double MARGIN = 0.015;

    @Test
    void tenFoldCrossValidationOverAllThreeFiles() {
        Evaluation e = CrossValidation.run(YouTubeComments.all(), 10, 1);
        // measured: accuracy 0.971, F1 0.972, ROC AUC 0.996
        assertTrue(e.accuracy() >= 0.971 - MARGIN && e.f1() >= 0.972 - MARGIN && e.rocAuc() >= 0.99, e.toString());
    }

    @Test
    void trainedOnTwoSourcesItJudgesTheThird() {
        for (String heldOut : YouTubeComments.FILES) {
            Evaluation e = YouTubeComments.heldOut(heldOut);
            double[] measured = ACROSS.get(heldOut);
            assertTrue(e.rocAuc() >= measured[0] - MARGIN && e.f1() >= measured[1] - MARGIN, heldOut + ": " + e);
        }
    }
}
