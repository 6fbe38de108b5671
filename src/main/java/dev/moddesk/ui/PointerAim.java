package dev.moddesk.ui;

import java.util.function.LongSupplier;
import javafx.event.Event;
import javafx.event.EventHandler;
import javafx.scene.Node;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;

/**
 * Whether the moderator is aiming at the queue with the pointer: it moved, pressed or scrolled over the table less
 * than {@link #REST_MS} ago. A refresh from outside (a re-score after a decision sorts the rows anew, an import adds
 * rows above) waits until the pointer rests or leaves, so a click lands on the row it was aimed at.
 */
final class PointerAim {
    /** A pointer still for this long is not aiming, or the moderator sees what changed before moving on. */
    static final long REST_MS = 800;

    private final LongSupplier clockMs;
    private boolean over;
    private long lastMoveMs;

    /** Follows the pointer over {@code table}; {@code clockMs} tells the time in milliseconds. */
    PointerAim(Node table, LongSupplier clockMs) {
        this.clockMs = clockMs;
        EventHandler<Event> moved = e -> moved();
        table.addEventFilter(MouseEvent.MOUSE_MOVED, moved);
        table.addEventFilter(MouseEvent.MOUSE_DRAGGED, moved);
        table.addEventFilter(MouseEvent.MOUSE_PRESSED, moved);
        table.addEventFilter(ScrollEvent.SCROLL, moved);
        table.addEventFilter(MouseEvent.MOUSE_EXITED, e -> over = false);
    }

    private void moved() {
        over = true;
        lastMoveMs = clockMs.getAsLong();
    }

    /** How long until the pointer counts as at rest: 0 when it is, or is off the table. */
    long msUntilAtRest() {
        return over ? Math.max(0, lastMoveMs + REST_MS - clockMs.getAsLong()) : 0;
    }
}
