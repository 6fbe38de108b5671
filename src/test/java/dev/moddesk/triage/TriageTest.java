package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.CommentType;
import dev.moddesk.core.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TriageTest {
    private static final Triage LEARNT = Triage.learn(YouTubeComments.allBut("Youtube02-KatyPerry.csv"));
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    @Test
    void aStudyReadsEachTextOnce_givingThePrintsAskedFor_andFitsTheModelThatLearnGives() {
        List<Example> decided = YouTubeComments.allBut("Youtube02-KatyPerry.csv");
        Triage.Study study = Triage.study(decided, i -> i % 3 != 0);
        for (int i = 0; i < decided.size(); i++) {
            TextPrint p = study.print(i);
            if (i % 3 == 0) {
                assertNull(p, "not asked for");
                continue;
            }
            TextPrint read = TextPrint.of(decided.get(i).facts());
            assertEquals(read.exact(), p.exact(), "the print of text " + i);
            assertArrayEquals(read.signature(), p.signature(), "the signature of text " + i);
        }
        assertArrayEquals(LEARNT.model().toBytes(), study.fit(Triage.FEWEST_OF_EACH).toBytes(), "the same model as learn's");
        assertNull(Triage.study(List.of(), i -> true).fit(1), "nothing to learn from");
    }

    @Test
    void aReadingJudgesAsTheCommentItself_itsTextsSignatureWorkedOutBeforehand() {
        KnownComments known = KnownComments.of(YouTubeComments.allBut("Youtube03-LMFAO.csv"));
        Triage triage = new Triage(LEARNT.model(), known);
        for (Example e : YouTubeComments.allBut("Youtube01-Psy.csv").subList(0, 200)) {
            Reasons reasons = new Reasons();
            double logOdds = triage.pulls(Analysis.of(e.facts()), List.of(), reasons);
            Verdict read = triage.judge(Triage.read(e.facts()), List.of());
            assertEquals(Training.sigmoid(logOdds), read.score(), 1e-12);
            assertEquals(triage.judge(e.facts(), List.of()), read);
        }
    }

    @Test
    void withoutDecisionsTheSignalsStillSpeakAndSaySo() {
        Triage blank = new Triage(null, new KnownComments());
        Verdict v = blank.judge(new CommentFacts("cheap pills", "x@pills.notatld", "", "", null, CommentType.COMMENT,
                "<a href=\"http://a.example.com\">a</a> http://b.example.com c.example.com http://d.example.com/x"),
                List.of());
        assertEquals(Triage.NO_MODEL, v.reasons().get(0));
        assertEquals(List.of(Triage.NO_MODEL, "email domain has no valid top-level domain", "4 links",
                "3 web addresses written out in the text"), v.reasons());
        assertTrue(v.score() > 0.8, "a spam-like comment scores high before any decision: " + v.score());
        Verdict plain = blank.judge(TextReadingTest.facts(""), List.of());
        assertEquals(List.of(Triage.NO_MODEL, "a score starts at 0.27 before anything in the comment counts"),
                plain.reasons(), "where the score started decided it");
        assertEquals(Training.sigmoid(Triage.NO_MODEL_BIAS), plain.score(), 1e-9);
        assertTrue(plain.score() < Triage.DEFAULT_THRESHOLD, "nothing notable is not likely spam");
    }

    @Test
    void theAuthorsEarlierDecisionsCount() {
        KnownComments known = KnownComments.of(List.of(
                decided("ann@example.com", "192.0.2.1", "lovely post", false),
                decided("ann@example.com", "192.0.2.1", "thanks for this", false),
                decided("ann@example.com", "192.0.2.9", "see you next week", false),
                decided("bot@spam.example", "198.51.100.7", "cheap watches", true)));
        Triage triage = new Triage(null, known);
        Verdict ann = triage.judge(decided("ann@example.com", "203.0.113.5", "and another", false).facts(), List.of());
        assertTrue(ann.reasons().contains("3 other comments by this author were approved"), ann.reasons().toString());
        assertTrue(ann.score() < 0.2);
        Verdict sameIp = triage.judge(decided("new@example.com", "198.51.100.7", "hello", false).facts(), List.of());
        assertTrue(sameIp.reasons().contains("another comment from this IP address was marked spam"),
                sameIp.reasons().toString());
        assertTrue(sameIp.score() > Triage.DEFAULT_THRESHOLD, "likely spam: " + sameIp.score());
    }

    @Test
    void theSameTextAsKnownSpamLeadsTheReasons() {
        String text = "Free followers for your channel, visit now and claim the gift before it ends";
        List<Example> decided = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            decided.add(decided("bot" + i + "@example.com", "", text, true));
        }
        decided.add(decided("ann@example.com", "", "what a lovely song", false));
        Verdict v = new Triage(null, KnownComments.of(decided))
                .judge(decided("new@example.com", "", text.replace("now", "today"), false).facts(), List.of());
        assertEquals("same text as 12 comments you marked spam", v.reasons().get(1));
        assertTrue(v.score() > 0.9, String.valueOf(v.score()));
        Verdict learnt = Triage.learn(decided).judge(decided("x@example.com", "", text, false).facts(), List.of());
        assertTrue(learnt.reasons().contains("same text as 12 comments you marked spam"), learnt.reasons().toString());
    }

    @Test
    void evidenceAddsItsPullAndIsAlwaysShown() {
        CommentFacts c = TextReadingTest.facts("nice song");
        Verdict without = LEARNT.judge(c, List.of());
        Verdict with = LEARNT.judge(c, List.of(new Evidence("matches disallowed key 'song'", 10.0),
                new Evidence("Akismet said ham on the site", 0)));
        assertEquals(logit(without.score()) + 10.0, logit(with.score()), 1e-6);
        assertEquals("matches disallowed key 'song'", with.reasons().get(0));
        assertTrue(with.reasons().contains("Akismet said ham on the site"), "a fact is listed even without pull");
    }

    /**
     * A disallowed key decides, as in WordPress (which trashes the comment whatever else it knows): a comment the
     * model finds plainly fine still scores "almost surely spam", the rule's pull taking it there.
     */
    @Test
    void aRuleThatDecidesPutsEvenAFineCommentAtAlmostSurelySpam() {
        CommentFacts fine = TextReadingTest.facts("lol this song is so good, I have listened to it all week");
        double before = LEARNT.judge(fine, List.of()).score();
        assertTrue(before < 0.2, "fine without the rule: " + before);
        Verdict v = LEARNT.judge(fine, List.of(new Evidence("matches disallowed key 'lol'", 1.0, true),
                new Evidence("matches disallowed key 'song'", 1.0, true)));
        assertEquals(Evidence.DECIDED_SCORE, v.score(), 1e-9);
        assertEquals("matches disallowed key 'lol'", v.reasons().get(0), "the first deciding rule pulls hardest");
        Verdict spammy = LEARNT.judge(TextReadingTest.facts("check out my channel http://a.example"),
                List.of(new Evidence("matches disallowed key 'channel'", 6.0, true)));
        assertTrue(spammy.score() > Evidence.DECIDED_SCORE, "a score already higher stays: " + spammy.score());
        Verdict weighed = LEARNT.judge(fine, List.of(new Evidence("matches disallowed key 'lol'", 1.0)));
        assertTrue(weighed.score() < Evidence.DECIDED_SCORE, "evidence that does not decide only weighs");
    }

    @Test
    void theReasonsAddUpToTheScore() {
        for (Example e : YouTubeComments.file("Youtube02-KatyPerry.csv").subList(0, 100)) {
            Reasons reasons = new Reasons();
            double logOdds = LEARNT.pulls(Analysis.of(e.facts()), List.of(), reasons);
            double sum = LEARNT.model().bias();
            for (Reasons.Pull p : reasons.pulls()) {
                sum += p.logOdds();
            }
            assertEquals(logOdds, sum, 1e-6);
            assertEquals(Training.sigmoid(logOdds), LEARNT.judge(e.facts(), List.of()).score(), 1e-12);
        }
    }

    /**
     * When the comment's own pulls would put its score on the other side of 0.5, the starting point decided it, and
     * the reasons say where it started; otherwise they do not mention it.
     */
    @Test
    void theStartingPointIsAReasonWhenItDecidesTheSide() {
        int decided = 0;
        for (Example e : YouTubeComments.file("Youtube02-KatyPerry.csv")) {
            double logOdds = LEARNT.pulls(Analysis.of(e.facts()), List.of(), new Reasons());
            double start = LEARNT.model().bias();
            boolean decides = logOdds >= 0 != logOdds - start >= 0;
            decided += decides ? 1 : 0;
            List<String> reasons = LEARNT.judge(e.facts(), List.of()).reasons();
            assertEquals(decides, reasons.contains(Triage.startsAt(start)), reasons.toString());
        }
        assertTrue(decided > 5, "some comments are decided by where they start: " + decided); // measured 16 of 350
        assertEquals(String.format(java.util.Locale.ROOT, "a score starts at %.2f before anything in the comment "
                + "counts", 1 / (1 + Math.exp(-LEARNT.model().bias()))), Triage.startsAt(LEARNT.model().bias()));
    }

    /**
     * The words a verdict names drove it: taking them out of the comment moves the score the way the reason said
     * (down for words typical of spam, up for words typical of approved comments). Removing words also changes
     * the weight of the others (the text features share a unit length) and the phrases they were part of, so most,
     * not all, must move: a reason picked at random would agree about half the time.
     */
    @Test
    void takingOutTheWordsAReasonNamesMovesTheScoreTheWayItSaid() {
        int checked = 0;
        int agreed = 0;
        for (Example e : YouTubeComments.file("Youtube02-KatyPerry.csv")) {
            Reasons reasons = new Reasons();
            double before = LEARNT.pulls(Analysis.of(e.facts()), List.of(), reasons);
            Reasons.Pull top = reasons.pulls().get(0);
            if (!top.reason().startsWith("words like") || Math.abs(top.logOdds()) < 0.5) {
                continue;
            }
            HtmlText html = HtmlText.of(e.facts().content());
            Links.Scan scan = Links.scan(html.text());
            List<String> words = new ArrayList<>(Words.of(scan.rest()));
            int wordsBefore = words.size();
            Matcher quoted = QUOTED.matcher(top.reason());
            while (quoted.find()) {
                List<String> named = List.of(quoted.group(1).split(" "));
                for (int i = words.size() - named.size(); i >= 0; i--) {
                    if (i + named.size() <= words.size() && words.subList(i, i + named.size()).equals(named)) {
                        words.subList(i, i + named.size()).clear();
                    }
                }
            }
            if (words.size() == wordsBefore) {
                continue; // a quoted word with an apostrophe in it: not found by this simple reading
            }
            List<String> links = new ArrayList<>(html.links());
            links.addAll(scan.addresses());
            String content = String.join(" ", words) + " " + String.join(" ", links);
            CommentFacts without = new CommentFacts(e.facts().author(), "", "", "", null, CommentType.COMMENT,
                    content);
            double after = LEARNT.pulls(Analysis.of(without), List.of(), new Reasons());
            checked++;
            if (Math.signum(before - after) == Math.signum(top.logOdds())) {
                agreed++;
            }
        }
        assertTrue(checked > 100, "enough comments led by their words: " + checked);
        assertTrue(agreed >= 0.9 * checked, agreed + " of " + checked); // measured 260 of 275
    }

    @Test
    void linksNamedAsAReasonMoveTheScoreWhenTakenOut() {
        Triage blank = new Triage(null, new KnownComments());
        String links = "http://a.example.com http://b.example.com http://c.example.com";
        Verdict v = blank.judge(TextReadingTest.facts("look " + links), List.of());
        assertTrue(v.reasons().contains("3 links"));
        assertTrue(blank.judge(TextReadingTest.facts("look"), List.of()).score() < v.score());
    }

    @Test
    void judgingFromSeveralThreadsGivesTheSameVerdicts() {
        List<Example> comments = YouTubeComments.file("Youtube02-KatyPerry.csv");
        List<Verdict> alone = comments.stream().map(e -> LEARNT.judge(e.facts(), List.of())).toList();
        Triage shared = Triage.learn(YouTubeComments.allBut("Youtube02-KatyPerry.csv"));
        Thread adder = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                shared.known().add(decided("other" + i + "@example.com", "", "unrelated words number " + i, false));
            }
        });
        adder.start();
        List<Verdict> together = comments.parallelStream().map(e -> shared.judge(e.facts(), List.of())).toList();
        assertEquals(alone, together);
    }

    private static Example decided(String email, String ip, String content, boolean spam) {
        return new Example(new CommentFacts("someone", email, "", ip, null, CommentType.COMMENT, content), spam);
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }
}
