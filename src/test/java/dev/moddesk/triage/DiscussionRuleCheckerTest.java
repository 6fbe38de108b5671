package dev.moddesk.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.CommentType;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The rules reach WordPress 6.1's outcome, quirks included (check_comment, wp_check_comment_disallowed_list). */
class DiscussionRuleCheckerTest {
    private static final DiscussionRules OPEN = new DiscussionRules("", "", 0, false, false, MatchMode.WORDPRESS);

    private static RuleSubject comment(String content) {
        return new RuleSubject("Alice", "alice@example.com", "https://alice.example", "192.0.2.7", null, content,
                CommentType.COMMENT, true);
    }

    private static RuleCheck check(DiscussionRules rules, RuleSubject c) {
        return new DiscussionRuleChecker(rules).check(c);
    }

    private static DiscussionRules moderation(String keys, MatchMode mode) {
        return new DiscussionRules(keys, "", 0, false, false, mode);
    }

    private static DiscussionRules disallowed(String keys) {
        return new DiscussionRules("", keys, 0, false, false, MatchMode.WORDPRESS);
    }

    private static List<String> reasons(RuleCheck check) {
        return check.evidence().stream().map(Evidence::reason).toList();
    }

    @Test
    void defaultsAreWordPresss() {
        assertEquals(new DiscussionRules("", "", 2, true, true, MatchMode.WORDPRESS), DiscussionRules.WORDPRESS_DEFAULTS);
        assertEquals(RuleOutcome.PASS, check(OPEN, comment("Nice post")).outcome());
        assertEquals(List.of(), check(OPEN, comment("Nice post")).evidence());
    }

    @Test
    void moderationKeyHoldsCaseInsensitivelyInUnicode() {
        RuleCheck held = check(moderation("çasino", MatchMode.WORDPRESS), comment("Best ÇASINO bonus"));
        assertEquals(RuleOutcome.HOLD, held.outcome());
        assertEquals(List.of("matches moderation key 'çasino'"), reasons(held));
        assertTrue(held.evidence().get(0).logOdds() >= 0 && held.evidence().get(0).logOdds() < 1, "a hold only informs");
        assertEquals(RuleOutcome.HOLD, check(moderation("ÇASINO", MatchMode.WORDPRESS), comment("çasino")).outcome());
    }

    @Test
    void disallowedKeyWinsOverHoldAndSaysWhere() {
        DiscussionRules rules = new DiscussionRules("casino", "viagra", 0, false, false, MatchMode.WORDPRESS);
        RuleSubject c = new RuleSubject("Bob", "bob@example.com", "https://cheap-VIAGRA.example", "", null,
                "casino", CommentType.COMMENT, true);
        RuleCheck r = check(rules, c);
        assertEquals(RuleOutcome.DISALLOWED, r.outcome());
        assertEquals(List.of("matches disallowed key 'viagra' (in the URL)", "matches moderation key 'casino'"), reasons(r));
        assertEquals(6.0, r.evidence().get(0).logOdds());
        assertTrue(r.evidence().get(0).decides(), "a disallowed key decides, as WordPress trashes what matches it");
        assertFalse(r.evidence().get(1).decides(), "a moderation key only holds");
        assertEquals(Set.of(DiscussionRule.DISALLOWED_KEYS, DiscussionRule.MODERATION_KEYS), r.caughtBy());
    }

    @Test
    void eachRuleThatCaughtACommentIsNamed() {
        DiscussionRules all = new DiscussionRules("casino", "", 2, true, true, MatchMode.WORDPRESS);
        RuleSubject c = new RuleSubject("", "", "", "", null, "casino http://a.example http://b.example",
                CommentType.COMMENT, false);
        assertEquals(Set.of(DiscussionRule.NAME_AND_EMAIL, DiscussionRule.MAX_LINKS, DiscussionRule.MODERATION_KEYS,
                DiscussionRule.PREVIOUSLY_APPROVED), check(all, c).caughtBy());
        assertEquals(Set.of(), check(all, comment("Nice post")).caughtBy(), "a comment that passes");
    }

    @Test
    void foldedTextFindsWhatACaseInsensitiveUnicodeRegexFinds() {
        List<String> texts = List.of("ÇASINO", "çasino", "\u212Aelvin", "kelvin", "STRASSE", "straße", "İstanbul",
                "istanbul", "ΣΊΣΥΦΟΣ", "σίσυφος", "ﬁle", "FILE", "Ǆ", "ǆ", "ǅ", "\uD801\uDC00", "\uD801\uDC28");
        for (String key : texts) {
            for (String text : texts) {
                boolean regex = java.util.regex.Pattern.compile(java.util.regex.Pattern.quote(key),
                        java.util.regex.Pattern.CASE_INSENSITIVE | java.util.regex.Pattern.UNICODE_CASE).matcher(text).find();
                assertEquals(regex, KeyMatcher.fold(text).contains(KeyMatcher.fold(key)), key + " in " + text);
            }
        }
    }

