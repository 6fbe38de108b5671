package dev.moddesk.ui;

import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.theme.ScreenFit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.SplitPane;
import javafx.stage.Screen;
import javafx.stage.Stage;

/**
 * Where the window was and how big, and where the queue ends and the detail pane starts: from one run to the
 * next, fitted to the screen it opens on (a size saved on a 4K screen, or at another scale, would otherwise
 * open larger than a smaller screen, its detail pane out of sight).
 */
final class WindowPlace {
    private final DeskPrefs prefs;
    private final Rectangle2D place;

    WindowPlace(DeskPrefs prefs) {
        this.prefs = prefs;
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        double w = prefs.getDouble("width", 1280);
        double h = prefs.getDouble("height", 800);
        this.place = fit(x, y, w, h, screenOf(x, y).getVisualBounds());
    }

    /** A scene of the size the window had last time, as far as the screen has room for it. */
    Scene scene(Parent root) {
        return new Scene(root, place.getWidth(), place.getHeight());
    }

    void restore(Stage stage, SplitPane split) {
        split.setDividerPositions(prefs.getDouble("divider", 0.66));
        restore(stage);
    }

    /** The window's place on the screen, and whether it was maximised. */
    void restore(Stage stage) {
        if (!Double.isNaN(prefs.getDouble("x", Double.NaN))) {
            stage.setX(place.getMinX());
            stage.setY(place.getMinY());
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

    /** The screen the window's saved top left corner is on; the primary screen when none is (or none was saved). */
    private static Screen screenOf(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Screen.getPrimary();
        }
        return Screen.getScreensForRectangle(x, y, 1, 1).stream().findFirst().orElse(Screen.getPrimary());
    }

    /**
     * The saved place and size ({@code x}, {@code y} NaN when none was saved) made to fit {@code screen}: no larger
     * than it (with room for the title bar), and moved back onto it.
     */
    static Rectangle2D fit(double x, double y, double width, double height, Rectangle2D screen) {
        Rectangle2D room = new Rectangle2D(screen.getMinX(), screen.getMinY(), screen.getWidth(),
                screen.getHeight() - ScreenFit.TITLE_BAR);
        return ScreenFit.fitted(Double.isNaN(x) ? room.getMinX() : x, Double.isNaN(y) ? room.getMinY() : y, width,
                height, room);
    }
}
