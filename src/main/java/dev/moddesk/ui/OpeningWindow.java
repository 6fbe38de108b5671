package dev.moddesk.ui;

import dev.moddesk.app.Workspace;
import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.theme.Themes;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * The desk's window while its database opens, where and as big as the desk was last time, saying which database
 * it opens. The database opens while the toolkit starts and is usually open by then: the window then first shows
 * with the desk and its first rows, and this one is never seen. When it is not (a migration backs the file up
 * first, a slow disk), this window is on screen at once, and when opening takes more than a moment a spinner
 * joins the words.
 */
final class OpeningWindow {
    static final Duration SLOW = Duration.seconds(1);

    private final Scene scene;
    private final PauseTransition slow = new PauseTransition(SLOW);

    private OpeningWindow(Scene scene) {
        this.scene = scene;
    }

    /**
     * Has {@code build} make the desk in {@code stage} at once when {@code opening} has the database open already.
     * Else shows {@code stage} opening {@code database}, and once it is open, has {@code build} make the desk after
     * the window was drawn, or {@code failed} say why it could not open. On the JavaFX thread.
     */
    static void unlessOpen(Stage stage, Path database, DeskPrefs prefs, DeskOpening opening,
            Consumer<Workspace> build, Consumer<RuntimeException> failed) {
        Workspace ready = opening.openedAlready();
        if (ready != null) {
            build.accept(ready);
            return;
        }
        OpeningWindow first = show(stage, database, prefs);
        opening.whenOpen(workspace -> first.thenOnScreen(() -> build.accept(workspace)), failure -> {
            first.stop();
            failed.accept(failure);
        });
    }

    /** Shows {@code stage} opening {@code database}. */
    static OpeningWindow show(Stage stage, Path database, DeskPrefs prefs) {
        Label what = new Label("Opening " + database + "…");
        what.setId("opening");
        what.setWrapText(true);
        what.getStyleClass().add("text-muted");
        VBox box = new VBox(12, what);
        box.setStyle("-fx-alignment: center; -fx-padding: 24;");
        WindowPlace place = new WindowPlace(prefs);
        Scene scene = place.scene(box);
        Themes.apply(scene, prefs.get("theme", Themes.LIGHT));
        stage.setTitle("ModDesk — " + database.getFileName());
        stage.setScene(scene);
        place.restore(stage);
        OpeningWindow window = new OpeningWindow(scene);
        window.slow.setOnFinished(e -> box.getChildren().add(0, spinner()));
        window.slow.play();
        stage.show();
        return window;
    }

    /** Runs {@code work} once the window has been drawn, and stops waiting to say the opening is slow. */
    void thenOnScreen(Runnable work) {
        slow.stop();
        FirstFrame.then(scene, work);
    }

    /** No spinner any more: the opening ended. */
    void stop() {
        slow.stop();
    }

    private static ProgressIndicator spinner() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setId("opening-spinner");
        spinner.setPrefSize(32, 32);
        return spinner;
    }
}
