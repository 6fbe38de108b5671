package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.CommentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Cross-validation never lets a comment be scored by a model or known comments that saw it. */
class CrossValidationTest {
    /**
     * Labels at random over texts and authors that each appear once: nothing can be learnt, so honest figures are
     * a coin's. A fold judged by a triage that had seen the comment would find its own text as a near-duplicate
     * and its own author's decision in the history, and score near 1.
     */
    @Test
    void randomLabelsOnUniqueCommentsScoreLikeACoin() {
        Random random = new Random(11);
        List<Example> decided = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            decided.add(new Example(new CommentFacts("author " + i, "a" + i + "@example.com",
                    "https://site" + i + ".example.org", "10.0." + (i / 256) + "." + (i % 256), null,
                    CommentType.COMMENT, "comment number " + i + " says " + randomWords(random)), random.nextBoolean()));
        }
        Evaluation e = CrossValidation.run(decided, 10, 1);
        assertEquals(400, e.n());
        assertTrue(e.accuracy() < 0.62 && e.rocAuc() < 0.62, "nothing to learn, nothing found: " + e);
    }

    /**
     * The same text twice, once approved and once marked spam: each copy must be judged without its own label, so
     * when its twin is in the training folds the twin's (opposite) label is all there is to go on and the verdict
     * is wrong. Seeing its own label too would cancel that out and bring the figures up to a coin's.
     */
    @Test
    void exactDuplicatesAcrossLabelsGiveNoFreeAnswers() {
        Random random = new Random(5);
        List<Example> decided = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            String text = randomWords(random);
            boolean first = random.nextBoolean();
            decided.add(new Example(TextReadingTest.facts(text), first));
            decided.add(new Example(TextReadingTest.facts(text), !first));
        }
        Evaluation e = CrossValidation.run(decided, 5, 2);
        assertTrue(e.accuracy() < 0.3, "judged by the twin alone: " + e);
    }

    @Test
    void foldsAreStratified() {
        List<Example> decided = YouTubeComments.file("Youtube01-Psy.csv");
        int[] fold = CrossValidation.stratifiedFolds(decided, 10, 3);
        int[] spamPerFold = new int[10];
        int[] perFold = new int[10];
        for (int i = 0; i < fold.length; i++) {
            perFold[fold[i]]++;
            spamPerFold[fold[i]] += decided.get(i).spam() ? 1 : 0;
        }
        for (int f = 0; f < 10; f++) {
            assertTrue(perFold[f] == 35 && Math.abs(spamPerFold[f] - 17.5) <= 1, "fold " + f);
        }
        assertThrows(IllegalArgumentException.class, () -> CrossValidation.run(decided, 1, 1));
    }

    @Test
    void evaluationFiguresFollowTheirDefinitions() {
        Evaluation e = Evaluation.of(new boolean[] {true, true, false, false, true},
                new double[] {0.9, 0.4, 0.6, 0.1, 0.8}, 1);
        assertEquals(0.6, e.accuracy(), 1e-12);
        assertEquals(2 / 3.0, e.precision(), 1e-12);
        assertEquals(2 / 3.0, e.recall(), 1e-12);
        assertEquals(2 / 3.0, e.f1(), 1e-12);
        assertEquals(5 / 6.0, e.rocAuc(), 1e-12);
        assertEquals(0.5, Evaluation.of(new boolean[] {true}, new double[] {0.7}, 1).rocAuc());
    }

    private static String randomWords(Random random) {
        StringBuilder s = new StringBuilder();
        for (int w = 0; w < 8; w++) {
            for (int c = 0; c < 3 + random.nextInt(5); c++) {
                s.append((char) ('a' + random.nextInt(26)));
            }
            s.append(' ');
        }
        return s.toString();
    }
}
