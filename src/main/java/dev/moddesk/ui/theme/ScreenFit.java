package dev.moddesk.ui.theme;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.InvalidationListener;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * Keeps a window on the screen it opens on: no larger than the screen's usable area, and moved back onto it when
 * it would open partly off it. Without this a 1280×880 Reports window on a 1280×800 screen, or the shortcut list
 * on a small screen, opened with its top or its Close button out of sight; what no longer fits now scrolls or
 * shrinks inside the window.
 */
public final class ScreenFit {
    /** Room left for a window's title bar and borders, which a scene's size does not include. */
    public static final double TITLE_BAR = 40;

    private ScreenFit() {
    }

    /**
     * Fits {@code window} to its screen when it shows and when it grows (its owner's screen, for a window that has
     * one). A dialog sizes itself to its content once that has been styled, after it showed: the fit follows once
     * each change has been handled.
     */
    public static void keep(Window window) {
        Runnable fit = () -> fit(window, screenOf(window).getVisualBounds());
        window.addEventHandler(WindowEvent.WINDOW_SHOWN, e -> Platform.runLater(fit));
        InvalidationListener resized = o -> {
            if (window.isShowing()) {
                Platform.runLater(fit);
            }
        };
        window.widthProperty().addListener(resized);
        window.heightProperty().addListener(resized);
    }

    /** Makes {@code window} (its size includes the title bar and borders) fit {@code screen}. */
    static void fit(Window window, Rectangle2D screen) {
        Rectangle2D to = fitted(window.getX(), window.getY(), window.getWidth(), window.getHeight(), screen);
        if (to.getWidth() < window.getWidth()) {
            window.setWidth(to.getWidth());
        }
        if (to.getHeight() < window.getHeight()) {
            window.setHeight(to.getHeight());
        }
        if (to.getMinX() != window.getX()) {
            window.setX(to.getMinX());
        }
        if (to.getMinY() != window.getY()) {
            window.setY(to.getMinY());
        }
    }

    /** {@code x}, {@code y}, {@code width} × {@code height} made no larger than {@code screen} and moved onto it. */
    public static Rectangle2D fitted(double x, double y, double width, double height, Rectangle2D screen) {
        double w = Math.min(width, screen.getWidth());
        double h = Math.min(height, screen.getHeight());
        return new Rectangle2D(clamp(x, screen.getMinX(), screen.getMaxX() - w),
                clamp(y, screen.getMinY(), screen.getMaxY() - h), w, h);
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(max, v));
    }

    /** The usable area of the screen {@code window} is on, less room for a title bar. */
    public static Rectangle2D roomOn(Window window) {
        Rectangle2D screen = screenOf(window).getVisualBounds();
        return new Rectangle2D(screen.getMinX(), screen.getMinY(), screen.getWidth(), screen.getHeight() - TITLE_BAR);
    }

    /** The screen under the middle of the window's owner (or of the window); the primary screen when none is. */
    private static Screen screenOf(Window window) {
        Window anchor = window instanceof Stage stage && stage.getOwner() != null ? stage.getOwner() : window;
        List<Screen> screens = Screen.getScreensForRectangle(anchor.getX() + anchor.getWidth() / 2,
                anchor.getY() + anchor.getHeight() / 2, 1, 1);
        return screens.isEmpty() ? Screen.getPrimary() : screens.get(0);
    }
}
