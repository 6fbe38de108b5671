package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
    private static final String SPAM = "hey guys check out my new channel and our first video please subscribe "
            + "and leave a like youtube.com";

    @Test
    void findsTheSameAndNearlyTheSameTextWithTheirCounts() {
        NearDuplicates index = new NearDuplicates();
        for (int i = 0; i < 12; i++) {
            index.add(SPAM, true);
        }
        index.add(SPAM.replace("new", "brand new"), true);
        index.add("what a lovely song, i listen to it every morning", false);
        assertEquals(new NearDuplicates.Match(13, 0), index.find(SPAM));
        assertEquals(new NearDuplicates.Match(13, 0), index.find(SPAM.replace("please", "pls")),
                "a small edit is still the same text");
        assertEquals(NearDuplicates.Match.NONE, index.find("this song reminds me of summer 2012 with my friends"));
        assertEquals(NearDuplicates.Match.NONE, index.find(""));
    }

    @Test
    void aCandidateIsANearDuplicateWhenItsSignatureAgreesOnAtLeast23Of32Hashes() {
        Random random = new Random(3);
        for (int differing = 0; differing <= 12; differing++) {
            int[] decided = new int[NearDuplicates.HASHES];
            for (int k = 0; k < decided.length; k++) {
                decided[k] = random.nextInt();
            }
            NearDuplicates index = new NearDuplicates();
            index.add(new TextPrint(1, decided), true);
            // the differences in the first hashes, so the last band still finds the candidate; the rest agree
            int[] pending = decided.clone();
            for (int k = 0; k < differing; k++) {
                pending[k] = ~pending[k];
            }
            boolean near = NearDuplicates.HASHES - differing >= NearDuplicates.AGREEING;
            assertEquals(near ? new NearDuplicates.Match(1, 0) : NearDuplicates.Match.NONE, index.find(pending),
                    differing + " hashes differ");
        }
    }

    @Test
    void amongManyUnrelatedTextsFindsOnlyTheNearDuplicate() {
        NearDuplicates index = new NearDuplicates();
        Random random = new Random(3);
        String[] words = "love song music great best video ever time year lol wow nice voice beat dance".split(" ");
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            index.add(text.toString(), false);
        }
        index.add(SPAM, true);
        NearDuplicates.Match m = index.find(SPAM.replace("first", "1st"));
        assertEquals(1, m.spam());
        assertTrue(m.ham() == 0, "no unrelated text counts: " + m);
    }

    @Test
    void signaturesAgreeRoughlyAsMuchAsTheTextsOverlap() {
        int[] a = NearDuplicates.signature(SPAM);
        int[] b = NearDuplicates.signature("a completely different sentence about cooking pasta at home");
        int same = 0;
        for (int k = 0; k < NearDuplicates.HASHES; k++) {
            same += a[k] == b[k] ? 1 : 0;
        }
        assertTrue(same < 4, "unrelated texts share few minima: " + same);
    }

    @Test
    void theSignatureReadsTheTextAsStripWouldLeaveIt() {
        // spaces, tabs, line ends, the Unicode spaces strip takes (and the no-break space it leaves), a surrogate pair
        String[] parts = {" ", "\t", "\n", "\u2003", "\u3000", "\u00a0", "a", "\u00e9", "\ud83d\ude00", "x y", ""};
        Random random = new Random(5);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int p = random.nextInt(8); p > 0; p--) {
                text.append(parts[random.nextInt(parts.length)]);
            }
            String t = text.toString();
            int from = NearDuplicates.strippedFrom(t);
            assertEquals(t.strip(), t.substring(from, NearDuplicates.strippedTo(t, from)), "'" + t + "'");
        }
        assertArrayEquals(NearDuplicates.signature(SPAM), NearDuplicates.signature(" \u2003" + SPAM + "\t "));
    }
}
