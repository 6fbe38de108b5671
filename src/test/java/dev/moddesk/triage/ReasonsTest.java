package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** How the words that pulled a score are gathered and shown: checked against the plain ways of saying it. */
class ReasonsTest {
    @Test
    void pullSumsSumEachKeyInTheOrderTheKeysFirstCame() {
        Random random = new Random(3);
        PullSums pulls = new PullSums(4);
        Map<String, Double> expected = new LinkedHashMap<>();
        for (int n = 0; n < 5_000; n++) {
            String word = "w" + random.nextInt(700); // several rehashes, many words met again
            double pull = random.nextGaussian();
            pulls.add(word, pull);
            expected.merge(word, pull, Double::sum);
        }
        List<Object> words = new ArrayList<>();
        List<Double> sums = new ArrayList<>();
        for (int i = 0; i < pulls.size(); i++) {
            words.add(pulls.key(i));
            sums.add(pulls.pull(i));
        }
        assertEquals(new ArrayList<>(expected.keySet()), words);
        assertEquals(new ArrayList<>(expected.values()), sums);
    }

    @Test
    void aReasonAFactSaysMoreFullyIsLeftToTheFact() {
        Reasons r = new Reasons();
        r.add("a pingback", 0.8);
        r.add("1 link", 0.5);
        r.fact("a pingback (the site holds them while it wants a previously approved comment)", 0);
        assertEquals(List.of("1 link",
                "a pingback (the site holds them while it wants a previously approved comment)"),
                r.words(null, "nothing"), "strongest first");
        Reasons alone = new Reasons();
        alone.add("a pingback", 0.8);
        assertEquals(List.of("a pingback"), alone.words(null, "nothing"), "shown when no fact says it");
    }

    @Test
    void aWordIsCalledTypicalOfTheKindItLeansTo_newWordsForTheirSpelling_elseNoWord() {
        Map<String, Vocabulary.Lean> leans = Map.of("casino", Vocabulary.Lean.SPAM, "bonus", Vocabulary.Lean.SPAM,
                "and", Vocabulary.Lean.APPROVED, "the", Vocabulary.Lean.EVEN, "so", Vocabulary.Lean.APPROVED);
        Function<Object, Vocabulary.Lean> lean = w -> {
            if (w instanceof Features.Phrase p) {
                Vocabulary.Lean a = leans.getOrDefault(p.first(), Vocabulary.Lean.NEW);
                Vocabulary.Lean b = leans.getOrDefault(p.second(), Vocabulary.Lean.NEW);
                return a == Vocabulary.Lean.NEW || b == Vocabulary.Lean.NEW ? Vocabulary.Lean.NEW
                        : a == b ? a : Vocabulary.Lean.EVEN;
            }
            return leans.getOrDefault(w, Vocabulary.Lean.NEW);
        };
        Reasons r = new Reasons(lean);
        r.word("casin0", 0.9); // never seen: its n-grams pull
        r.word("and", 0.6); // pulls to spam, but a larger share of the approved comments held it
        r.word("casino", 0.5);
        r.word(new Features.Phrase("casino", "bonus"), 0.4);
        r.word("bonus", 0.2);
        r.word("kthxbai", -0.6);
        r.word(new Features.Phrase("so", "gr8"), -0.5); // a phrase never seen: only hash-shared weights
        r.word("gr8", -0.3);
        assertEquals(List.of("words like 'casino bonus' are typical of the spam you marked",
                "new words like 'kthxbai', 'gr8' are spelt like comments you approved"),
                r.words(null, "nothing"));
        Reasons even = new Reasons(lean);
        even.word("the", 0.4);
        even.word("and", 0.3);
        assertEquals(List.of("other words pull towards the spam you marked"), even.words(null, "nothing"));
    }

    @Test
    void theHostsLinkedToAreOneReasonPerSide_strongestFirst() {
        Reasons r = new Reasons();
        r.signal("links to a.example", 0, 0.2);
        r.signal("links to b.example", 0, 0.9);
        r.signal("2 links", 0.5, 0.3);
        r.signal("links to c.example", 0, 0.4);
        r.signal("links to d.example", 0, 0.3);
        r.signal("links to e.example", 0, -0.5);
        assertEquals(List.of("links to b.example, c.example, d.example and 1 more (counts towards spam)",
                "links to e.example (counts against spam)", "2 links"), r.words(null, "nothing"));
    }

