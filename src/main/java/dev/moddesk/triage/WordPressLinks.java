package dev.moddesk.triage;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Counts a comment's links as WordPress's {@code check_comment} does: {@code preg_match_all('/<a [^>]*href/i')} over
 * the text after the {@code comment_text} filters, of which {@code make_clickable} turns bare URLs, {@code www.}
 * addresses and email addresses outside links and {@code <pre>}/{@code <code>} blocks into links. So
 * "see http://a.example and www.b.example" counts 2, as on the site.
 */
final class WordPressLinks {
    private static final Pattern ANCHOR = Pattern.compile("<a [^>]*href", Pattern.CASE_INSENSITIVE);
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern SKIPPED_OPEN = Pattern.compile("<(a|pre|code|script|style)[\\s>]", Pattern.CASE_INSENSITIVE);
    // make_clickable's three patterns (wp-includes/formatting.php), each needing the character before it
    private static final Pattern URL = Pattern.compile("(?<=[\\s(<.,;:!?])(https?|ftp)://[\\w\\-.!~*'();:&=+$,/?#%\\[\\]@]",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WWW = Pattern.compile("(?<=[\\s>])(www|ftp)\\.[\\w#$%&~/.\\-;:=,?@\\[\\]+\\x{80}-\\x{10FFFF}]+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EMAIL = Pattern.compile("(?<=[\\s>])[.0-9a-z_+-]+@([0-9a-z-]+\\.)+[0-9a-z]{2,}",
            Pattern.CASE_INSENSITIVE);

    private WordPressLinks() {
    }

    static int count(String html) {
        int n = html.indexOf('<') < 0 ? 0 : count(ANCHOR, html);
        if (!html.contains("://") && html.indexOf('@') < 0 && !hasDotPrefix(html)) {
            return n; // nothing make_clickable would link: most comments
        }
        // make_clickable pads the text with spaces and works only on the text between tags outside skipped blocks
        StringBuilder text = new StringBuilder(" ");
        Matcher tag = TAG.matcher(html);
        int at = 0;
        String skippingUntil = null;
        while (tag.find()) {
            if (skippingUntil == null) {
                text.append(html, at, tag.start()).append(' ');
                Matcher open = SKIPPED_OPEN.matcher(tag.group() + " ");
                if (open.lookingAt()) {
                    skippingUntil = "</" + open.group(1).toLowerCase(Locale.ROOT);
                }
            } else if (tag.group().toLowerCase(Locale.ROOT).startsWith(skippingUntil)) {
                skippingUntil = null;
            }
            at = tag.end();
        }
        if (skippingUntil == null) {
            text.append(html, at, html.length());
        }
        text.append(' ');
        return n + count(URL, text) + count(WWW, text) + count(EMAIL, text);
    }

    /** Whether "www." or "ftp." (any case) occurs: make_clickable's bare addresses. */
    private static boolean hasDotPrefix(String s) {
        for (int dot = s.indexOf('.', 3); dot >= 0; dot = s.indexOf('.', dot + 1)) {
            if (s.regionMatches(true, dot - 3, "www", 0, 3) || s.regionMatches(true, dot - 3, "ftp", 0, 3)) {
                return true;
            }
        }
        return false;
    }

    private static int count(Pattern p, CharSequence s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
