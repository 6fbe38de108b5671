package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.moddesk.core.CommentType;
import dev.moddesk.core.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Decisions learnt one at a time teach what the same decisions learnt at once teach. */
class LessonsTest {
    private static CommentFacts comment(String author, String email, String url, String content) {
        return new CommentFacts(author, email, url, "192.0.2.9", "", CommentType.COMMENT, content);
    }

    private static final List<Example> DECIDED = List.of(
            new Example(comment("Casino King", "win@casino.example", "https://casino.example",
                    "Best online casino bonus, click http://casino.example/win now"), true),
            new Example(comment("Ann", "ann@example.org", "", "Thanks for the careful article on the frigates."), false),
            new Example(comment("Cheap Pills", "x@pills.example", "https://pills.example",
                    "cheap pills online http://pills.example buy now"), true),
            new Example(comment("Ben", "ben@example.net", "", "I disagree with the second point about tanks."), false));

    @Test
    void aModelLearntOneDecisionAtATimeIsTheModelLearntFromAllAtOnce_andSoAreTheVerdicts() {
        Lessons lessons = new Lessons(2);
        for (Example e : DECIDED) {
            lessons.add(e.facts(), Triage.readToLearn(e.facts()), e.spam());
        }
        assertEquals(DECIDED.size(), lessons.size());
        Triage atOnce = new Triage(Triage.study(DECIDED, i -> false).fit(1), KnownComments.of(DECIDED));
        assertArrayEquals(atOnce.model().toBytes(), lessons.fit(1).toBytes());
        assertEquals(DECIDED.size(), lessons.known().size());

        Triage oneByOne = new Triage(lessons.fit(1), lessons.known());
        CommentFacts pending = comment("Casino Queen", "win@casino.example", "https://casino.example",
                "Online casino bonus http://casino.example/spin");
        List<Evidence> extra = List.of(new Evidence("matches moderation key 'casino'", 1.5));
        Verdict expected = atOnce.judge(pending, extra);
        assertEquals(expected, oneByOne.judge(pending, extra));
        assertEquals(expected, oneByOne.weigh(Triage.read(pending)).verdict(extra), "weighed first, evidence after");
    }

    @Test
    void nothingLearntIsNoModel_norDecisionsOfOneKindAlone() {
        assertNull(new Lessons(4).fit(1));
        Lessons approvedOnly = new Lessons(4);
        for (Example e : DECIDED) {
            if (!e.spam()) {
                approvedOnly.add(e.facts(), Triage.readToLearn(e.facts()), false);
            }
        }
        assertNull(approvedOnly.fit(1), "approved comments alone teach nothing about spam");
        assertNull(Triage.study(DECIDED.stream().filter(Example::spam).toList(), i -> false).fit(1), "nor spam alone");
    }
}