    @Test
    void theKeyZeroAndBlankLinesAreSkippedAsPhpEmptySkipsThem() {
        DiscussionRules rules = disallowed("0\n   \n\t\r\n\n");
        assertEquals(RuleOutcome.PASS, check(rules, comment("I rate it 10 out of 10, 0 complaints")).outcome());
        assertEquals(RuleOutcome.DISALLOWED, check(disallowed("00"), comment("007")).outcome(), "only '0' is empty");
    }

    @Test
    void linesAreTrimmedOfPhpWhitespaceOnly() {
        assertEquals(RuleOutcome.DISALLOWED, check(disallowed("  spam  \r\n\tother\t"), comment("some spam here")).outcome());
        // a non-breaking space is not whitespace to PHP's trim(): the key keeps it and misses "spam"
        assertEquals(RuleOutcome.PASS, check(disallowed("\u00A0spam"), comment("spam")).outcome());
    }

    @Test
    void metacharactersAreLiteralInWordPressMode() {
        assertEquals(RuleOutcome.HOLD, check(moderation("c++", MatchMode.WORDPRESS), comment("I love C++!")).outcome());
        assertEquals(RuleOutcome.PASS, check(moderation("c++", MatchMode.WORDPRESS), comment("I love ccc")).outcome());
        assertEquals(RuleOutcome.PASS, check(moderation("a.b", MatchMode.WORDPRESS), comment("axb")).outcome());
        assertEquals(RuleOutcome.HOLD, check(moderation("a.b", MatchMode.WORDPRESS), comment("see a.b")).outcome());
        assertEquals(RuleOutcome.HOLD, check(moderation("#1 (best)", MatchMode.WORDPRESS), comment("we are #1 (best)")).outcome());
    }

    @Test
    void keysMatchTheIpAndTheUserAgent() {
        RuleSubject c = new RuleSubject("Carol", "c@example.com", "", "203.0.113.45", "BadBot/2.0 (crawler)",
                "hello", CommentType.COMMENT, true);
        assertEquals(List.of("matches disallowed key '203.0.113.'" + " (in the IP)"), reasons(check(disallowed("203.0.113."), c)));
        assertEquals(List.of("matches moderation key 'badbot' (in the user agent)"),
                reasons(check(moderation("badbot", MatchMode.WORDPRESS), c)));
        RuleSubject noAgent = new RuleSubject("Carol", "c@example.com", "", "", null, "hello", CommentType.COMMENT, true);
        assertEquals(RuleOutcome.PASS, check(moderation("badbot", MatchMode.WORDPRESS), noAgent).outcome());
    }

    @Test
    void disallowedKeysAlsoMatchTheTextWithoutItsTagsButModerationKeysDoNot() {
        String split = "buy vi<b>agra</b> now";
        assertEquals(RuleOutcome.DISALLOWED, check(disallowed("viagra"), comment(split)).outcome());
        assertEquals(RuleOutcome.PASS, check(moderation("viagra", MatchMode.WORDPRESS), comment(split)).outcome());
        assertEquals(RuleOutcome.DISALLOWED, check(disallowed("alert"), comment("<script>alert(1)</script>hi")).outcome(),
                "the stripped text loses the script, the raw text still has it");
    }

    @Test
    void wordPressModeMatchesInsideWordsWholeWordModeDoesNot() {
        assertEquals(RuleOutcome.HOLD, check(moderation("ass", MatchMode.WORDPRESS), comment("first class")).outcome());
        assertEquals(RuleOutcome.PASS, check(moderation("ass", MatchMode.WHOLE_WORD), comment("first class")).outcome());
        assertEquals(RuleOutcome.HOLD, check(moderation("ass", MatchMode.WHOLE_WORD), comment("what an ASS.")).outcome());
        assertEquals(RuleOutcome.PASS, check(moderation("ass", MatchMode.WHOLE_WORD), comment("Passé")).outcome());
        assertEquals(RuleOutcome.HOLD, check(moderation("c++", MatchMode.WHOLE_WORD), comment("in c++ today")).outcome());
    }

    @Test
    void regexModeMatchesExpressions() {
        DiscussionRules rules = moderation("^buy\\s+\\w+ now$\nv[i1]agra", MatchMode.REGEX);
        assertEquals(List.of(), rules.problems());
        assertEquals(RuleOutcome.HOLD, check(rules, comment("cheap V1AGRA")).outcome());
        assertEquals(RuleOutcome.HOLD, check(rules, comment("Buy pills now")).outcome());
        assertEquals(RuleOutcome.PASS, check(rules, comment("please buy pills now, thanks")).outcome());
    }

