package dev.moddesk.ui;

import dev.moddesk.testing.FxSettle;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The desk window with its admin windows: settling waits for their lanes too. */
abstract class AdminUiTestBase extends DeskUiTestBase {
    @Override
    protected void settle() {
        FxSettle.settle(() -> window.lanes().idle() && window.admin().lanes().idle(), 30);
    }

    /** Whether a window with this title is open. */
    protected boolean showing(String title) {
        return Window.getWindows().stream().anyMatch(w -> w instanceof Stage s && s.isShowing() && title.equals(s.getTitle()));
    }
}
