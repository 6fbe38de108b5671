package dev.moddesk.ui.detail;

import dev.moddesk.core.QueueItem;
import dev.moddesk.triage.Triage;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/**
 * The triage's verdict in the detail pane: the spam score in words and the reasons that drove it, strongest first;
 * nothing for a comment that has no score yet.
 */
final class VerdictView {
    private VerdictView() {
    }

    static VBox of(QueueItem item) {
        VBox box = new VBox(2);
        box.setId("detail-verdict");
        box.getStyleClass().add("verdict-box");
        if (item.score() == null) {
            box.setManaged(false);
            box.setVisible(false);
            return box;
        }
        double score = item.score();
        Label title = new Label(String.format(Locale.ROOT, "Spam score %.2f: %s", score, words(score)));
        title.getStyleClass().addAll("verdict-title", score >= Triage.DEFAULT_THRESHOLD ? "verdict-spam" : "verdict-ham");
        box.getChildren().add(title);
        for (String reason : item.reasons()) {
            Label line = new Label("• " + reason);
            line.setWrapText(true);
            line.getStyleClass().add("verdict-reason");
            box.getChildren().add(line);
        }
        return box;
    }

    static String words(double score) {
        if (score >= 0.9) {
            return "almost surely spam";
        }
        if (score >= Triage.DEFAULT_THRESHOLD) {
            return "likely spam";
        }
        if (score >= 0.2) {
            return "unsure";
        }
        return "likely fine";
    }
}
