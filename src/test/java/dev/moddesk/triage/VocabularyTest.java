package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Verdict;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    @Test
    void theBuilderKeepsEachHashOnce_zeroIncluded_sorted() {
        Random random = new Random(7);
        Vocabulary.Builder builder = new Vocabulary.Builder();
        TreeSet<Integer> expected = new TreeSet<>();
        for (int comment = 0; comment < 2_000; comment++) {
            int[] hashes = new int[random.nextInt(40)];
            for (int i = 0; i < hashes.length; i++) {
                // few enough values that most repeat, spread over the whole int range, and 0 now and then
                hashes[i] = random.nextInt(10) == 0 ? 0 : random.nextInt(20_000) * 214_749;
                expected.add(hashes[i]);
            }
            builder.addAll(hashes);
        }
        int[] built = builder.build().hashes();
        assertArrayEquals(expected.stream().mapToInt(Integer::intValue).toArray(), built);
        assertArrayEquals(built, Vocabulary.of(built).hashes());
    }

    /**
     * A word called typical of the spam or of the approved comments was in a decided comment. Those words pull
     * through their character n-grams too, so before the model kept its vocabulary one in ten such reasons named a
     * word no decided comment held; a word the model never saw is now named only as a new word, for its spelling.
     */
    @Test
    void aWordCalledTypicalCameInADecidedComment_aNewOneIsCalledNew() {
        List<Example> decided = YouTubeComments.allBut("Youtube03-LMFAO.csv");
        Set<String> seen = new HashSet<>();
        for (Example e : decided) {
            seen.addAll(Words.of(Links.scan(HtmlText.of(e.facts().content()).text()).rest()));
        }
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
                for (String named : named(reason)) {
                    boolean allSeen = seen.containsAll(List.of(named.split(" "))); // a phrase's words
                    assertEquals(!isNew, allSeen, "'" + named + "' in: " + reason);
                }
                typical += isNew ? 0 : 1;
                onlyNew += isNew ? 1 : 0;
            }
        }
        assertTrue(typical > 300, "reasons naming typical words: " + typical);
        assertTrue(onlyNew > 0, "some comments' words were all new on their side: " + onlyNew);
    }

    /** The words and phrases a reason quotes: "words like 'let's', 'party' are …" (a word may hold a quote). */
    private static List<String> named(String reason) {
        String list = reason.substring(reason.indexOf('\''), reason.lastIndexOf("' are ") + 1);
        return List.of(list.substring(1, list.length() - 1).split("', '"));
    }
}
