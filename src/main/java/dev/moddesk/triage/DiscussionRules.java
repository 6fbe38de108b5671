package dev.moddesk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A site's discussion rules as WordPress keeps them under Settings → Discussion, plus two ways of matching the keys
 * that WordPress lacks. The key lists are the option text as pasted, one key per line.
 *
 * @param moderationKeys     WordPress {@code moderation_keys}: a comment matching one is held
 * @param disallowedKeys     WordPress {@code disallowed_keys}: a comment matching one goes to trash (or spam)
 * @param maxLinks           WordPress {@code comment_max_links}: held with this many links or more; 0 is off
 * @param previouslyApproved WordPress {@code comment_previously_approved}
 * @param requireNameEmail   WordPress {@code require_name_email}
 * @param matchMode          how a key matches
 */
public record DiscussionRules(String moderationKeys, String disallowedKeys, int maxLinks, boolean previouslyApproved,
                              boolean requireNameEmail, MatchMode matchMode) {
    /** WordPress's defaults on a fresh install (wp-admin/includes/schema.php). */
    public static final DiscussionRules WORDPRESS_DEFAULTS =
            new DiscussionRules("", "", 2, true, true, MatchMode.WORDPRESS);

    /** Which key list a problem is in. */
    public enum KeyList { MODERATION, DISALLOWED }

    /** A key that cannot be used, in words for the field that holds it. */
    public record Problem(KeyList list, String message) { }

    public DiscussionRules {
        Objects.requireNonNull(moderationKeys, "moderationKeys");
        Objects.requireNonNull(disallowedKeys, "disallowedKeys");
        Objects.requireNonNull(matchMode, "matchMode");
        if (maxLinks < 0) {
            throw new IllegalArgumentException("the maximum number of links cannot be negative: " + maxLinks);
        }
    }

    /** What stops these rules from being saved: a regular expression that does not compile or matches nothing at all. */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>();
        KeyMatcher.problem(moderationKeys, matchMode).ifPresent(m -> out.add(new Problem(KeyList.MODERATION, m)));
        KeyMatcher.problem(disallowedKeys, matchMode).ifPresent(m -> out.add(new Problem(KeyList.DISALLOWED, m)));
        return out;
    }
}
