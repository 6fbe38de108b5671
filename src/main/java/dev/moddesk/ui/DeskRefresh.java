package dev.moddesk.ui;

import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.OneAtATime;
import java.util.function.LongSupplier;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * Brings what the window shows up to date with the database after it changed, one refresh at a time: a
 * burst of commits (a sync pushing decision after decision) costs a refresh or two, not a queue of them
 * on the lanes. A refresh waits while the moderator aims at the queue with the pointer ({@link PointerAim}), at
 * most {@link #LONGEST_WAIT_MS}.
 */
final class DeskRefresh {
    /** Whatever the pointer does, what changed shows within this much more. */
    static final long LONGEST_WAIT_MS = 5_000;

    private final OneAtATime refreshes;
    private final LongSupplier untilAtRest;
    private final LongSupplier clockMs;
    private PauseTransition waiting;
    private boolean stopped;

    /**
     * {@code readAgain} asks the view models to read again (their reads go to the PAGES and INFO lanes), once
     * {@code untilAtRest} says 0 ms; {@code clockMs} tells the time in milliseconds.
     */
    DeskRefresh(Background background, Runnable readAgain, LongSupplier untilAtRest, LongSupplier clockMs) {
        this.untilAtRest = untilAtRest;
        this.clockMs = clockMs;
        this.refreshes = new OneAtATime(done -> whenAtRest(clockMs.getAsLong(), () -> {
            readAgain.run();
            afterQueuedReads(background, done);
        }));
    }

    void request() {
        refreshes.request();
    }

    /** No refresh after this, not even one waiting for the pointer: the window has closed and its lanes with it. */
    void stop() {
        stopped = true;
        if (waiting != null) {
            waiting.stop();
        }
    }

    private void whenAtRest(long askedMs, Runnable then) {
        waiting = null;
        if (stopped) {
            return;
        }
        long wait = Math.min(untilAtRest.getAsLong(), askedMs + LONGEST_WAIT_MS - clockMs.getAsLong());
        if (wait <= 0) {
            then.run();
            return;
        }
        waiting = new PauseTransition(Duration.millis(wait));
        waiting.setOnFinished(e -> whenAtRest(askedMs, then));
        waiting.play();
    }

    /**
     * Each lane runs its work in order, so a marker queued behind the refresh's reads comes back after them.
     * PAGES first: the rows landing there ask for the detail on INFO, before the INFO marker is queued.
     */
    private static void afterQueuedReads(Background background, Runnable done) {
        background.run(Lane.PAGES, () -> null,
                pages -> background.run(Lane.INFO, () -> null, info -> done.run(), e -> done.run()),
                e -> done.run());
    }
}
