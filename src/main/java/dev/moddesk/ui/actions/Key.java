package dev.moddesk.ui.actions;

import java.util.Locale;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * One key that triggers an action, and where it does: {@link Where#QUEUE} keys act while the keyboard is not
 * typing into a field (WordPress's single keys; Shift means the checked comments), {@link Where#FIELD} and
 * {@link Where#TEXT} keys while it is, {@link Where#WINDOW} keys everywhere (menu accelerators).
 *
 * @param code  the key pressed; null for a character typed
 * @param typed the character typed ({@code ?} and {@code /} whatever the keyboard layout), else null
 */
public record Key(KeyCode code, String typed, boolean shortcut, Shift shift, Where where) {
    /** Where the keyboard is when the key acts. */
    public enum Where {
        /** Not in a text field, combo or date picker: the queue and the window around it. */
        QUEUE,
        /** In a text field, combo or date picker (the search box, the filter bar). */
        FIELD,
        /** In a text field only. */
        TEXT,
        /** Anywhere in the window: a menu accelerator. */
        WINDOW,
        /** Ctrl+key anywhere in the window, typing or not, through the key map: one action with several keys. */
        ANYWHERE
    }

    /** Whether Shift is held. */
    public enum Shift { UP, DOWN, ANY }

    /** {@code code} with or without Shift (on comments: Shift for the checked ones). */
    public static Key of(KeyCode code) {
        return new Key(code, null, false, Shift.ANY, Where.QUEUE);
    }

    /** {@code code} without Shift. */
    public static Key plain(KeyCode code) {
        return new Key(code, null, false, Shift.UP, Where.QUEUE);
    }

    /** Shift+{@code code}. */
    public static Key shifted(KeyCode code) {
        return new Key(code, null, false, Shift.DOWN, Where.QUEUE);
    }

    /** Ctrl (Cmd on a Mac) +{@code code}, with Shift or without. */
    public static Key ctrl(KeyCode code, Shift shift) {
        return new Key(code, null, true, shift, Where.QUEUE);
    }

    /** A character typed outside the fields. */
    public static Key typed(String character) {
        return new Key(null, character, false, Shift.ANY, Where.QUEUE);
    }

    /** {@code code} while typing into a field (Ctrl and Alt make no difference). */
    public static Key inField(KeyCode code, Shift shift) {
        return new Key(code, null, false, shift, Where.FIELD);
    }

    /** {@code code} while typing into a text field (Ctrl and Alt make no difference). */
    public static Key inText(KeyCode code, Shift shift) {
        return new Key(code, null, false, shift, Where.TEXT);
    }

    /** Ctrl (Cmd)+{@code code} anywhere, as a menu accelerator; {@code shift}: with Shift. */
    public static Key menu(KeyCode code, boolean shift) {
        return new Key(code, null, true, shift ? Shift.DOWN : Shift.UP, Where.WINDOW);
    }

    /** Ctrl (Cmd)+{@code code} anywhere, with or without Shift (Ctrl++ is Ctrl+Shift+= on many keyboards). */
    public static Key anywhere(KeyCode code) {
        return new Key(code, null, true, Shift.ANY, Where.ANYWHERE);
    }

    /** Whether a key pressed where the keyboard is ({@code where}: QUEUE, FIELD or TEXT) is this key. */
    boolean matchesPressed(KeyEvent e, Where keyboard) {
        if (code == null || code != e.getCode() || !shiftMatches(e.isShiftDown())) {
            return false;
        }
        if (where == Where.ANYWHERE) {
            return e.isShortcutDown() && !e.isAltDown();
        }
        if (where == Where.QUEUE && keyboard == Where.QUEUE) {
            return !e.isAltDown() && e.isShortcutDown() == shortcut;
        }
        return where == Where.FIELD && keyboard != Where.QUEUE || where == Where.TEXT && keyboard == Where.TEXT;
    }

    boolean matchesTyped(KeyEvent e) {
        return typed != null && typed.equals(e.getCharacter());
    }

    private boolean shiftMatches(boolean down) {
        return shift == Shift.ANY || down == (shift == Shift.DOWN);
    }

    /** The accelerator of a {@link Where#WINDOW} key. */
    public KeyCombination accelerator() {
        return shift == Shift.DOWN
                ? new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN)
                : new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

    /** How the key reads in the {@code ?} list and the tooltips: "a", "Shift+A", "Ctrl+Shift+Z", "↓", "?". */
    public String text() {
        return text(shift == Shift.DOWN);
    }

    /** How the key reads with Shift held (or not). */
    public String text(boolean withShift) {
        if (typed != null) {
            return typed;
        }
        if (code == KeyCode.SLASH) {
            return withShift ? "?" : "/";
        }
        String name = name(code);
        boolean letter = name.length() == 1 && Character.isLetter(name.charAt(0));
        if (!shortcut && !withShift) {
            return letter ? name.toLowerCase(Locale.ROOT) : name;
        }
        return (shortcut ? "Ctrl+" : "") + (withShift ? "Shift+" : "") + name;
    }

    private static String name(KeyCode code) {
        switch (code) {
            case DOWN: return "↓";
            case UP: return "↑";
            case ESCAPE: return "Esc";
            case PLUS: return "+";
            case EQUALS: return "=";
            case MINUS: return "-";
            case ADD: return "Num +";
            case SUBTRACT: return "Num -";
            default: return code.isDigitKey() ? code.getChar() : code.getName();
        }
    }
}