    @Test
    void aSignalWhoseWordsDoNotSayWhichWayItPulledSaysSo() {
        Reasons r = new Reasons();
        r.signal("a valid email address", 0, -0.4); // no prior: either way
        r.signal("4 links", 1.0, -0.3); // spam-like on any site, but these decisions say otherwise
        r.signal("email domain has no valid top-level domain", 1.5, 0.2); // the way its words say
        assertEquals(List.of("a valid email address (counts against spam)",
                "4 links, though in your decisions that counts against spam",
                "email domain has no valid top-level domain"), r.words(null, "nothing"));
        Reasons pingback = new Reasons();
        pingback.signal("a pingback", 0, 0.8);
        pingback.fact("a pingback (the site holds them while it wants a previously approved comment)", 0);
        assertEquals(List.of("a pingback (the site holds them while it wants a previously approved comment)"),
                pingback.words(null, "nothing"), "a fact that says it more fully");
    }

    @Test
    void aWordThatMayHaveBeenCutIsShownSo() {
        String forty = "x".repeat(Words.LONGEST);
        assertEquals(forty + "… y", Reasons.whole(forty + " y"));
        assertEquals("x".repeat(Words.LONGEST - 1), Reasons.whole("x".repeat(Words.LONGEST - 1)));
    }

    @Test
    void aWordIsContainedBetweenSpacesOrTheEnds() {
        String[] parts = {"", "a", "b", "ab", " ", "a b", "b a", "a  b", " a", "a ", "ba b", "a ab a"};
        for (String phrase : parts) {
            for (String word : parts) {
                boolean padded = phrase.equals(word) || (" " + phrase + " ").contains(" " + word + " ");
                assertEquals(padded, Reasons.containsWord(phrase, word), "'" + word + "' in '" + phrase + "'");
            }
        }
    }

    @Test
    void eachSideShowsItsStrongestLongerWordsAsASortOfAllOfThemWould() {
        Random random = new Random(11);
        String[] vocabulary = {"a", "it", "check", "out", "check out", "my", "channel", "my channel", "free", "é",
            "subscribe", "please subscribe", "nice", "song", "nice song", "love", "i love", "this", "i love this"};
        for (int n = 0; n < 3_000; n++) {
            Reasons reasons = new Reasons();
            Map<String, Double> words = new LinkedHashMap<>();
            for (int k = random.nextInt(30); k > 0; k--) {
                String word = vocabulary[random.nextInt(vocabulary.length)];
                double pull = random.nextInt(5) == 0 ? 0.25 : random.nextGaussian(); // ties too
                reasons.word(label(word), pull);
                words.merge(word, pull, Double::sum);
            }
            assertEquals(sortedSides(words), reasons.pulls(), "case " + n);
        }
    }

    /** A word, or a phrase as the triage labels it: a pair of words, joined only when shown. */
    private static Object label(String text) {
        int space = text.lastIndexOf(' ');
        return space < 0 ? text : new Features.Phrase(text.substring(0, space), text.substring(space + 1));
    }

    /** The two sides' reasons worded from a full, stable sort of each side's words. */
    private static List<Reasons.Pull> sortedSides(Map<String, Double> words) {
        List<Reasons.Pull> out = new ArrayList<>();
        for (boolean spamSide : new boolean[] {true, false}) {
            List<Map.Entry<String, Double>> side = new ArrayList<>();
            double total = 0;
            for (Map.Entry<String, Double> e : words.entrySet()) {
                if (spamSide ? e.getValue() > 0 : e.getValue() < 0) {
                    side.add(e);
                    total += e.getValue();
                }
            }
            if (side.isEmpty()) {
                continue;
            }
            side.sort(Comparator.comparing((Map.Entry<String, Double> e) -> e.getKey().codePointCount(0,
                    e.getKey().length()) < 3).thenComparingDouble(e -> -Math.abs(e.getValue())));
            List<String> shown = new ArrayList<>();
            for (Map.Entry<String, Double> e : side) {
                String word = e.getKey();
                if (shown.stream().noneMatch(s -> padded(s, word) || padded(word, s))) {
                    shown.add(word);
                } else if (word.contains(" ")) {
                    shown.removeIf(s -> padded(word, s));
                    shown.add(word);
                }
                if (shown.size() == 3) {
                    break;
                }
            }
            List<String> quoted = shown.stream().map(s -> "'" + s + "'").toList();
            out.add(new Reasons.Pull("words like " + String.join(", ", quoted) + (spamSide
                    ? " are typical of the spam you marked" : " are typical of comments you approved"), total, false));
        }
        out.sort(Comparator.comparingDouble((Reasons.Pull p) -> -Math.abs(p.logOdds())));
        return out;
    }

    private static boolean padded(String phrase, String word) {
        return phrase.equals(word) || (" " + phrase + " ").contains(" " + word + " ");
    }
}
