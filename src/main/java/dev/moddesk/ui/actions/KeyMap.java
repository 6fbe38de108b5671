package dev.moddesk.ui.actions;

import dev.moddesk.core.ModerationAction;
import javafx.scene.Scene;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The WordPress-compatible keyboard: single keys act on the comment under the cursor, Shift+key on the
 * checked ones. Keys typed into a text field stay there (but Esc leaves it).
 */
public final class KeyMap {
    /** What the keys ask for. */
    public interface Commands {
        void move(int delta);

        void act(ModerationAction action, boolean onSelection);

        void trashKey(boolean onSelection);

        void undo();

        void redo();

        void toggleCheck();

        void checkVisible();

        void checkAllMatching();

        void clearChecks();

        void resolve(boolean keepMine, boolean onSelection);

        void focusSearch();

        void leaveSearch();

        void showShortcuts();

        void showView(int index);

        /** Ctrl+R: sync with the site. */
        default void sync() {
        }
    }

    private KeyMap() {
    }

    public static void install(Scene scene, Commands c) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (handle(e, c, scene)) {
                e.consume();
            }
        });
        // '?' and '/' by the character typed, whatever the keyboard layout
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> {
            if (inTextField(scene) || e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if ("?".equals(e.getCharacter())) {
                c.showShortcuts();
                e.consume();
            } else if ("/".equals(e.getCharacter())) {
                c.focusSearch();
                e.consume();
            }
        });
    }

    private static boolean inTextField(Scene scene) {
        return scene.getFocusOwner() instanceof TextInputControl;
    }

    private static boolean handle(KeyEvent e, Commands c, Scene scene) {
        KeyCode k = e.getCode();
        boolean shift = e.isShiftDown();
        boolean ctrl = e.isShortcutDown();
        if (inTextField(scene)) {
            if (k == KeyCode.ESCAPE || k == KeyCode.DOWN && !shift) {
                c.leaveSearch();
                return true;
            }
            return false;
        }
        if (e.isAltDown()) {
            return false;
        }
        if (ctrl) {
            switch (k) {
                case Z: if (shift) { c.redo(); } else { c.undo(); } return true;
                case Y: c.redo(); return true;
                case A: if (shift) { c.checkAllMatching(); } else { c.checkVisible(); } return true;
                case F: c.focusSearch(); return true;
                case R: c.sync(); return true;
                case DIGIT1: case DIGIT2: case DIGIT3: case DIGIT4: case DIGIT5: case DIGIT6:
                    c.showView(k.ordinal() - KeyCode.DIGIT1.ordinal());
                    return true;
                default: return false;
            }
        }
        switch (k) {
            case J: case DOWN: c.move(1); return true;
            case K: case UP: c.move(-1); return true;
            case PAGE_DOWN: c.move(10); return true;
            case PAGE_UP: c.move(-10); return true;
            case A: c.act(ModerationAction.APPROVE, shift); return true;
            case U: c.act(ModerationAction.HOLD, shift); return true;
            case S: c.act(ModerationAction.SPAM, shift); return true;
            case R: c.act(ModerationAction.RESTORE, shift); return true;
            case D: case DELETE: c.trashKey(shift); return true;
            case Z: if (shift) { c.act(ModerationAction.RESTORE, true); } else { c.undo(); } return true;
            case X: case SPACE: c.toggleCheck(); return true;
            case M: c.resolve(true, shift); return true;
            case T: c.resolve(false, shift); return true;
            case ESCAPE: c.clearChecks(); return true;
            case SLASH: if (shift) { c.showShortcuts(); } else { c.focusSearch(); } return true;
            default: return false;
        }
    }
}
