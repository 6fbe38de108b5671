package dev.moddesk.triage;

import java.util.regex.Pattern;

/** WordPress's {@code wp_strip_all_tags} (wp-includes/formatting.php), for matching disallowed keys. */
final class WordPressText {
    private static final Pattern SCRIPT_OR_STYLE = Pattern.compile("<(script|style)[^>]*?>.*?</\\1>",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_COMMENT = Pattern.compile("<!--.*?(-->|$)", Pattern.DOTALL);
    /** PHP's strip_tags: a '<' followed by a space is text; an unclosed tag runs to the end. */
    private static final Pattern TAG = Pattern.compile("<(?![\\s<])[^>]*(>|$)", Pattern.DOTALL);

    private WordPressText() {
    }

    static String stripAllTags(String html) {
        if (html.indexOf('<') < 0) {
            return KeyMatcher.phpTrim(html); // most comments: no tag to strip
        }
        String s = SCRIPT_OR_STYLE.matcher(html).replaceAll("");
        s = HTML_COMMENT.matcher(s).replaceAll("");
        s = TAG.matcher(s).replaceAll("");
        return KeyMatcher.phpTrim(s);
    }
}
