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
    /**
     * One usable key: the line as written, and either its case-folded text ({@link MatchMode#WORDPRESS} and
     * {@link MatchMode#WHOLE_WORD}: found with {@code indexOf} in folded fields, many times faster than a
     * case-insensitive regex and with the same result) or its pattern ({@link MatchMode#REGEX}).
     */
    record Key(String text, String folded, boolean wholeWord, Pattern pattern) {
        /** Whether the key is in {@code field}, given as it is and case-folded ({@link #fold}). */
        boolean in(String field, String foldedField) {
            if (pattern != null) {
                return pattern.matcher(field).find();
            }
            for (int at = foldedField.indexOf(folded); at >= 0; at = foldedField.indexOf(folded, at + 1)) {
                if (!wholeWord || isWholeWord(foldedField, at, at + folded.length())) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private KeyMatcher() {
    }

    static List<Key> compile(String option, MatchMode mode) {
        List<Key> keys = new ArrayList<>();
        for (String line : phpTrim(option).split("\n", -1)) {
            String key = phpTrim(line);
            if (key.isEmpty() || key.equals("0")) {
                continue;
            }
            keys.add(mode == MatchMode.REGEX ? new Key(key, null, false, Pattern.compile(key, FLAGS))
                    : new Key(key, fold(key), mode == MatchMode.WHOLE_WORD, null));
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
                p = Pattern.compile(key, FLAGS);
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

    /**
     * Case folding as a case-insensitive Unicode regex compares characters (Java's {@code UNICODE_CASE}, like PCRE's
     * {@code /iu}): each code point to the lower case of its upper case, so 'Ç' and 'ç', 'K' and the Kelvin sign meet.
     */
    static String fold(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int folded = Character.toLowerCase(Character.toUpperCase(cp));
            if (folded != cp && out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (out != null) {
                out.appendCodePoint(folded);
            }
            i += Character.charCount(cp);
        }
        return out == null ? s : out.toString();
    }

    /** Whether {@code s[start, end)} has no letter, digit, mark or underscore just before or after it. */
    private static boolean isWholeWord(String s, int start, int end) {
        return (start == 0 || !isWordChar(s.codePointBefore(start))) && (end == s.length() || !isWordChar(s.codePointAt(end)));
    }

    private static boolean isWordChar(int cp) {
        int type = Character.getType(cp);
        return cp == '_' || Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.LETTER_NUMBER || type == Character.OTHER_NUMBER;
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
