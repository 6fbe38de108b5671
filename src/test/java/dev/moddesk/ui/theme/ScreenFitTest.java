package dev.moddesk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A window larger than its screen, or partly off it, is made to fit it: the 1280×880 Reports window on a
 * 1280×800 screen keeps its top and its Close button in sight.
 */
class ScreenFitTest {
    private static final Rectangle2D SMALL = new Rectangle2D(0, 0, 1280, 800);

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aRectangleLargerThanTheScreenShrinksToItAndStaysOnIt() {
        assertEquals(new Rectangle2D(0, 0, 1280, 800), ScreenFit.fitted(0, -40, 1280, 880, SMALL));
        assertEquals(new Rectangle2D(0, 0, 1280, 800), ScreenFit.fitted(-300, 500, 1500, 900, SMALL));
    }

    @Test
    void aRectangleThatFitsOnlyMovesBackOntoTheScreen() {
        assertEquals(new Rectangle2D(100, 50, 600, 400), ScreenFit.fitted(100, 50, 600, 400, SMALL), "already fits");
        assertEquals(new Rectangle2D(680, 400, 600, 400), ScreenFit.fitted(1000, 700, 600, 400, SMALL));
        Rectangle2D right = new Rectangle2D(1920, 0, 1280, 800); // a second screen to the right
        assertEquals(new Rectangle2D(1920, 0, 600, 400), ScreenFit.fitted(1500, -20, 600, 400, right));
    }

    @Test
    void aShownWindowTallerThanTheScreenIsMadeToFitIt() throws Exception {
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 1000, 880));
            stage[0].setX(100);
            stage[0].setY(-30);
            stage[0].show();
            ScreenFit.fit(stage[0], SMALL);
        }).get(10, TimeUnit.SECONDS);
        try {
            Stage s = stage[0];
            assertTrue(s.getY() >= 0 && s.getY() + s.getHeight() <= 800, "y " + s.getY() + " height " + s.getHeight());
            assertEquals(100, s.getX(), "left where it was");
            assertEquals(1000, s.getWidth(), 0.5, "as wide as it was");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> stage[0].hide()).get(10, TimeUnit.SECONDS);
        }
    }

    @Test
    void aWindowKeptOnScreenComesBackOntoItWhenItShows() throws Exception {
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 400, 300));
            ScreenFit.keep(stage[0]);
            stage[0].setX(screen.getMaxX() - 100);
            stage[0].setY(screen.getMaxY() - 50);
            stage[0].show();
        }).get(10, TimeUnit.SECONDS);
        try {
            Stage s = stage[0];
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(s.getX() + s.getWidth() <= screen.getMaxX() && s.getY() + s.getHeight() <= screen.getMaxY(),
                    s.getX() + "," + s.getY() + " " + s.getWidth() + "×" + s.getHeight() + " on " + screen);
        } finally {
            WaitForAsyncUtils.asyncFx(() -> stage[0].hide()).get(10, TimeUnit.SECONDS);
        }
    }
}
