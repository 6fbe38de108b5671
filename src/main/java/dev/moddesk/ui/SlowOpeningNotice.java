package dev.moddesk.ui;

import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.theme.Themes;
import java.nio.file.Path;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.util.Duration;

/**
 * A small window in the desk's stage when opening the database takes more than a moment (a migration backs the
 * file up first, a slow disk), so that starting the desk never looks like nothing happened. A fast open never
 * shows it.
 */
final class SlowOpeningNotice {
    static final Duration AFTER = Duration.seconds(1);

    private final PauseTransition delay = new PauseTransition(AFTER);

    /** Shows the notice in {@code stage} unless {@link #cancel} comes first. */
    SlowOpeningNotice(Stage stage, Path database) {
        delay.setOnFinished(e -> show(stage, database));
        delay.play();
    }

    void cancel() {
        delay.stop();
    }

    private static void show(Stage stage, Path database) {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Label what = new Label("Opening " + database + "…");
        what.setId("slow-opening");
        what.setWrapText(true);
        HBox box = new HBox(12, spinner, what);
        box.setPadding(new Insets(16));
        Scene scene = new Scene(box, 480, 90);
        Themes.apply(scene, DeskPrefs.user().get("theme", Themes.LIGHT));
        stage.setTitle("Opening " + database.getFileName() + " — ModDesk");
        stage.setScene(scene);
        stage.show();
    }
}
