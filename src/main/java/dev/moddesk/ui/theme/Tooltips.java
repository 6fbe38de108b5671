package dev.moddesk.ui.theme;

import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Tooltips made the first time the pointer comes over their control, not when the window is built: each is a
 * small window of its own, and making the desk's few dozen took a tenth of its build at start. The text is the
 * control's accessible help from the start, so screen readers have it either way.
 */
public final class Tooltips {
    private static final String WATCHED = Tooltips.class.getName();
    private static final double MAX_WIDTH = 420;

    private Tooltips() {
    }

    /** {@code text} as {@code control}'s tooltip (none when null or blank), made once the pointer comes over it. */
    public static void on(Control control, String text) {
        boolean none = text == null || text.isBlank();
        control.setAccessibleHelp(none ? null : text);
        Tooltip made = control.getTooltip();
        if (made != null) {
            if (none) {
                control.setTooltip(null);
            } else {
                made.setText(text);
            }
            return;
        }
        if (!none && control.getProperties().putIfAbsent(WATCHED, Boolean.TRUE) == null) {
            control.addEventHandler(MouseEvent.MOUSE_ENTERED, e -> make(control));
        }
    }

    private static void make(Control control) {
        String text = control.getAccessibleHelp();
        if (control.getTooltip() == null && text != null && !text.isBlank()) {
            Tooltip tip = new Tooltip(text);
            tip.setWrapText(true);
            tip.setMaxWidth(MAX_WIDTH);
            control.setTooltip(tip);
        }
    }
}
