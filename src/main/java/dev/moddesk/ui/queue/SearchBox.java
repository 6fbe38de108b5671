package dev.moddesk.ui.queue;

import javafx.animation.PauseTransition;
import javafx.scene.control.TextField;
import javafx.util.Duration;

/** The search box: the queue follows the text a moment after typing stops, or at once on Enter. */
public final class SearchBox extends TextField {
    private final PauseTransition pause = new PauseTransition(Duration.millis(250));

    /** {@code done} runs after Enter (back to the queue). */
    public SearchBox(QueueViewModel queue, Runnable done) {
        setId("search");
        setPromptText("Search  ( / )");
        // with the Conflicts view's two extra buttons the tool bar still fits 1280 pixels in DejaVu Sans (Debian's
        // default, and wider than most): at 16 columns the Help button went into the tool bar's overflow menu there
        setPrefColumnCount(12);
        pause.setOnFinished(e -> queue.search(getText()));
        textProperty().addListener((o, a, b) -> pause.playFromStart());
        setOnAction(e -> {
            pause.stop();
            queue.search(getText());
            done.run();
        });
    }
}
