package dev.moddesk.ui.detail;

import dev.moddesk.ui.theme.EmojiText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * Draws {@link CommentHtml} blocks as text nodes, one {@link TextFlow} a block, so a paragraph wraps as one
 * whatever its links. A link's words flow with the rest (a control would be a box the line cannot break in);
 * right after them, in a subdued style, where it goes (the host, unless the words say it); its tooltip gives the
 * whole target, and a click opens it.
 */
public final class RichText {
    private RichText() {
    }

    public static VBox render(List<CommentHtml.Block> blocks, Consumer<String> openLink) {
        VBox box = new VBox(8);
        box.getStyleClass().add("rich-text");
        for (CommentHtml.Block b : blocks) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("block-" + b.kind().name().toLowerCase(Locale.ROOT));
            if (b.depth() > 0) {
                flow.setStyle("-fx-padding: 2 0 2 " + (10 * b.depth()) + ";");
            }
            List<CommentHtml.Span> spans = b.spans();
            for (int i = 0; i < spans.size(); i++) {
                CommentHtml.Span s = spans.get(i);
                flow.getChildren().add(text(s, openLink));
                boolean linkEnds = s.href() != null && (i + 1 == spans.size() || !s.href().equals(spans.get(i + 1).href()));
                if (linkEnds) {
                    String words = linkWords(spans, i);
                    if (!LinkTarget.saidBy(words, s.href())) {
                        flow.getChildren().add(where(s.href(), openLink));
                    }
                }
            }
            box.getChildren().add(flow);
        }
        return box;
    }

    /** The words of the link that ends at span {@code last} (a link may span several styles). */
    private static String linkWords(List<CommentHtml.Span> spans, int last) {
        List<String> parts = new ArrayList<>();
        String href = spans.get(last).href();
        for (int i = last; i >= 0 && href.equals(spans.get(i).href()); i--) {
            parts.add(0, spans.get(i).text());
        }
        return String.join("", parts);
    }

    private static Text text(CommentHtml.Span s, Consumer<String> openLink) {
        Text t = new Text(EmojiText.drawable(s.text()));
        t.getStyleClass().add("rich");
        if (s.strong()) {
            t.getStyleClass().add("strong");
        }
        if (s.em()) {
            t.getStyleClass().add("em");
        }
        if (s.code()) {
            t.getStyleClass().add("code");
        }
        if (s.href() != null) {
            t.getStyleClass().add("link-text");
            clickable(t, s.href(), openLink);
        }
        return t;
    }

    /** " (host)" after a link, subdued, as part of the same line. */
    private static Text where(String href, Consumer<String> openLink) {
        Text t = new Text(" (" + LinkTarget.shortForm(href) + ")");
        t.getStyleClass().addAll("rich", "link-target");
        clickable(t, href, openLink);
        return t;
    }

    private static void clickable(Text t, String href, Consumer<String> openLink) {
        t.setCursor(Cursor.HAND);
        Tooltip.install(t, new Tooltip("Opens " + href + " in your browser"));
        t.setOnMouseClicked(e -> openLink.accept(href));
        t.setUserData(href);
    }

    /** For tests: the target of a link's text node, null for other nodes. */
    public static String hrefOf(Node n) {
        return n instanceof Text && n.getUserData() instanceof String href ? href : null;
    }
}
