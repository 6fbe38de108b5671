package dev.moddesk.ui.background;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.ui.background.Background.Lane;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** A window that closed while a callback was on its way: reads are dropped quietly, a write still fails loudly. */
class LanesAfterShutdownTest {
    @Test
    void aReadAfterShutdownIsDroppedAndTheLanesStayIdle() {
        Lanes lanes = new Lanes(Runnable::run);
        lanes.shutdown();
        for (Lane lane : Lane.values()) {
            if (lane != Lane.WRITE) {
                lanes.run(lane, () -> 1, v -> { }, e -> { });
            }
        }
        assertTrue(lanes.idle(), "nothing counted as running");
    }

    @Test
    void aWriteAfterShutdownIsRefusedLoudly() {
        Lanes lanes = new Lanes(Runnable::run);
        lanes.shutdown();
        assertThrows(RejectedExecutionException.class, () -> lanes.run(Lane.WRITE, () -> 1, v -> { }, e -> { }));
        assertTrue(lanes.idle());
    }
}
