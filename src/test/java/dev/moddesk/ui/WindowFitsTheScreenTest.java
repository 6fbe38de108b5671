package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.theme.ScreenFit;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.stage.Screen;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/**
 * A window size remembered from a bigger screen makes a scene that fits this one. (The headless screen clamps
 * a stage to itself, so the scene the desk asks for is what is checked.)
 */
class WindowFitsTheScreenTest {

    @Test
    void aWindowSavedOn4KOpensWithinThisScreen() throws Exception {
        FxToolkit.registerPrimaryStage();
        DeskPrefs big = new DeskPrefs(Preferences.userRoot().node("dev/moddesk/test/" + UUID.randomUUID()));
        try {
            big.putDouble("width", 3840);
            big.putDouble("height", 2160);
            big.putDouble("x", 3000);
            big.putDouble("y", 1500);
            Scene scene = new WindowPlace(big).scene(new Group());
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            assertTrue(scene.getWidth() <= screen.getWidth(), "width " + scene.getWidth() + " on " + screen);
            assertTrue(scene.getHeight() <= screen.getHeight() - ScreenFit.TITLE_BAR, "height " + scene.getHeight());
        } finally {
            big.clear();
        }
    }
}
