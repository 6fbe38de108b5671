package dev.moddesk.ui.status;

import dev.moddesk.core.DeskInfo;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.importing.ImportViewModel;
import dev.moddesk.ui.moderation.ModerationViewModel;
import dev.moddesk.ui.queue.QueueViewModel;
import dev.moddesk.ui.theme.Tooltips;
import java.nio.file.Path;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/** The bottom line: database, counts, outbox, last import and sync, and the progress of what is running. */
public final class StatusBar extends HBox {
    private final Label db = new Label();
    private final Label counts = new Label();
    private final Label message = new Label();
    private final Label waiting = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");

    public StatusBar(Path file, QueueViewModel queue, ModerationViewModel moderation, ImportViewModel importer) {
        super(12);
        setId("status-bar");
        getStyleClass().add("status-bar");
        db.setText(file.getFileName().toString());
        Tooltips.on(db, file.toString());
        db.getStyleClass().add("small");
        counts.setId("status-counts");
        counts.getStyleClass().add("small");
        message.setId("status-message");
        message.getStyleClass().add("small");
        progress.setPrefWidth(160);
        cancel.setId("cancel-import");
        cancel.getStyleClass().add("small");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        waiting.setId("status-waiting");
        waiting.getStyleClass().addAll("small", "waiting");
        waiting.textProperty().bind(moderation.waitingProperty());
        waiting.visibleProperty().bind(moderation.waitingProperty().isNotEmpty());
        waiting.managedProperty().bind(waiting.visibleProperty());
        getChildren().addAll(db, counts, gap, waiting, message, progress, cancel);
        // a long message is what gives way (to "…"), never the database's name or the counts
        db.setMinWidth(Region.USE_PREF_SIZE);
        counts.setMinWidth(Region.USE_PREF_SIZE);
        message.setMinWidth(0);
        message.textProperty().addListener((o, a, b) -> Tooltips.on(message, b)); // the whole of a message cut short

        Runnable text = () -> counts.setText(describe(queue.countsProperty().get(), queue.infoProperty().get()));
        queue.countsProperty().addListener((o, a, b) -> text.run());
        queue.infoProperty().addListener((o, a, b) -> text.run());
        text.run();

        message.textProperty().bind(Bindings.when(importer.runningProperty()).then(importer.messageProperty())
                .otherwise(Bindings.when(importer.messageProperty().isEmpty()).then(moderation.messageProperty())
                        .otherwise(importer.messageProperty())));
        moderation.messageProperty().addListener((o, a, b) -> {
            if (!importer.runningProperty().get()) {
                importer.messageProperty().set("");
            }
        });
        progress.visibleProperty().bind(importer.runningProperty().or(moderation.busyProperty()));
        progress.managedProperty().bind(progress.visibleProperty());
        progress.progressProperty().bind(Bindings.when(importer.runningProperty()).then(importer.progressProperty())
                .otherwise(-1.0));
        cancel.visibleProperty().bind(importer.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        cancel.setOnAction(e -> importer.cancel());
        cancel.setFocusTraversable(false);
    }

    static String describe(StatusCounts c, DeskInfo i) {
        return Format.count(c.pending()) + " pending  ·  " + Format.count(c.approved()) + " approved  ·  "
                + Format.count(c.spam()) + " spam  ·  " + Format.count(c.conflicts(), "conflict") + "  ·  outbox "
                + Format.count(i.outbox()) + "  ·  last import " + Format.dateTimeMillis(i.lastImportAt())
                + "  ·  last sync " + Format.dateTimeMillis(i.lastSyncAt());
    }
}
