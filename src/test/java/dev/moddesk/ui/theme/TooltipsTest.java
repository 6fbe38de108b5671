package dev.moddesk.ui.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.stage.Window;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A tooltip is made when the pointer first comes over its control, shows as any tooltip does, follows a new text,
 * and goes with a null one; its text is the control's accessible help from the start.
 */
class TooltipsTest {
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private Button button;
    private Label other;

    private void show() throws Exception {
        FxToolkit.setupStage(stage -> {
            button = new Button("Approve");
            other = new Label("elsewhere");
            HBox root = new HBox(40, other, button);
            stage.setScene(new Scene(root, 400, 120));
            stage.show();
        });
    }

    @Test
    void noTooltipIsMadeUntilThePointerComesOverItsControlThenItShows() throws Exception {
        show();
        robot.interact(() -> Tooltips.on(button, "Approve the checked comments (A)"));
        assertNull(button.getTooltip(), "nothing made while the window is built");
        assertEquals("Approve the checked comments (A)", button.getAccessibleHelp());
        robot.moveTo(other);
        robot.moveTo(button).moveBy(3, 1).moveBy(-2, 1);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, this::tooltipIsShownAsAWindow);
        assertEquals("Approve the checked comments (A)", button.getTooltip().getText());
    }

    /**
     * Read on the FX thread in one go: a tooltip is showing a moment before the FX thread has added it to the list of
     * windows, and that list is not safe to read from another thread.
     */
    private boolean tooltipIsShownAsAWindow() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Tooltip tip = button.getTooltip();
            return tip != null && tip.isShowing() && Window.getWindows().contains(tip);
        }).get(5, TimeUnit.SECONDS);
    }

    @Test
    void aNewTextReplacesTheOldAndNoneTakesTheTooltipAway() throws Exception {
        show();
        robot.interact(() -> Tooltips.on(button, "first"));
        robot.moveTo(other);
        robot.moveTo(button);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> button.getTooltip() != null);
        robot.interact(() -> Tooltips.on(button, "second"));
        assertEquals("second", button.getTooltip().getText());
        robot.interact(() -> Tooltips.on(button, null));
        assertNull(button.getTooltip());
        assertNull(button.getAccessibleHelp());
        robot.moveTo(other);
        robot.moveTo(button);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(button.getTooltip(), "no text, no tooltip");
        robot.interact(() -> Tooltips.on(button, "third"));
        robot.moveTo(other);
        robot.moveTo(button);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> button.getTooltip() != null);
        assertEquals("third", button.getTooltip().getText());
    }
}
