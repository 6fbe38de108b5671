package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Verdict;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void theBuilderCountsTheDecisionsOfEachKindThatHeldEachHash_zeroIncluded_sortedByHash() {
        Random random = new Random(7);
        Vocabulary.Builder builder = new Vocabulary.Builder();
        TreeMap<Integer, int[]> expected = new TreeMap<>();
        for (int decision = 0; decision < 2_000; decision++) {
            boolean spam = random.nextInt(3) == 0;
            Set<Integer> held = new HashSet<>();
            while (held.size() < random.nextInt(40)) {
                // few enough values that most come again, over the whole int range, and 0 now and then
                held.add(random.nextInt(10) == 0 ? 0 : random.nextInt(20_000) * 214_749);
            }
            for (int h : held) {
                expected.computeIfAbsent(h, k -> new int[2])[spam ? 0 : 1]++;
            }
            builder.addAll(held.stream().mapToInt(Integer::intValue).toArray(), spam);
        }
        Vocabulary built = builder.build(700, 1_300);
        assertArrayEquals(expected.keySet().stream().mapToInt(Integer::intValue).toArray(), built.hashes());
        assertArrayEquals(expected.values().stream().mapToInt(c -> c[0]).toArray(), built.spamCounts());
        assertArrayEquals(expected.values().stream().mapToInt(c -> c[1]).toArray(), built.approvedCounts());
        assertThrows(IllegalArgumentException.class,
                () -> new Vocabulary(new int[] {2, 1}, new int[2], new int[2], 1, 1), "hashes out of order");
    }

    @Test
    void aWordLeansToTheKindAClearlyLargerShareOfWhichHeldIt() {
        Vocabulary.Builder builder = new Vocabulary.Builder();
        Map<String, int[]> held = Map.of( // of 10 spam and 100 approved decisions
                "casino", new int[] {3, 0},
                "post", new int[] {2, 60}, // though 2 spam held it, and it may pull towards spam
                "the", new int[] {5, 50}, // half of each
                "barely", new int[] {3, 25}); // 30 % of the spam against 25 % of the approved: no clear lean
        for (int i = 0; i < 110; i++) {
            boolean spam = i < 10;
            int nth = spam ? i : i - 10;
            int[] hashes = held.entrySet().stream().filter(e -> nth < e.getValue()[spam ? 0 : 1])
                    .mapToInt(e -> Analysis.wordHash(e.getKey())).toArray();
            builder.addAll(hashes, spam);
        }
        Vocabulary v = builder.build(10, 100);
        assertEquals(Vocabulary.Lean.SPAM, v.lean("casino"));
        assertEquals(Vocabulary.Lean.APPROVED, v.lean("post"));
        assertEquals(Vocabulary.Lean.EVEN, v.lean("the"));
        assertEquals(Vocabulary.Lean.EVEN, v.lean("barely"));
        assertEquals(Vocabulary.Lean.NEW, v.lean("unseen"));
        assertEquals(Vocabulary.Lean.SPAM, v.lean(new Features.Phrase("casino", "casino")));
        assertEquals(Vocabulary.Lean.EVEN, v.lean(new Features.Phrase("casino", "post")), "its words disagree");
        assertEquals(Vocabulary.Lean.NEW, v.lean(new Features.Phrase("casino", "unseen")));
        assertEquals(Vocabulary.Lean.SPAM, Vocabulary.lean(1, 0, 10, 100), "held by one spam only");
        assertEquals(Vocabulary.Lean.EVEN, Vocabulary.lean(11, 18, 1_500, 2_540), "0.73 % against 0.71 %");
    }

    /**
     * A word called typical of the spam (or of the approved comments) was held by a larger share of the spam than of
     * the approved comments (or the reverse), whichever way its weights pulled: a word pulls through its n-grams and
     * phrases too, and a weight says what a feature adds given the others, so before the model kept its vocabulary
     * reasons called 'and' typical of the spam and named words no decided comment held. A word the model never saw is
     * named only as a new word, for its spelling.
     */
    @Test
    void aWordCalledTypicalLeansThatWay_aNewOneCameInNoDecision() {
        List<Example> decided = YouTubeComments.allBut("Youtube03-LMFAO.csv");
        Map<String, int[]> held = new HashMap<>();
        int spamDecisions = 0;
        for (Example e : decided) {
            spamDecisions += e.spam() ? 1 : 0;
            for (String w : new HashSet<>(Words.of(Links.scan(HtmlText.of(e.facts().content()).text()).rest()))) {
                held.computeIfAbsent(w, k -> new int[2])[e.spam() ? 0 : 1]++;
            }
        }
        int approvedDecisions = decided.size() - spamDecisions;
        Triage triage = Triage.learn(decided);
        int typical = 0;
        int onlyNew = 0;
        for (Example e : YouTubeComments.file("Youtube03-LMFAO.csv")) {
            Verdict v = triage.judge(e.facts(), List.of());
            for (String reason : v.reasons()) {
                boolean isNew = reason.startsWith("new words like ");
                if (!isNew && !reason.startsWith("words like ")) {
                    continue;
                }
                boolean spamSide = reason.endsWith("the spam you marked");
                for (String named : named(reason)) {
                    for (String word : named.replace("…", "").split(" ")) { // a phrase's words, a cut one whole
                        int[] counts = held.get(word);
                        if (isNew) {
                            assertTrue(counts == null || !named.equals(word), "'" + word + "' in: " + reason);
                            continue;
                        }
                        assertTrue(counts != null, "'" + word + "' was held by a decision: " + reason);
                        double spamShare = (counts[0] + 1.0) / (spamDecisions + 2.0);
                        double approvedShare = (counts[1] + 1.0) / (approvedDecisions + 2.0);
                        assertTrue(spamSide ? spamShare >= 1.5 * approvedShare : approvedShare >= 1.5 * spamShare,
                                "'" + word + "' (" + counts[0] + " spam, " + counts[1] + " approved): " + reason);
                    }
                }
                typical += isNew ? 0 : 1;
                onlyNew += isNew ? 1 : 0;
            }
        }
        assertTrue(typical > 300, "reasons naming typical words: " + typical);
        assertTrue(onlyNew > 0, "some comments' words on a side were all new: " + onlyNew);
    }

    /** The words and phrases a reason quotes: "words like 'let's', 'party' are …" (a word may hold a quote). */
    private static List<String> named(String reason) {
        String list = reason.substring(reason.indexOf('\''), reason.lastIndexOf("' are ") + 1);
        assertFalse(list.isEmpty(), reason);
        return List.of(list.substring(1, list.length() - 1).split("', '"));
    }
}
