package dev.moddesk.formats;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The one place where fields from WXR, REST and Disqus are brought to the same form (sync rule 7 in the README),
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

    /**
     * The text a reader sees of some comment HTML, whitespace collapsed: what stays the same when a site's filter
     * (WordPress's kses) takes tags it does not allow out of a comment.
     */
    public static String visibleText(String html) {
        return org.jsoup.Jsoup.parseBodyFragment(html).body().text();
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

    /**
     * Decodes the entities WordPress writes ({@code &amp;}, {@code &#039;}, {@code &#x27;}): each must end in
     * a semicolon, as PHP's html_entity_decode wants. HTML's legacy forms without one are left alone, or a
     * URL's {@code &region=eu} or {@code &param=1} would turn into {@code ®ion=eu} and {@code ¶m=1}.
     */
    private static String decodeOnce(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher m = ENTITY.matcher(value);
        StringBuilder sb = new StringBuilder(value.length());
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(Parser.unescapeEntities(m.group(), false)));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static final Pattern ENTITY =
            Pattern.compile("&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});");

    private static String clip(String value) {
        if (value.length() <= MAX_FIELD) {
            return value;
        }
        // Never cut a surrogate pair (an emoji) in half: a lone surrogate is not text.
        int end = Character.isHighSurrogate(value.charAt(MAX_FIELD - 1)) ? MAX_FIELD - 1 : MAX_FIELD;
        return value.substring(0, end);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
