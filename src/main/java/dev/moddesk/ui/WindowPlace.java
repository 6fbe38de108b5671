package dev.moddesk.ui;

import dev.moddesk.ui.prefs.DeskPrefs;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Stage;

/** Where the window was and how big, and where the queue ends and the detail pane starts: from one run to the next. */
final class WindowPlace {
    private final DeskPrefs prefs;

    WindowPlace(DeskPrefs prefs) {
        this.prefs = prefs;
    }

    /** A scene of the size the window had last time. */
    Scene scene(javafx.scene.Parent root) {
        return new Scene(root, prefs.getDouble("width", 1280), prefs.getDouble("height", 800));
    }

    void restore(Stage stage, SplitPane split) {
        split.setDividerPositions(prefs.getDouble("divider", 0.66));
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    /** A maximised window keeps the size and place it had before. */
    void save(Stage stage, SplitPane split) {
        if (!stage.isMaximized()) {
            prefs.putDouble("width", stage.getScene().getWidth());
            prefs.putDouble("height", stage.getScene().getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
        prefs.putBoolean("maximized", stage.isMaximized());
        prefs.putDouble("divider", split.getDividerPositions()[0]);
    }
}
