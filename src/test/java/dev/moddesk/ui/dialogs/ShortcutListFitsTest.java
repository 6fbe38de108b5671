package dev.moddesk.ui.dialogs;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.ui.actions.Shortcuts;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole shortcut list (the real one, every section) fits a 1280×800 screen: its long lines wrap instead of
 * widening the dialog past the screen, and the list scrolls when the screen is lower than it.
 */
class ShortcutListFitsTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theShortcutListIsNoWiderThanASmallScreenAndScrolls() throws Exception {
        Stage[] owner = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            owner[0] = new Stage();
            owner[0].setScene(new Scene(new Pane(), 800, 600));
            owner[0].show();
        }).get(10, TimeUnit.SECONDS);
        FxDialogService dialogs = new FxDialogService(owner[0], null);
        Platform.runLater(() -> dialogs.showShortcuts(Shortcuts.all()));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> dialog() != null);
        WaitForAsyncUtils.waitForFxEvents();
        Stage dialog = dialog();
        try {
            assertTrue(dialog.getWidth() <= 1280, "the list is " + dialog.getWidth() + " wide");
            assertTrue(dialog.getScene().lookup("#shortcut-list") instanceof ScrollPane, "the list scrolls");
        } finally {
            WaitForAsyncUtils.asyncFx(() -> {
                dialog.close();
                owner[0].hide();
            }).get(10, TimeUnit.SECONDS);
        }
    }

    private static Stage dialog() {
        return (Stage) Window.getWindows().stream()
                .filter(w -> w instanceof Stage s && s.isShowing() && "Keyboard shortcuts".equals(s.getTitle()))
                .findFirst().orElse(null);
    }
}
