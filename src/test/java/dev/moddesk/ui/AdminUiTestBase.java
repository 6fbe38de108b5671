package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.testfx.util.WaitForAsyncUtils;

/** The desk window with its admin windows: settling waits for their lanes too. */
abstract class AdminUiTestBase extends DeskUiTestBase {
    @Override
    protected void settle() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        int calm = 0;
        while (calm < 3) {
            WaitForAsyncUtils.waitForFxEvents();
            boolean idle = window.lanes().idle() && window.admin().lanes().idle();
            calm = idle ? calm + 1 : 0;
            if (System.nanoTime() > deadline) {
                fail("the desk did not settle");
            }
            if (calm < 3) {
                WaitForAsyncUtils.sleep(15, TimeUnit.MILLISECONDS);
            }
        }
    }

    /** Whether a window with this title is open. */
    protected boolean showing(String title) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()));
    }
}
