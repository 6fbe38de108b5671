package dev.moddesk.ui;

import dev.moddesk.owner.Claim;
import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.owner.HeldElsewhere;
import dev.moddesk.owner.Owned;
import dev.moddesk.owner.OwnershipException;
import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.theme.Themes;
import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * A small window while a command line (an import, say) has the database: it asks every half second, and
 * opens the desk the moment the database is free; if another desk opened it meanwhile, that one comes forward.
 */
final class DeskWaiting {
    private static final long EVERY_MILLIS = 500;

    private final Stage stage;
    private final Path database;
    private final Label what = new Label();
    private volatile boolean cancelled;

    DeskWaiting(Stage stage, Path database) {
        this.stage = stage;
        this.database = database;
    }

    /** Shows the window and calls {@code owned} on the FX thread once this process owns the database. */
    void waitFor(Consumer<Owned> owned) {
        what.setId("waiting-for-owner");
        what.setWrapText(true);
        what.setText("Another ModDesk command is working on " + database.getFileName() + ".");
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setPrefSize(28, 28);
        Button cancel = new Button("Cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> {
            cancelled = true;
            Platform.exit();
        });
        VBox box = new VBox(12, new HBox(12, spinner, what),
                new Label("The desk opens as soon as it has finished."), cancel);
        box.setPadding(new Insets(16));
        stage.setTitle("ModDesk — waiting for " + database.getFileName());
        Scene scene = new Scene(box, 480, 150);
        Themes.apply(scene, DeskPrefs.user().get("theme", Themes.LIGHT));
        stage.setScene(scene);
        stage.show();
        Thread t = new Thread(() -> poll(owned), "moddesk-wait-for-owner");
        t.setDaemon(true);
        t.start();
    }

    private void poll(Consumer<Owned> owned) {
        while (!cancelled) {
            try {
                Claim claim = DatabaseOwnership.claim(database, DeskLauncher.role());
                if (claim instanceof Owned o) {
                    Platform.runLater(() -> owned.accept(o));
                    return;
                }
                HeldElsewhere.DeskAnswer answer = ((HeldElsewhere) claim).askForDesk(DeskLauncher.request(database));
                if (answer instanceof HeldElsewhere.Shown) {
                    Platform.runLater(Platform::exit);
                    return;
                }
                if (answer instanceof HeldElsewhere.Busy busy) {
                    Platform.runLater(() -> what.setText(busy.who() + " is working on " + database.getFileName() + "."));
                }
            } catch (OwnershipException e) {
                Platform.runLater(() -> what.setText(e.getMessage()));
            }
            pause();
        }
    }

    static void pause() {
        try {
            Thread.sleep(EVERY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
