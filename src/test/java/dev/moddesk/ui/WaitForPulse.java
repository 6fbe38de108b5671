package dev.moddesk.ui;

import javafx.stage.Window;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Lays every open window out now, so charts have their nodes and the post-layout listeners ran. */
final class WaitForPulse {
    private WaitForPulse() {
    }

    static void layout(FxRobot robot) {
        robot.interact(() -> Window.getWindows().forEach(w -> {
            if (w.getScene() != null) {
                w.getScene().getRoot().applyCss();
                w.getScene().getRoot().layout();
            }
        }));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
