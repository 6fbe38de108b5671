package dev.moddesk.ui;

import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * Keeps a menu that Alt+letter opened open when Alt is let go before the letter (xdotool's {@code key alt+f}
 * does that, and so do quick hands). JavaFX's menu bar treats an Alt released "by itself" as the key that
 * toggles the menus, and it cannot tell that a letter came in between: the mnemonic takes the letter before
 * the menu bar sees it. So the menu opened by Alt+F was closed again at once by the Alt that followed.
 */
final class MenuMnemonics {
    /** A key other than Alt was pressed while Alt was down. */
    private boolean chord;

    private MenuMnemonics() {
    }

    static void install(Window window, Scene scene) {
        MenuMnemonics m = new MenuMnemonics();
        // the window sees a key before the scene's mnemonics can take it
        window.addEventFilter(KeyEvent.KEY_PRESSED, m::pressed);
        // the scene's filters run after its mnemonics have seen the release (which hides their underlines), and
        // before the menu bar's handler, which would toggle the menus
        scene.addEventFilter(KeyEvent.KEY_RELEASED, m::released);
    }

    private void pressed(KeyEvent e) {
        if (e.getCode() == KeyCode.ALT) {
            chord = false;
        } else if (e.isAltDown()) {
            chord = true;
        }
    }

    private void released(KeyEvent e) {
        if (e.getCode() == KeyCode.ALT && chord) {
            chord = false;
            e.consume();
        }
    }
}
