package dev.moddesk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.DomainValidator;

/**
 * Web addresses written out in text: {@code http(s)://...}, {@code www....} and bare domains with a real top-level
 * domain ("murdev.com", checked with Commons Validator so "e.g." or "3.5" are not addresses).
 */
final class Links {
    private static final Pattern ADDRESS = Pattern.compile(
            "(?i)(?:https?://|www\\.)[^\\s<>\"'`]+"
            + "|(?<![\\p{L}\\p{N}@._-])(?:[\\p{L}\\p{N}](?:[\\p{L}\\p{N}-]{0,62}[\\p{L}\\p{N}])?\\.){1,6}"
            + "(\\p{L}{2,24})(?![\\p{L}\\p{N}@-])(?:/[^\\s<>\"'`]*)?");
    private static final String TRAILING = ".,;:!?)]}'\"";

    private Links() {
    }

    /** The text with its addresses replaced by spaces, and the addresses found (trailing punctuation dropped). */
    record Scan(String rest, List<String> addresses) {
    }

    static Scan scan(String text) {
        if (!mayHoldAddress(text)) {
            return new Scan(text, List.of());
        }
        Matcher m = ADDRESS.matcher(text);
        List<String> found = new ArrayList<>(0);
        StringBuilder rest = null;
        int last = 0;
        while (m.find()) {
            String tld = m.group(1);
            if (tld != null && !DomainValidator.getInstance().isValidTld(tld.toLowerCase(Locale.ROOT))) {
                continue;
            }
            String address = trimTrailing(m.group());
            if (rest == null) {
                rest = new StringBuilder(text.length());
            }
            rest.append(text, last, m.start()).append(' ');
            last = m.start() + address.length();
            found.add(address);
        }
        if (rest == null) {
            return new Scan(text, List.of());
        }
        rest.append(text, last, text.length());
        return new Scan(rest.toString(), found);
    }

    /**
     * False only when {@link #ADDRESS} cannot match: it needs "http" or "www." or a dot right before a letter or digit
     * (a domain's dot); prose ("end. Next") has none, and this look costs far less than the expression's search.
     */
    static boolean mayHoldAddress(String text) {
        for (int i = text.indexOf('.'); i >= 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if (Character.isLetterOrDigit(text.codePointAt(i + 1))) {
                return true;
            }
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return lower.contains("http") || lower.contains("www.");
    }

    private static String trimTrailing(String s) {
        int end = s.length();
        while (end > 1 && TRAILING.indexOf(s.charAt(end - 1)) >= 0) {
            end--;
        }
        return s.substring(0, end);
    }

    /** The host of an address, lower case, without "www." and port; "" when there is none. */
    static String host(String address) {
        String s = address.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0 && scheme < 12) {
            s = s.substring(scheme + 3);
        } else if (s.startsWith("//")) {
            s = s.substring(2);
        }
        int end = s.length();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                end = i;
                break;
            }
        }
        s = s.substring(0, end);
        s = s.substring(s.lastIndexOf('@') + 1);
        int colon = s.lastIndexOf(':');
        if (colon >= 0 && s.indexOf(']') < colon) {
            s = s.substring(0, colon);
        }
        s = s.toLowerCase(Locale.ROOT);
        return s.startsWith("www.") ? s.substring(4) : s;
    }

    /** The words of an address after its host ("watch", "ref"), at most {@code limit}. */
    static List<String> pathWords(String address, int limit) {
        String s = address;
        int scheme = s.indexOf("://");
        s = scheme >= 0 ? s.substring(scheme + 3) : s;
        int slash = s.indexOf('/');
        int query = s.indexOf('?');
        int start = slash < 0 ? query : query < 0 ? slash : Math.min(slash, query);
        if (start < 0) {
            return List.of();
        }
        List<String> words = new ArrayList<>();
        for (String w : s.substring(start).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (w.length() >= 2 && w.length() <= 20 && !w.chars().allMatch(Character::isDigit)) {
                words.add(w);
                if (words.size() == limit) {
                    break;
                }
            }
        }
        return words;
    }
}
