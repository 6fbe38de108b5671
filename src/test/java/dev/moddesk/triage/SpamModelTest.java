package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpamModelTest {
    private static final List<Example> DECIDED = YouTubeComments.file("Youtube01-Psy.csv");

    @Test
    void theBytesGiveBackAModelThatScoresExactlyTheSame() {
        SpamModel model = SpamModel.train(DECIDED);
        byte[] bytes = model.toBytes();
        SpamModel back = SpamModel.fromBytes(bytes);
        assertEquals(DECIDED.size(), back.examples());
        assertTrue(model.vocabularySize() > 1000, "the words of 350 comments: " + model.vocabularySize());
        assertEquals(model.vocabularySize(), back.vocabularySize());
        assertEquals(Vocabulary.Lean.SPAM, back.lean("subscribe"));
        assertEquals(Vocabulary.Lean.SPAM, back.lean(new Features.Phrase("my", "channel")));
        assertEquals(Vocabulary.Lean.APPROVED, back.lean("love"));
        assertEquals(Vocabulary.Lean.NEW, back.lean("zyzzyva"));
        assertEquals(Vocabulary.Lean.NEW, back.lean(new Features.Phrase("check", "zyzzyva")));
        assertArrayEquals(bytes, back.toBytes());
        KnownComments known = KnownComments.of(DECIDED);
        for (Example e : YouTubeComments.file("Youtube02-KatyPerry.csv")) {
            Verdict a = new Triage(model, known).judge(e.facts(), List.of());
            Verdict b = new Triage(back, known).judge(e.facts(), List.of());
            assertEquals(a, b);
        }
        assertTrue(bytes.length < 4 << 20, "a few MB at most: " + bytes.length);
    }

    @Test
    void theTextsReadOnEveryCoreTeachExactlyWhatOneThreadReadingThemInOrderTeaches() {
        List<Example> many = new ArrayList<>(); // more than one chunk of texts read together
        for (int copy = 0; copy < 4; copy++) {
            for (Example e : YouTubeComments.all()) {
                CommentFacts f = e.facts();
                many.add(new Example(new CommentFacts(f.author() + copy, f.email(), f.url(), f.ip(), f.agent(),
                        f.type(), f.content() + " " + copy), e.spam()));
            }
        }
        Training oneThread = new Training(many.size());
        for (Example e : many) {
            oneThread.add(Analysis.of(e.facts()).features, e.spam());
        }
        assertArrayEquals(oneThread.fit().toBytes(), SpamModel.train(many).toBytes());
    }

    @Test
    void trainingIsDeterministic() {
        assertArrayEquals(SpamModel.train(DECIDED).toBytes(), SpamModel.train(DECIDED).toBytes());
    }

    @Test
    void anythingButAModelIsRefused() {
        byte[] bytes = SpamModel.train(DECIDED.subList(0, 20)).toBytes();
        assertThrows(IllegalArgumentException.class, () -> SpamModel.fromBytes(new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> SpamModel.fromBytes("not a model".getBytes()));
        byte[] otherFeatures = bytes.clone();
        otherFeatures[11] ^= 0x7f; // the features version in the header
        assertThrows(IllegalArgumentException.class, () -> SpamModel.fromBytes(otherFeatures));
        for (byte earlier : new byte[] {1, 2}) { // 1: maybe of approved comments alone; 2: no vocabulary
            byte[] earlierFormat = bytes.clone();
            earlierFormat[7] = earlier;
            assertThrows(IllegalArgumentException.class, () -> SpamModel.fromBytes(earlierFormat));
        }
        assertThrows(IllegalArgumentException.class,
                () -> SpamModel.fromBytes(Arrays.copyOf(bytes, bytes.length / 2)), "truncated");
    }
}
