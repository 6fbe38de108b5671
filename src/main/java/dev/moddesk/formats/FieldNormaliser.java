package dev.moddesk.formats;

import org.jsoup.parser.Parser;

/**
 * The one place where fields from WXR, REST and Disqus are brought to the same form (DESIGN.md §3 rule 7),
 * so that one comment read from two sources compares equal.
 * <ul>
 *   <li>Author names: WordPress stores them entity-encoded ({@code Tom &amp; Jerry}) and both WXR and REST
 *       give that stored form; we keep the decoded text.</li>
 *   <li>Author URLs: REST gives the stored, entity-encoded form, WXR prints it raw so the XML parser
 *       has decoded it once already; decoding until stable makes both the same.</li>
 *   <li>Content: XML parsers turn CR LF and lone CR into LF, REST does not; we do it for every source.</li>
 *   <li>Single-line fields longer than {@link #MAX_FIELD} characters are clipped: no real site stores more
 *       (WordPress columns hold 255 bytes at most), and a 10,000-character author must not break the desk.</li>
 * </ul>
 */
public final class FieldNormaliser {
    public static final int MAX_FIELD = 1_000;
    /** Content above this is refused (the comment is skipped with a warning); WordPress itself stores at most 64 KB. */
    public static final int MAX_CONTENT = 16 * 1024 * 1024;

    private FieldNormaliser() {
    }

    public static String author(String raw) {
        return clip(decodeOnce(nullToEmpty(raw)));
    }

    /** Post titles: WordPress stores them entity-encoded too ({@code fix tags &amp; entities}). */
    public static String title(String raw) {
        return decodeOnce(nullToEmpty(raw)).strip();
    }

    public static String url(String raw) {
        String value = nullToEmpty(raw).strip();
        for (int i = 0; i < 3 && value.indexOf('&') >= 0; i++) {
            String decoded = decodeOnce(value);
            if (decoded.equals(value)) {
                break;
            }
            value = decoded;
        }
        return clip(value);
    }

    public static String plain(String raw) {
        return clip(nullToEmpty(raw).strip());
    }

    /** Null stays null: it means "the source does not say". */
    public static String agent(String raw) {
        return raw == null ? null : clip(raw);
    }

    public static String content(String raw) {
        String value = nullToEmpty(raw);
        if (value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    /** Decodes HTML entities once; the few that WordPress writes are handled inline, the rest by jsoup. */
    private static String decodeOnce(String value) {
        int amp = value.indexOf('&');
        if (amp < 0) {
            return value;
        }
        StringBuilder sb = new StringBuilder(value.length());
        sb.append(value, 0, amp);
        int i = amp;
        while (i < value.length()) {
            char ch = value.charAt(i);
            if (ch != '&') {
                sb.append(ch);
                i++;
                continue;
            }
            int semi = value.indexOf(';', i);
            String simple = semi < 0 || semi - i > 10 ? null : simpleEntity(value.substring(i + 1, semi));
            if (simple != null) {
                sb.append(simple);
                i = semi + 1;
            } else if (semi > 0 && semi - i <= 32) {
                sb.append(Parser.unescapeEntities(value.substring(i, semi + 1), false));
                i = semi + 1;
            } else {
                sb.append(ch);
                i++;
            }
        }
        return sb.toString();
    }

    private static String simpleEntity(String name) {
        switch (name) {
            case "amp": return "&";
            case "lt": return "<";
            case "gt": return ">";
            case "quot": return "\"";
            case "apos": case "#39": case "#039": return "'";
            default: return null;
        }
    }

    private static String clip(String value) {
        return value.length() <= MAX_FIELD ? value : value.substring(0, MAX_FIELD);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
