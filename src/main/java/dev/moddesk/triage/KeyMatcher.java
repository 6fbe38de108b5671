package dev.moddesk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One key list (moderation or disallowed keys) compiled for matching, as WordPress 6.1 reads the option in
 * {@code check_comment} and {@code wp_check_comment_disallowed_list} (wp-includes/comment.php):
 * <pre>
 * $mod_keys = trim( get_option( 'disallowed_keys' ) );
 * foreach ( explode( "\n", $mod_keys ) as $word ) {
 *     $word = trim( $word );
 *     if ( empty( $word ) ) continue;          // PHP's empty() is also true for the key "0"
 *     $word = preg_quote( $word, '#' );
 *     $pattern = "#$word#iu";                  // literal, case-insensitive, Unicode
 *     if ( preg_match( $pattern, $author ) || ... ) ...
 * </pre>
 */
final class KeyMatcher {
    /** One usable key: the line as written and its pattern. */
    record Key(String text, Pattern pattern) { }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    /** Letters, digits and the underscore make a word, in any script. */
    private static final String WORD_CHAR = "[\\p{L}\\p{N}\\p{M}_]";

    private KeyMatcher() {
    }

    static List<Key> compile(String option, MatchMode mode) {
        List<Key> keys = new ArrayList<>();
        for (String line : phpTrim(option).split("\n", -1)) {
            String key = phpTrim(line);
            if (key.isEmpty() || key.equals("0")) {
                continue;
            }
            keys.add(new Key(key, pattern(key, mode)));
        }
        return keys;
    }

    /** The first key of {@code option} that cannot be used in {@code mode}, in words; empty when all can. */
    static Optional<String> problem(String option, MatchMode mode) {
        if (mode != MatchMode.REGEX) {
            return Optional.empty();
        }
        for (String line : phpTrim(option).split("\n", -1)) {
            String key = phpTrim(line);
            if (key.isEmpty() || key.equals("0")) {
                continue;
            }
            Pattern p;
            try {
                p = pattern(key, mode);
            } catch (PatternSyntaxException e) {
                return Optional.of("'" + key + "' is not a valid regular expression: " + e.getDescription()
                        + (e.getIndex() >= 0 ? " near position " + (e.getIndex() + 1) : ""));
            }
            if (p.matcher("").find()) {
                return Optional.of("'" + key + "' matches empty text, so it would catch every comment");
            }
        }
        return Optional.empty();
    }

    private static Pattern pattern(String key, MatchMode mode) {
        switch (mode) {
            case WORDPRESS:
                return Pattern.compile(Pattern.quote(key), FLAGS);
            case WHOLE_WORD:
                return Pattern.compile("(?<!" + WORD_CHAR + ")" + Pattern.quote(key) + "(?!" + WORD_CHAR + ")", FLAGS);
            default:
                return Pattern.compile(key, FLAGS);
        }
    }

    /** PHP's trim(): only space, tab, newline, carriage return, NUL and vertical tab, not all Unicode spaces. */
    static String phpTrim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isPhpSpace(s.charAt(start))) {
            start++;
        }
        while (end > start && isPhpSpace(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isPhpSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\0' || c == '\u000B';
    }
}
