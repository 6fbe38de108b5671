package dev.moddesk.triage;

import dev.moddesk.core.CommentType;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Runs a site's discussion rules over a comment and reaches the outcome WordPress 6.1 would, from
 * {@code wp_allow_comment} (wp-includes/comment.php): {@code check_comment} passing approves, failing holds, and
 * {@code wp_check_comment_disallowed_list} matching overrides both ({@code EMPTY_TRASH_DAYS ? 'trash' : 'spam'}).
 * WordPress stops at the first failing check; this collects every reason, which leads to the same outcome.
 *
 * <p>Not modelled: "comments must be manually approved" (holds everything), a logged-in author who may moderate
 * (always approved), the duplicate and flood checks. WordPress matches moderation keys against the text after its
 * {@code comment_text} filters; here they match the stored HTML, which differs only for keys that hit what those
 * filters add (curly quotes from wptexturize, the {@code rel="nofollow ugc"} of a link make_clickable makes), while
 * links are counted as after make_clickable ({@link WordPressLinks}). "Name and email required" makes WordPress
 * refuse the comment at the form; one that got in anyway is held here.
 * Thread-safe once built: compile once, check many.
 */
public final class DiscussionRuleChecker {
    /**
     * A disallowed key is the site owner saying "spam": strong, as Akismet's own verdict, and it decides (the score is
     * at least {@link Evidence#DECIDED_SCORE}), as WordPress trashes such a comment whatever else it knows.
     */
    static final double DISALLOWED_LOG_ODDS = 6.0;
    static final double MODERATION_KEY_LOG_ODDS = 0.5;
    // Holding for links or a missing name only informs: the model already weighs links, and a comment without an
    // email in an export says more about where it came from than about spam.
    static final double TOO_MANY_LINKS_LOG_ODDS = 0;
    static final double NO_NAME_OR_EMAIL_LOG_ODDS = 0;

    private final DiscussionRules rules;
    private final List<KeyMatcher.Key> moderationKeys;
    private final List<KeyMatcher.Key> disallowedKeys;

    /** @throws java.util.regex.PatternSyntaxException for a bad regular expression (check {@link DiscussionRules#problems()} first) */
    public DiscussionRuleChecker(DiscussionRules rules) {
        this.rules = rules;
        this.moderationKeys = KeyMatcher.compile(rules.moderationKeys(), rules.matchMode());
        this.disallowedKeys = KeyMatcher.compile(rules.disallowedKeys(), rules.matchMode());
    }

    public DiscussionRules rules() {
        return rules;
    }

    public RuleCheck check(RuleSubject c) {
        Fields fields = new Fields(c, !disallowedKeys.isEmpty());
        Set<DiscussionRule> caughtBy = EnumSet.noneOf(DiscussionRule.class);
        List<Evidence> disallowed = new ArrayList<>();
        for (KeyMatcher.Key key : disallowedKeys) {
            String where = fields.where(key, true);
            if (where != null) {
                disallowed.add(new Evidence("matches disallowed key '" + key.text() + "'" + where, DISALLOWED_LOG_ODDS,
                        true));
                caughtBy.add(DiscussionRule.DISALLOWED_KEYS);
            }
        }
        List<Evidence> held = held(c, fields, caughtBy);
        List<Evidence> all = new ArrayList<>(disallowed);
        all.addAll(held);
        RuleOutcome outcome = !disallowed.isEmpty() ? RuleOutcome.DISALLOWED
                : !held.isEmpty() ? RuleOutcome.HOLD : RuleOutcome.PASS;
        return new RuleCheck(outcome, all, caughtBy);
    }

    /** check_comment: the links, the moderation keys, then the previously approved author. */
    private List<Evidence> held(RuleSubject c, Fields fields, Set<DiscussionRule> caughtBy) {
        List<Evidence> out = new ArrayList<>();
        if (rules.requireNameEmail() && c.type() == CommentType.COMMENT && (c.author().isEmpty() || c.email().isEmpty())) {
            // wp_handle_comment_submission refuses such a comment from the form; one that got in anyway waits
            String missing = c.author().isEmpty() && c.email().isEmpty() ? "no name and no email"
                    : c.author().isEmpty() ? "no name" : "no email";
            out.add(new Evidence(missing + " (the site wants both)", NO_NAME_OR_EMAIL_LOG_ODDS));
            caughtBy.add(DiscussionRule.NAME_AND_EMAIL);
        }
        if (rules.maxLinks() > 0) {
            int links = WordPressLinks.count(c.content());
            if (links >= rules.maxLinks()) {
                out.add(new Evidence(links + (links == 1 ? " link" : " links") + " (the site holds comments with "
                        + rules.maxLinks() + " or more)", TOO_MANY_LINKS_LOG_ODDS));
                caughtBy.add(DiscussionRule.MAX_LINKS);
            }
        }
        for (KeyMatcher.Key key : moderationKeys) {
            String where = fields.where(key, false);
            if (where != null) {
                out.add(new Evidence("matches moderation key '" + key.text() + "'" + where, MODERATION_KEY_LOG_ODDS));
                caughtBy.add(DiscussionRule.MODERATION_KEYS);
            }
        }
        Evidence noApproval = rules.previouslyApproved() ? withoutPreviousApproval(c) : null;
        if (noApproval != null) {
            out.add(noApproval);
            caughtBy.add(DiscussionRule.PREVIOUSLY_APPROVED);
        }
        return out;
    }

    /** Why "a previously approved comment" holds {@code c}, or null when it does not. */
    private static Evidence withoutPreviousApproval(RuleSubject c) {
        // WordPress holds pingbacks, trackbacks and comments without a name or email here: it cannot look them up
        if (c.type() != CommentType.COMMENT) {
            return new Evidence("a " + c.type().word() + " (the site holds them while it wants a previously "
                    + "approved comment)", 0);
        }
        if (c.author().isEmpty() || c.email().isEmpty()) {
            return new Evidence("no earlier approved comment can be found without a name and email", 0);
        }
        return c.authorHasApprovedComment() ? null : new Evidence("no earlier approved comment from this author", 0);
    }

    /** A comment's fields in the order WordPress tries them, each also case-folded, folded once for every key. */
    private static final class Fields {
        private static final String[] PLACES = {" (in the name)", " (in the email)", " (in the URL)", "", "",
            " (in the IP)", " (in the user agent)"};
        private final String[] raw;
        private String[] folded;

        /** {@code withStripped}: also the text without its tags (wp_check_comment_disallowed_list looks there). */
        Fields(RuleSubject c, boolean withStripped) {
            raw = new String[] {c.author(), c.email(), c.url(), c.content(),
                withStripped ? WordPressText.stripAllTags(c.content()) : null, c.ip(), c.agent()};
        }

        /** Where the key matches, as words to append ("" for the text, the commonest place); null when nowhere. */
        String where(KeyMatcher.Key key, boolean alsoStripped) {
            for (int i = 0; i < raw.length; i++) {
                if (i == 4 && !alsoStripped) {
                    continue;
                }
                if (key.in(raw[i], key.pattern() == null ? folded(i) : null)) {
                    return PLACES[i];
                }
            }
            return null;
        }

        private String folded(int i) {
            if (folded == null) {
                folded = new String[raw.length];
            }
            if (folded[i] == null) {
                folded[i] = KeyMatcher.fold(raw[i]);
            }
            return folded[i];
        }
    }
}
