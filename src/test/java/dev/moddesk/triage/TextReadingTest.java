package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Reading a comment's text: HTML and entities, links, words in any script, and input meant to hurt. */
class TextReadingTest {
    /** What {@link Analysis#hasPhoneNumber} finds, as the regular expression it replaced says it. */
    private static final Pattern PHONE = Pattern.compile("\\+?\\d(?:[\\s().-]{0,2}\\d){8,}");

    @Test
    void aPhoneNumberIsNineDigitsOrMoreWithAtMostTwoSeparatorsBetweenThem() {
        assertTrue(Analysis.hasPhoneNumber("call +1 (555) 123-4567 now"));
        assertTrue(Analysis.hasPhoneNumber("0044.20..7946.0958"));
        assertTrue(Analysis.hasPhoneNumber("1\t2\n3\r4\f5\u000B6 7 8 9"));
        assertFalse(Analysis.hasPhoneNumber("12345678"), "eight digits");
        assertFalse(Analysis.hasPhoneNumber("1   23456789"), "three spaces part them");
        assertFalse(Analysis.hasPhoneNumber("1234/56789"), "a slash parts them");
        assertFalse(Analysis.hasPhoneNumber("１２３４５６７８９"), "only ASCII digits, as \\d");
        Random random = new Random(7);
        String alphabet = "0123456789 ().-+\t\nx/\u0660";
        for (int n = 0; n < 50_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                text.append(alphabet.charAt(random.nextInt(random.nextBoolean() ? 10 : alphabet.length())));
            }
            String t = text.toString();
            assertEquals(PHONE.matcher(t).find(), Analysis.hasPhoneNumber(t), "'" + t + "'");
        }
    }

    @Test
    void htmlLosesItsTagsKeepsItsLinkTargetsAndDecodesEntities() {
        HtmlText t = HtmlText.of("Fish &amp; chips &lt;3 I don&#39;t &#x1F600; &bogus; &amp<br />next "
                + "<a href=\"http://spam.example.com/?a=1&amp;b=2\" rel=\"nofollow\">here</a>");
        assertEquals("Fish & chips <3 I don't \uD83D\uDE00 &bogus; &amp next here", t.text());
        assertEquals(List.of("http://spam.example.com/?a=1&b=2"), t.links());
    }

    @Test
    void aLessThanThatOpensNoTagStaysText() {
        assertEquals("a < b and <3 and 1<2", HtmlText.of("a < b and <3 and 1<2").text());
        assertEquals("<unclosed", HtmlText.of("<unclosed").text());
    }

    @Test
    void wordsAreLowerCaseRunsOfLettersInAnyScriptAndSymbolsStandAlone() {
        assertEquals(List.of("don't", "stop", "2015"), Words.of("Don't STOP!!! 2015..."));
        assertEquals(List.of("שלום", "עולם", "مرحبا"), Words.of("שלום, עולם! مرحبا"));
        assertEquals(List.of("😂", "😂", "♥"), Words.of("😂😂 ♥\uFEFF"));
        assertEquals(List.of("中文评论很好"), Words.of("中文评论很好"));
        assertEquals(List.of("cafe\u0301"), Words.of("Cafe\u0301!"), "a combining mark stays in its word");
    }

    @Test
    void wordsAreLoweredExactlyAsStringToLowerCaseLowersThem() {
        assertEquals(List.of("οδυσσεας", "ος", "i\u0307stanbul", "abc"), Words.of("ΟΔΥΣΣΕΑΣ ΟΣ İSTANBUL AbC"),
                "the final sigma, and the dotted capital I that lowers to two chars");
        Random random = new Random(11);
        String alphabet = "AbZzÀéΣσςΟİIıẞß'’ 1-😂\u0301ǅ" + "x".repeat(8);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(30); i > 0; i--) {
                text.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0,
                        random.nextInt(alphabet.codePointCount(0, alphabet.length())))));
            }
            String t = text.toString();
            assertEquals(wordsLoweredWhole(t), Words.of(t), "'" + t + "'");
        }
    }

    /**
     * What {@link Words#of} gave before it lowered ASCII letters as it went: each word kept as written, then lowered
     * whole by {@link String#toLowerCase}.
     */
    private static List<String> wordsLoweredWhole(String text) {
        List<String> out = new java.util.ArrayList<>();
        StringBuilder word = new StringBuilder();
        int length = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            int type = Character.getType(cp);
            boolean part = Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                    || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
            boolean apostrophe = (cp == '\'' || cp == '\u2019') && word.length() > 0 && i + 1 < text.length()
                    && Character.isLetter(text.codePointAt(i + 1));
            if (part || apostrophe) {
                if (length++ < Words.LONGEST) {
                    word.appendCodePoint(cp);
                }
            } else {
                if (word.length() > 0) {
                    out.add(word.toString().toLowerCase(java.util.Locale.ROOT));
                }
                word.setLength(0);
                length = 0;
                if (Words.isSymbol(cp)) {
                    out.add(new String(Character.toChars(cp)));
                }
            }
            i += Character.charCount(cp);
        }
        if (word.length() > 0) {
            out.add(word.toString().toLowerCase(java.util.Locale.ROOT));
        }
        return out;
    }

    @Test
    void aPhrasesHashIsTheHashOfItsWordsJoinedBySpace() {
        Random random = new Random(5);
        String alphabet = "ab z😂é\u0000";
        for (int n = 0; n < 5_000; n++) {
            String first = randomText(random, alphabet);
            String second = randomText(random, alphabet);
            assertEquals(Hashing.of(0x7a1d, first + " " + second), Hashing.of(0x7a1d, first, ' ', second));
        }
        assertEquals("spam here", new Features.Phrase("spam", "here").text());
    }

    @Test
    void aRunOfMixedValuesHashesAsTheValuesThemselves() {
        Random random = new Random(6);
        for (int n = 0; n < 5_000; n++) {
            String text = randomText(random, "ab z😂é\u0000<>");
            int[] mixed = new int[text.length()];
            for (int i = 0; i < text.length(); i++) {
                mixed[i] = Hashing.mix(text.charAt(i));
            }
            int from = text.isEmpty() ? 0 : random.nextInt(text.length());
            int to = from + (text.isEmpty() ? 0 : random.nextInt(text.length() - from + 1));
            assertEquals(Hashing.of(0x51 + n, text, from, to), Hashing.ofMixed(0x51 + n, mixed, from, to));
        }
    }

    private static String randomText(Random random, String alphabet) {
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(8); i > 0; i--) {
            s.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return s.toString();
    }

    @Test
    void readToLearnGivesTheSameFeaturesWithoutLabels() {
        for (String text : List.of("Check out my CHANNEL http://spam.example.com and subscribe!!!", "", "ok",
                "😂😂 ΟΔΥΣΣΕΑΣ İstanbul 中文评论很好 call +1 (555) 123-4567")) {
            Analysis judged = Analysis.of(facts(text));
            Analysis learnt = Analysis.toLearn(facts(text));
            assertArrayEquals(judged.features.indices(), learnt.features.indices(), text);
            assertEquals(judged.features.textCount(), learnt.features.textCount());
            assertEquals(judged.dupText, learnt.dupText);
            assertTrue(judged.features.labelled());
            assertFalse(learnt.features.labelled());
            if (learnt.features.size() > 0) {
                org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class,
                        () -> learnt.features.label(0), "no verdict is made of what was read to learn");
            }
        }
        // a labelled comment read after unlabelled ones on the same thread keeps its own labels
        Analysis.toLearn(facts("one two three"));
        List<Object> labels = labels(Analysis.of(facts("check out")).features);
        assertEquals("check", labels.get(0));
        assertTrue(labels.contains(new Features.Phrase("check", "out")), labels.toString());
    }

    @Test
    void nastyInputGivesFeaturesWithoutFailing() {
        for (String text : List.of("", " ", "😂😂😂", "\uFEFF\u200d", "<<<>>>", "&#0; &#99999999; &#x110000;",
                "\uD83D", "http://", "....", "<a href=>x</a>", "<a href='unterminated>x")) {
            Analysis a = Analysis.of(facts(text));
            assertTrue(a.features.size() > 0, "signals at least: " + text);
        }
        assertEquals(0, Analysis.of(facts("")).features.textCount());
        assertTrue(Analysis.of(facts("😂😂😂")).features.textCount() > 0, "an emoji is a token");
    }

    @Test
    void aHundredKilobytesOfTextIsReadWithItsLongRunsCutAndEachFeatureOnce() {
        String huge = "a".repeat(100_000);
        Analysis a = Analysis.of(facts(huge + " " + "spam ".repeat(20_000)));
        Analysis cut = Analysis.of(facts("a".repeat(Words.LONGEST) + " spam spam"));
        assertArrayEquals(textIndices(cut), textIndices(a),
                "the 100 KB run read as its first " + Words.LONGEST + " letters, a repeated word or phrase once");
        assertEquals(1 + 3 * 4 + 1 + 1 + ngrams(4) + 1, a.features.textCount(),
                "the run, its 3 distinct n-grams of each length, 'spam', its n-grams and the two phrases");
        assertTrue(a.dupText.length() > 100_000, "near-duplicates compare the whole text");
    }

    @Test
    void aCommentsFeaturesStayItsOwnWhenTheNextCommentsAreReadOnTheSameThread() {
        String text = "Check out my channel http://spam.example.com and subscribe";
        Analysis first = Analysis.of(facts(text));
        int[] indices = first.features.indices();
        List<Object> labels = labels(first.features);
        // a longer comment than the gathering's arrays hold at first (they grow), then a short one
        Analysis.of(facts(java.util.stream.IntStream.range(0, 3_000).mapToObj(i -> "word" + i + " ünïcödé" + i)
                .collect(java.util.stream.Collectors.joining(" "))));
        Analysis.of(facts("ok"));
        assertArrayEquals(indices, first.features.indices());
        assertEquals(labels, labels(first.features));
        assertArrayEquals(indices, Analysis.of(facts(text)).features.indices(), "read again: the same features");
    }

    private static List<Object> labels(Features f) {
        List<Object> out = new java.util.ArrayList<>();
        for (int i = 0; i < f.size(); i++) {
            out.add(f.label(i));
        }
        return out;
    }

    private static int[] textIndices(Analysis a) {
        int[] out = java.util.Arrays.copyOf(a.features.indices(), a.features.textCount());
        java.util.Arrays.sort(out);
        return out;
    }

    /** Character n-grams of 2..5 of a word of {@code letters} letters between its two boundary marks. */
    private static int ngrams(int letters) {
        int n = 0;
        for (int len = 2; len <= 5; len++) {
            n += Math.max(0, letters + 2 - len + 1);
        }
        return n;
    }

    @Test
    void addressesInTextAreFoundAndTheirHostsKept() {
        Links.Scan scan = Links.scan("see murdev.com, or https://www.Example.org/path?ref=2tG! e.g. 3.5 and i.e. no");
        assertEquals(List.of("murdev.com", "https://www.Example.org/path?ref=2tG"), scan.addresses());
        assertEquals("example.org", Links.host(scan.addresses().get(1)));
        assertEquals(List.of("path", "ref", "2tg"), Links.pathWords(scan.addresses().get(1), 6));
        assertFalse(scan.rest().contains("murdev"));
    }

    @Test
    void linksAreCountedFromAnchorsAndBareAddressesTogether() {
        Analysis a = Analysis.of(facts("<a href=\"http://a.example.com\">a</a> http://b.example.com c.example.com "
                + "http://a.example.com"));
        assertTrue(signals(a).contains("3 links"), signals(a).toString());
        assertTrue(signals(a).contains("links to a.example.com"));
    }

    @Test
    void authorFieldsAreChecked() {
        Analysis bad = Analysis.of(new CommentFacts("buy at cheap.example.com", "x@example.notatld", "notaurl",
                "999.1.1.1", null, dev.moddesk.core.CommentType.COMMENT, "hi"));
        List<String> s = signals(bad);
        assertTrue(s.contains("email domain has no valid top-level domain"), s.toString());
        assertTrue(s.contains("author name contains a web address"));
        assertTrue(s.contains("website address is not valid"));
        assertTrue(s.contains("IP address is not valid"));
        List<String> madeUp = signals(Analysis.of(new CommentFacts("Ann", "", "https://blog.notatld/x", "", null,
                dev.moddesk.core.CommentType.COMMENT, "hi")));
        assertTrue(madeUp.contains("website domain has no valid top-level domain"), madeUp.toString());
        Analysis good = Analysis.of(new CommentFacts("Ann", "ann@example.com", "https://blog.example.com", "2001:db8::1",
                "", dev.moddesk.core.CommentType.PINGBACK, "hi"));
        List<String> g = signals(good);
        assertTrue(g.containsAll(List.of("a valid email address", "gives a website", "website and email share a domain",
                "an IPv6 address", "a pingback", "no browser user agent")), g.toString());
    }

    static CommentFacts facts(String content) {
        return new CommentFacts("someone", "", "", "", null, dev.moddesk.core.CommentType.COMMENT, content);
    }

    static List<String> signals(Analysis a) {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (int i = a.features.textCount(); i < a.features.size(); i++) {
            out.add(((Features.Signal) a.features.label(i)).reason());
        }
        return out;
    }
}
