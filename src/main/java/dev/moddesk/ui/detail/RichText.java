package dev.moddesk.ui.detail;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/** Draws {@link CommentHtml} blocks as text nodes; a link shows its text and, after it, its real target. */
public final class RichText {
    private RichText() {
    }

    public static VBox render(List<CommentHtml.Block> blocks, Consumer<String> openLink) {
        VBox box = new VBox(8);
        box.getStyleClass().add("rich-text");
        for (CommentHtml.Block b : blocks) {
            TextFlow flow = new TextFlow();
            flow.getStyleClass().add("block-" + b.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (b.depth() > 0) {
                flow.setStyle("-fx-padding: 2 0 2 " + (10 * b.depth()) + ";");
            }
            for (CommentHtml.Span s : b.spans()) {
                flow.getChildren().addAll(span(s, openLink));
            }
            box.getChildren().add(flow);
        }
        return box;
    }

    private static Node[] span(CommentHtml.Span s, Consumer<String> openLink) {
        Text t = new Text(s.text());
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
        if (s.href() == null) {
            return new Node[] {t};
        }
        t.getStyleClass().add("link-text");
        Hyperlink target = new Hyperlink("⟨" + s.href() + "⟩");
        target.getStyleClass().add("link-target");
        target.setTooltip(new Tooltip("Opens " + s.href() + " in your browser"));
        target.setOnAction(e -> openLink.accept(s.href()));
        target.setFocusTraversable(false);
        return new Node[] {t, target};
    }
}
