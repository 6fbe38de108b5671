package dev.moddesk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable text of a comment as WordPress stores it: tags stripped (a line break or block tag becomes a space,
 * an {@code <a href>} keeps its target among {@link #links()}), character references decoded. Plain text passes
 * through unchanged; a lone {@code <} that opens no tag stays text.
 */
record HtmlText(String text, List<String> links) {
    /** The named references comments use in practice; an unknown name stays as written. */
    private static final Map<String, String> NAMED = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"), Map.entry("quot", "\""),
            Map.entry("apos", "'"), Map.entry("nbsp", " "), Map.entry("hellip", "…"), Map.entry("mdash", "—"),
            Map.entry("ndash", "–"), Map.entry("lsquo", "‘"), Map.entry("rsquo", "’"), Map.entry("ldquo", "“"),
            Map.entry("rdquo", "”"), Map.entry("laquo", "«"), Map.entry("raquo", "»"), Map.entry("copy", "©"),
            Map.entry("reg", "®"), Map.entry("trade", "™"), Map.entry("euro", "€"), Map.entry("pound", "£"),
            Map.entry("bull", "•"), Map.entry("middot", "·"), Map.entry("deg", "°"), Map.entry("times", "×"),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"), Map.entry("ccedil", "ç"),
            Map.entry("uuml", "ü"), Map.entry("ouml", "ö"), Map.entry("auml", "ä"), Map.entry("szlig", "ß"),
            Map.entry("ntilde", "ñ"), Map.entry("hearts", "♥"), Map.entry("zwj", "\u200d"), Map.entry("shy", ""));
    private static final int LONGEST_TAG = 4096;

    static HtmlText of(String html) {
        StringBuilder text = new StringBuilder(html.length());
        List<String> links = new ArrayList<>(0);
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            int close = c == '<' ? tagEnd(html, i) : -1;
            if (close < 0) {
                text.append(c);
                i++;
                continue;
            }
            String tag = html.substring(i + 1, close);
            String name = tagName(tag);
            if (name.equals("a")) {
                String href = attribute(tag, "href");
                if (href != null && !href.isBlank()) {
                    links.add(decode(href).strip());
                }
            }
            if (!name.isEmpty() && !isInline(name)) {
                text.append(' ');
            }
            i = close + 1;
        }
        return new HtmlText(decode(text), List.copyOf(links));
    }

    /** Where a tag opened at {@code lt} ends, or -1 when the {@code <} opens no tag (as in "a < b" or "<3"). */
    static int tagEnd(String s, int lt) {
        if (lt + 1 >= s.length()) {
            return -1;
        }
        char next = s.charAt(lt + 1);
        if (!(Character.isLetter(next) || next == '/' || next == '!')) {
            return -1;
        }
        int end = s.indexOf('>', lt + 1);
        return end < 0 || end - lt > LONGEST_TAG ? -1 : end;
    }

    static String tagName(String tag) {
        int i = tag.startsWith("/") ? 1 : 0;
        int start = i;
        while (i < tag.length() && Character.isLetterOrDigit(tag.charAt(i))) {
            i++;
        }
        return tag.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static boolean isInline(String name) {
        switch (name) {
            case "a": case "b": case "i": case "em": case "strong": case "span": case "u": case "s": case "strike":
            case "code": case "abbr": case "acronym": case "cite": case "q": case "del": case "ins": case "sub":
            case "sup": case "small": case "big": case "font": case "mark":
                return true;
            default:
                return false;
        }
    }

    /** The value of {@code name}="..." (or '...', or unquoted) in a tag's inside, or null. */
    static String attribute(String tag, String name) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int from = 0;
        while (true) {
            int at = lower.indexOf(name, from);
            if (at < 0) {
                return null;
            }
            from = at + name.length();
            boolean startsWord = at > 0 && Character.isWhitespace(lower.charAt(at - 1));
            int eq = from;
            while (eq < lower.length() && Character.isWhitespace(lower.charAt(eq))) {
                eq++;
            }
            if (!startsWord || eq >= lower.length() || lower.charAt(eq) != '=') {
                continue;
            }
            int v = eq + 1;
            while (v < tag.length() && Character.isWhitespace(tag.charAt(v))) {
                v++;
            }
            if (v >= tag.length()) {
                return null;
            }
            char q = tag.charAt(v);
            if (q == '"' || q == '\'') {
                int end = tag.indexOf(q, v + 1);
                return tag.substring(v + 1, end < 0 ? tag.length() : end);
            }
            int end = v;
            while (end < tag.length() && !Character.isWhitespace(tag.charAt(end))) {
                end++;
            }
            return tag.substring(v, end);
        }
    }

    /** Decodes {@code &name;}, {@code &#123;} and {@code &#x1F600;}; anything malformed stays as written. */
    static String decode(CharSequence s) {
        int amp = indexOf(s, '&', 0);
        if (amp < 0) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (amp >= 0) {
            out.append(s, i, amp);
            int semi = -1;
            for (int j = amp + 1; j < Math.min(s.length(), amp + 12); j++) {
                if (s.charAt(j) == ';') {
                    semi = j;
                    break;
                }
            }
            String decoded = semi < 0 ? null : reference(s.subSequence(amp + 1, semi).toString());
            if (decoded == null) {
                out.append('&');
                i = amp + 1;
            } else {
                out.append(decoded);
                i = semi + 1;
            }
            amp = indexOf(s, '&', i);
        }
        out.append(s, i, s.length());
        return out.toString();
    }

    private static String reference(String body) {
        if (body.startsWith("#")) {
            try {
                boolean hex = body.length() > 1 && (body.charAt(1) == 'x' || body.charAt(1) == 'X');
                int cp = Integer.parseInt(body.substring(hex ? 2 : 1), hex ? 16 : 10);
                return Character.isValidCodePoint(cp) && cp != 0 ? new String(Character.toChars(cp)) : null;
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return NAMED.get(body.toLowerCase(Locale.ROOT));
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