    @Test
    void aBadRegexIsAProblemNamingTheListAndTheKey() {
        DiscussionRules rules = new DiscussionRules("fine\n(unclosed", "x*", 0, false, false, MatchMode.REGEX);
        List<DiscussionRules.Problem> problems = rules.problems();
        assertEquals(2, problems.size());
        assertEquals(DiscussionRules.KeyList.MODERATION, problems.get(0).list());
        assertTrue(problems.get(0).message().startsWith("'(unclosed' is not a valid regular expression"), problems.get(0).message());
        assertEquals(DiscussionRules.KeyList.DISALLOWED, problems.get(1).list());
        assertEquals("'x*' matches empty text, so it would catch every comment", problems.get(1).message());
        assertEquals(List.of(), new DiscussionRules("(unclosed", "", 0, false, false, MatchMode.WORDPRESS).problems(),
                "literal keys are always fine");
    }

    @Test
    void linksAreCountedAsWordPressCountsThemAndHeldFromTheMaximum() {
        DiscussionRules two = new DiscussionRules("", "", 2, false, false, MatchMode.WORDPRESS);
        assertEquals(RuleOutcome.PASS, check(two, comment("<a href=\"http://a.example\">a</a>")).outcome());
        RuleCheck r = check(two, comment("<a href=\"http://a.example\">http://a.example</a> and "
                + "<A title=x HREF='http://b.example'>b</A> and http://c.example"));
        assertEquals(List.of("3 links (the site holds comments with 2 or more)"), reasons(r));
        assertEquals(2, WordPressLinks.count("see http://a.example and www.b.example"), "make_clickable");
        assertEquals(1, WordPressLinks.count("mail me: bob@example.com"), "make_clickable links emails too");
        assertEquals(0, WordPressLinks.count("<code>http://a.example</code> <pre>www.b.example</pre>"));
        assertEquals(0, WordPressLinks.count("<ahref=x> <abbr href=y>"), "'<a ' needs the space");
        assertEquals(RuleOutcome.PASS, check(OPEN, comment("http://a http://b http://c")).outcome(), "0 is off");
    }

    @Test
    void previouslyApprovedHoldsNewAuthorsPingbacksAndTheNameless() {
        DiscussionRules rules = new DiscussionRules("", "", 0, true, false, MatchMode.WORDPRESS);
        assertEquals(RuleOutcome.PASS, check(rules, comment("hi")).outcome());
        RuleSubject newcomer = new RuleSubject("Dan", "dan@example.com", "", "", null, "hi", CommentType.COMMENT, false);
        assertEquals(List.of("no earlier approved comment from this author"), reasons(check(rules, newcomer)));
        assertEquals(0.0, check(rules, newcomer).evidence().get(0).logOdds());
        // check_comment: 'trackback' !== $comment_type && 'pingback' !== $comment_type && '' !== $author && '' !== $email
        RuleSubject ping = new RuleSubject("Blog", "", "https://blog.example", "", null, "ping", CommentType.PINGBACK, true);
        assertEquals(RuleOutcome.HOLD, check(rules, ping).outcome());
        RuleSubject nameless = new RuleSubject("", "x@example.com", "", "", null, "hi", CommentType.COMMENT, true);
        assertEquals(RuleOutcome.HOLD, check(rules, nameless).outcome());
    }

    @Test
    void nameAndEmailRequiredAppliesToCommentsNotPingbacks() {
        DiscussionRules rules = new DiscussionRules("", "", 0, false, true, MatchMode.WORDPRESS);
        RuleSubject noEmail = new RuleSubject("Eve", "", "", "", null, "hi", CommentType.COMMENT, true);
        assertEquals(List.of("no email (the site wants both)"), reasons(check(rules, noEmail)));
        RuleSubject noName = new RuleSubject("", "eve@example.com", "", "", null, "hi", CommentType.COMMENT, true);
        assertEquals(List.of("no name (the site wants both)"), reasons(check(rules, noName)));
        RuleSubject neither = new RuleSubject("", "", "", "", null, "hi", CommentType.COMMENT, true);
        assertEquals(List.of("no name and no email (the site wants both)"), reasons(check(rules, neither)));
        RuleSubject track = new RuleSubject("Blog", "", "https://blog.example", "", null, "t", CommentType.TRACKBACK, true);
        assertEquals(RuleOutcome.PASS, check(rules, track).outcome());
    }

    @Test
    void stripAllTagsDropsScriptsStylesCommentsAndTags() {
        assertEquals("ab c", WordPressText.stripAllTags(" <p>a<script>x</script>b <!-- y --><style a=1>z</style>c</p> "));
        assertEquals("1 < 2", WordPressText.stripAllTags("1 < 2"));
    }
}
