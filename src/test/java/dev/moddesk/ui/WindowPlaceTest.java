package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.ui.theme.ScreenFit;
import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;

/** The remembered place and size of the window, fitted to the screen it opens on. */
class WindowPlaceTest {
    private static final Rectangle2D FULL_HD = new Rectangle2D(0, 0, 1920, 1080);

    @Test
    void aSizeSavedOn4KFitsAFullHdScreen() {
        assertEquals(new Rectangle2D(0, 0, 1920, 1080 - ScreenFit.TITLE_BAR),
                WindowPlace.fit(0, 0, 3840, 2160, FULL_HD));
        // at GDK_SCALE=2 the saved size doubled once more
        assertEquals(new Rectangle2D(0, 0, 1920, 1080 - ScreenFit.TITLE_BAR),
                WindowPlace.fit(100, 100, 7680, 4320, FULL_HD));
    }

    @Test
    void aWindowOffTheScreenComesBackOntoIt() {
        assertEquals(new Rectangle2D(640, 240, 1280, 800), WindowPlace.fit(2500, 1500, 1280, 800, FULL_HD));
        assertEquals(new Rectangle2D(0, 0, 1280, 800), WindowPlace.fit(-300, -50, 1280, 800, FULL_HD));
    }

    @Test
    void aWindowThatFitsKeepsItsPlaceAndSize() {
        Rectangle2D uhd = new Rectangle2D(1920, 0, 3840, 2160); // a 4K screen right of a Full HD one
        assertEquals(new Rectangle2D(2000, 100, 1280, 800), WindowPlace.fit(2000, 100, 1280, 800, uhd));
        assertEquals(new Rectangle2D(1920, 0, 1280, 800), WindowPlace.fit(Double.NaN, Double.NaN, 1280, 800, uhd));
    }
}
