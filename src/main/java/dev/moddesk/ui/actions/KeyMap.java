package dev.moddesk.ui.actions;

import dev.moddesk.ui.actions.Key.Where;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBoxBase;
import javafx.scene.control.ListView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * The window's keyboard, from the keys of {@link DeskAction}: WordPress-compatible single keys on the comment under
 * the cursor, Shift+key on the checked ones. Keys typed into a text field stay there (but Esc leaves it); the
 * menu accelerators ({@link Where#WINDOW} keys) are the menu items' own.
 */
public final class KeyMap {
    /** One use of a key: which action, on which comments. */
    public record Hit(DeskAction action, Target target) { }

    private final Commands commands;
    /** The key down now acted: the character it types is not typed (nor acted on) again. */
    private boolean acted;

    private KeyMap(Commands commands) {
        this.commands = commands;
    }

    /** Runs every key of every action in {@code scene} through {@code commands}; each such action needs one. */
    public static void install(Scene scene, Commands commands) {
        for (DeskAction a : DeskAction.values()) {
            if (a.keys().stream().anyMatch(k -> k.where() != Where.WINDOW) && !commands.has(a)) {
                throw new IllegalStateException(a + " has keys but no command");
            }
        }
        KeyMap keys = new KeyMap(commands);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> keys.onPressed(e, scene.getFocusOwner()));
        scene.addEventFilter(KeyEvent.KEY_TYPED, e -> keys.onTyped(e, scene.getFocusOwner()));
    }

    /**
     * In another window of the desk (Reports, the editor…), the keys that act anywhere (the text size's): the
     * other keys belong to the queue.
     */
    public static void installAnywhereKeys(Scene scene, Commands commands) {
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            for (DeskAction a : DeskAction.values()) {
                if (a.keys().stream().anyMatch(k -> k.where() == Where.ANYWHERE && k.matchesPressed(e, Where.TEXT))) {
                    e.consume();
                    commands.run(a, Target.HIGHLIGHTED);
                    return;
                }
            }
        });
    }

    private void onPressed(KeyEvent e, Node focus) {
        if (ownKey(focus, e)) {
            acted = false;
            return;
        }
        Optional<Hit> hit = pressedHit(e, keyboard(focus, e));
        acted = hit.isPresent();
        hit.ifPresent(h -> run(e, h));
    }

    /**
     * '?' and '/' by the character typed, whatever the keyboard layout; but the character of a key that acted
     * already goes nowhere ("/" moves to the search box, and is not typed into it).
     */
    private void onTyped(KeyEvent e, Node focus) {
        if (acted) {
            acted = false;
            e.consume();
            return;
        }
        typedHit(e, keyboard(focus, e)).ifPresent(h -> run(e, h));
    }

    private void run(KeyEvent e, Hit hit) {
        e.consume();
        commands.run(hit.action(), hit.target());
    }

    /** The action of a key pressed where the keyboard is. */
    private static Optional<Hit> pressedHit(KeyEvent e, Where keyboard) {
        for (DeskAction a : DeskAction.values()) {
            for (Key k : a.keys()) {
                if (k.matchesPressed(e, keyboard)) {
                    return Optional.of(new Hit(a, e.isShiftDown() ? Target.CHECKED : Target.HIGHLIGHTED));
                }
            }
        }
        return Optional.empty();
    }

    /** The action of a character typed outside the fields, without Ctrl or Alt. */
    private static Optional<Hit> typedHit(KeyEvent e, Where keyboard) {
        if (keyboard != Where.QUEUE || e.isShortcutDown() || e.isAltDown()) {
            return Optional.empty();
        }
        for (DeskAction a : DeskAction.values()) {
            if (a.keys().stream().anyMatch(k -> k.matchesTyped(e))) {
                return Optional.of(new Hit(a, Target.HIGHLIGHTED));
            }
        }
        return Optional.empty();
    }

    /** Keys a focused list or button uses itself: ↑ ↓ move in the views list, Space and Enter press a button. */
    private static boolean ownKey(Node focus, KeyEvent e) {
        KeyCode c = e.getCode();
        boolean press = c == KeyCode.SPACE || c == KeyCode.ENTER;
        if (focus instanceof ListView<?>) {
            return press || c == KeyCode.UP || c == KeyCode.DOWN;
        }
        return focus instanceof ButtonBase && press && !e.isShortcutDown() && !e.isShiftDown();
    }

    /**
     * Where the keyboard is: typing goes to a text field, a combo or a date picker (the search box, the filter bar),
     * not to the queue; but a (non-editable) combo of the filter bar takes letters and arrows, not the Ctrl keys.
     */
    private static Where keyboard(Node focus, KeyEvent e) {
        if (focus instanceof TextInputControl) {
            return Where.TEXT;
        }
        if (focus instanceof ComboBoxBase<?>) {
            boolean ctrlOnList = e.isShortcutDown() && focus instanceof ComboBox<?> combo && !combo.isEditable();
            return ctrlOnList ? Where.QUEUE : Where.FIELD;
        }
        return Where.QUEUE;
    }
}
