package dev.moddesk.ui.detail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * A comment's raw HTML as blocks of styled text, for drawing with text nodes: paragraphs, quotes and code
 * blocks, with emphasis, strong, inline code and links (which keep their real target). Parsed with jsoup;
 * scripts, styles, frames, forms and embedded objects are dropped, images become their alt text. Nothing is
 * fetched and nothing runs. No JavaFX here, so it is tested alone.
 */
public final class CommentHtml {
    /** What a block is drawn as. */
    public enum Kind { PARAGRAPH, QUOTE, CODE }

    /** A run of text with one style; {@code href} is the link's target as written, null when not a link. */
    public record Span(String text, boolean strong, boolean em, boolean code, String href) { }

    /** A paragraph-like block; {@code depth} counts enclosing quotes. */
    public record Block(Kind kind, int depth, List<Span> spans) {
        public String text() {
            StringBuilder sb = new StringBuilder();
            spans.forEach(s -> sb.append(s.text()));
            return sb.toString();
        }
    }

    private static final Set<String> DROPPED = Set.of("script", "style", "iframe", "frame", "frameset", "object",
            "embed", "applet", "form", "input", "button", "select", "textarea", "noscript", "template", "svg", "math",
            "link", "meta", "head", "audio", "video", "source", "canvas");
    private static final Set<String> BLOCKS = Set.of("p", "div", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
            "table", "tr", "dl", "dt", "dd", "section", "article", "header", "footer", "hr");

    private final List<Block> out = new ArrayList<>();
    private List<Span> spans = new ArrayList<>();
    private Kind kind = Kind.PARAGRAPH;
    private int depth;

    private CommentHtml() {
    }

    public static List<Block> parse(String html) {
        CommentHtml c = new CommentHtml();
        Element body = Jsoup.parseBodyFragment(html == null ? "" : html).body();
        c.walk(body, false, false, false, null, false);
        c.flush();
        return c.out;
    }

    private void walk(Node node, boolean strong, boolean em, boolean code, String href, boolean pre) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                text(pre ? t.getWholeText() : t.getWholeText(), strong, em, code, href, pre);
            } else if (child instanceof Element e) {
                element(e, strong, em, code, href, pre);
            }
        }
    }

    private void element(Element e, boolean strong, boolean em, boolean code, String href, boolean pre) {
        String tag = e.normalName().toLowerCase(Locale.ROOT);
        if (DROPPED.contains(tag)) {
            return;
        }
        switch (tag) {
            case "br":
                add("\n", strong, em, code, href);
                return;
            case "img":
                String alt = e.attr("alt");
                add("[image" + (alt.isBlank() ? "" : ": " + alt) + "]", strong, em, code, href);
                return;
            case "blockquote":
                flush();
                depth++;
                Kind before = kind;
                kind = Kind.QUOTE;
                walk(e, strong, em, code, href, pre);
                flush();
                depth--;
                kind = depth > 0 ? Kind.QUOTE : before == Kind.QUOTE ? Kind.PARAGRAPH : before;
                return;
            case "pre":
                flush();
                Kind was = kind;
                kind = Kind.CODE;
                walk(e, strong, em, true, href, true);
                flush();
                kind = depth > 0 ? Kind.QUOTE : was == Kind.CODE ? Kind.PARAGRAPH : was;
                return;
            case "a":
                String target = e.hasAttr("href") ? e.attr("href").strip() : null;
                walk(e, strong, em, code, target == null || target.isEmpty() ? href : target, pre);
                return;
            case "strong": case "b":
                walk(e, true, em, code, href, pre);
                return;
            case "em": case "i": case "cite": case "q":
                walk(e, strong, true, code, href, pre);
                return;
            case "code": case "kbd": case "samp": case "tt":
                walk(e, strong, em, true, href, pre);
                return;
            default:
                if (BLOCKS.contains(tag)) {
                    flush();
                    if (tag.equals("li")) {
                        add("• ", strong, em, code, null);
                    }
                    walk(e, strong, em, code, href, pre);
                    flush();
                } else {
                    walk(e, strong, em, code, href, pre);
                }
        }
    }

    /** Plain text as WordPress shows it: a blank line ends a paragraph, a single newline breaks the line. */
    private void text(String raw, boolean strong, boolean em, boolean code, String href, boolean pre) {
        if (pre) {
            add(raw, strong, em, code, href);
            return;
        }
        String t = raw.replace("\r\n", "\n").replace('\r', '\n');
        String[] paragraphs = t.split("\n[ \t]*\n+", -1);
        for (int i = 0; i < paragraphs.length; i++) {
            if (i > 0) {
                flush();
            }
            String p = paragraphs[i].replaceAll("[ \t\u000B\f]+", " ").replaceAll(" ?\n ?", "\n");
            if (spans.isEmpty() || endsWithBreak()) {
                p = p.replaceFirst("^[ \n]+", "");
            }
            add(p, strong, em, code, href);
        }
    }

    private boolean endsWithBreak() {
        return !spans.isEmpty() && spans.get(spans.size() - 1).text().endsWith("\n");
    }

    private void add(String text, boolean strong, boolean em, boolean code, String href) {
        if (text.isEmpty()) {
            return;
        }
        spans.add(new Span(text, strong, em, code, href));
    }

    private void flush() {
        // trim the block's edges; drop blocks with nothing visible
        while (!spans.isEmpty() && spans.get(spans.size() - 1).text().isBlank() && kind != Kind.CODE) {
            spans.remove(spans.size() - 1);
        }
        if (!spans.isEmpty() && kind != Kind.CODE) {
            Span last = spans.get(spans.size() - 1);
            spans.set(spans.size() - 1, new Span(last.text().stripTrailing(), last.strong(), last.em(), last.code(),
                    last.href()));
        }
        boolean visible = spans.stream().anyMatch(s -> !s.text().isBlank());
        if (visible) {
            out.add(new Block(kind, depth, List.copyOf(spans)));
        }
        spans = new ArrayList<>();
    }

    /** The text only, one line, for the queue's excerpt column. */
    public static String excerpt(String html, int max) {
        String text = Jsoup.parseBodyFragment(html == null ? "" : html).body().text();
        text = text.replaceAll("\\s+", " ").strip();
        return text.length() > max ? text.substring(0, max - 1) + "…" : text;
    }
}
