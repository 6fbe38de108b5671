package dev.moddesk.ui.admin;

import java.util.function.BooleanSupplier;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Stage;

/**
 * How a desk's secondary window closes from the keyboard as well as with the mouse: Esc, Ctrl+W and a Close
 * button, each doing what the window's own close box does.
 */
public final class Closing {
    private static final KeyCombination CTRL_W = new KeyCodeCombination(KeyCode.W, KeyCombination.SHORTCUT_DOWN);

    private final Stage stage;
    private final Runnable beforeClose;
    private final BooleanSupplier mayClose;

    /** {@code beforeClose} runs however the window is closed (its close box included). */
    public Closing(Stage stage, Runnable beforeClose) {
        this(stage, beforeClose, () -> true);
    }

    /**
     * As {@link #Closing(Stage, Runnable)}, asking {@code mayClose} first (which may ask the user, for a window with
     * unsaved edits): the window stays open when it says no.
     */
    public Closing(Stage stage, Runnable beforeClose, BooleanSupplier mayClose) {
        this.stage = stage;
        this.beforeClose = beforeClose;
        this.mayClose = mayClose;
        stage.setOnCloseRequest(e -> {
            if (mayClose.getAsBoolean()) {
                beforeClose.run();
            } else {
                e.consume();
            }
        });
    }

    /**
     * Esc and Ctrl+W close the window. Esc is heard after the controls: an open list or date picker closes
     * first, and only the next Esc closes the window.
     */
    public void keys(Scene scene) {
        scene.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE && !e.isShortcutDown() && !e.isAltDown()) {
                e.consume();
                close();
            }
        });
        scene.getAccelerators().put(CTRL_W, this::close);
    }

    /** A "Close" button at the window's bottom right. */
    public Button button(String id) {
        Button close = new Button("Close");
        close.setId(id);
        close.setOnAction(e -> close());
        return close;
    }

    /** The Close button alone, at the bottom right of a window that has no other buttons. */
    public HBox buttonRow(String id) {
        HBox row = new HBox(button(id));
        row.setAlignment(Pos.CENTER_RIGHT);
        row.setPadding(new Insets(10, 0, 0, 0));
        return row;
    }

    public void close() {
        if (mayClose.getAsBoolean()) {
            beforeClose.run();
            stage.hide();
        }
    }
}
