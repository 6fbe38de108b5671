package dev.moddesk.ui.status;

import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.beans.value.ObservableStringValue;
import javafx.util.Duration;

/**
 * Names what holds the database's writer now ("the import", "the sync", "another ModDesk command"), so that
 * decisions made meanwhile show that they wait for it. A command handed over by another process is known only
 * by the writer's waits, which are heard every quarter of a second while they last.
 */
public final class WriterHolder {
    private final BooleanProperty otherCommand = new SimpleBooleanProperty();
    private final PauseTransition quiet = new PauseTransition(Duration.millis(700));
    private final StringBinding name;

    /** {@code importing}: what the import feature runs ("the import", "the demo data") or empty. */
    public WriterHolder(ObservableStringValue importing, ObservableBooleanValue syncing) {
        quiet.setOnFinished(e -> otherCommand.set(false));
        name = Bindings.createStringBinding(() -> !importing.get().isEmpty() ? importing.get()
                        : syncing.get() ? "the sync" : otherCommand.get() ? "another ModDesk command" : "",
                importing, syncing, otherCommand);
    }

    public StringBinding nameProperty() {
        return name;
    }

    /** The writer is waiting for a write elsewhere; any thread. */
    public void heardWait() {
        Platform.runLater(() -> {
            otherCommand.set(true);
            quiet.playFromStart();
        });
    }
}
