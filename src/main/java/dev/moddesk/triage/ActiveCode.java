package dev.moddesk.triage;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Markup in a comment that would run code in a reader's browser were it shown as written: a {@code <script>} or
 * another element that loads or runs code, an event handler ({@code onerror=}), a {@code javascript:} link. Readers
 * do not write it; attacks do. WordPress strips it from the comments of anyone who may not post unfiltered HTML,
 * so where a comment still holds it, it came from a bot trying its luck or from an export of another system.
 * Weighed as the site's own filter saying spam is: it counts with or without a model, which learns nothing of what
 * no decision held. Written as text ({@code &lt;script&gt;}, as in a comment about code) it is no code.
 */
public final class ActiveCode {
    static final double LOG_ODDS = 3.0;
    private static final Set<String> RUNNING_ELEMENTS = Set.of("script", "iframe", "frame", "frameset", "object",
            "embed", "applet");
    private static final String[] ADDRESS_ATTRIBUTES = {"href", "src", "action", "formaction", "data"};
    private static final String[] RUNNING_SCHEMES = {"javascript:", "vbscript:", "data:text/html"};
    /** An attribute named on… (an event handler), after the tag's name: {@code onerror=}, {@code /onload=}. */
    private static final Pattern HANDLER = Pattern.compile("[\\s/\"']on([a-z]{3,})\\s*=", Pattern.CASE_INSENSITIVE);
    /** What a browser ignores inside a URL's scheme: "java\tscript:" runs as "javascript:". */
    private static final Pattern IGNORED_IN_SCHEME = Pattern.compile("[\\s\\x00-\\x1f]");

    private ActiveCode() {
    }

    /** The evidence of such markup in {@code content} (as the site stores it), naming what it found. */
    public static Optional<Evidence> in(String content) {
        if (content.indexOf('<') < 0) {
            return Optional.empty(); // most comments: no tag at all
        }
        Set<String> found = new LinkedHashSet<>();
        for (int lt = content.indexOf('<'); lt >= 0; lt = content.indexOf('<', lt + 1)) {
            int end = HtmlText.tagEnd(content, lt);
            if (end >= 0) {
                tag(content.substring(lt + 1, end), found);
            }
        }
        return found.isEmpty() ? Optional.empty() : Optional.of(new Evidence(
                "code that would run in a reader's browser: " + String.join(", ", found), LOG_ODDS));
    }

    private static void tag(String tag, Set<String> found) {
        String name = HtmlText.tagName(tag);
        if (name.isEmpty() || tag.startsWith("/")) {
            return;
        }
        if (RUNNING_ELEMENTS.contains(name)) {
            found.add("<" + name + ">");
        }
        Matcher handler = HANDLER.matcher(tag);
        if (handler.find(name.length())) {
            found.add("on" + handler.group(1).toLowerCase(Locale.ROOT) + "=");
        }
        for (String attribute : ADDRESS_ATTRIBUTES) {
            String value = HtmlText.attribute(tag, attribute);
            String scheme = value == null ? null : runningScheme(value);
            if (scheme != null) {
                found.add("a " + scheme + " address");
            }
        }
    }

    /** The scheme of {@code address} when it runs code, else null. */
    private static String runningScheme(String address) {
        String plain = IGNORED_IN_SCHEME.matcher(HtmlText.decode(address)).replaceAll("").toLowerCase(Locale.ROOT);
        for (String scheme : RUNNING_SCHEMES) {
            if (plain.startsWith(scheme)) {
                return scheme.substring(0, scheme.indexOf(':') + 1);
            }
        }
        return null;
    }
}
