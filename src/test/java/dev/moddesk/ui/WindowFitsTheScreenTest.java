package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.testing.FxSettle;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** A window size remembered from a bigger screen opens fitted to this one, the detail pane in sight. */
class WindowFitsTheScreenTest extends DeskUiTestBase {

    @Test
    void aWindowSavedOn4KOpensWithinThisScreen() {
        DeskPrefs big = new DeskPrefs(Preferences.userRoot().node("dev/moddesk/test/" + UUID.randomUUID()));
        big.putDouble("width", 3840);
        big.putDouble("height", 2160);
        big.putDouble("x", 3000);
        big.putDouble("y", 1500);
        Stage[] stage = new Stage[1];
        DeskWindow[] other = new DeskWindow[1];
        try {
            robot.interact(() -> {
                stage[0] = new Stage();
                other[0] = new DeskWindow(stage[0], desk, dialogs, big);
                other[0].show();
            });
            FxSettle.settle(() -> other[0].lanes().idle() && window.lanes().idle(), 20);
            Rectangle2D screen = Screen.getPrimary().getVisualBounds();
            Stage s = stage[0];
            assertTrue(s.getX() >= screen.getMinX() && s.getY() >= screen.getMinY(), s.getX() + "," + s.getY());
            assertTrue(s.getX() + s.getWidth() <= screen.getMaxX() + 0.5, "right edge " + (s.getX() + s.getWidth()));
            assertTrue(s.getY() + s.getHeight() <= screen.getMaxY() + 0.5, "bottom " + (s.getY() + s.getHeight()));
            Node detail = s.getScene().lookup("#detail");
            double right = detail.localToScreen(detail.getBoundsInLocal()).getMaxX();
            assertTrue(right <= screen.getMaxX() + 0.5, "the detail pane is on the screen: " + right);
        } finally {
            robot.interact(() -> other[0].close());
            big.clear();
        }
    }
}
