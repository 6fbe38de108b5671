package dev.moddesk.ui;

import dev.moddesk.app.ChangeWatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;

/**
 * Notices commits by other connections (the command line, another desk, the desk's own writer) and tells
 * the FX thread. It looks on a thread and a connection of its own, so a long read or write on the
 * background lanes never holds it up; looking costs next to nothing, and nothing is reloaded unless a commit
 * happened.
 */
final class ChangeWatcher {
    /** How often it looks: a change shows within about a second. */
    static final long INTERVAL_MS = 500;

    private final ChangeWatch watch;
    private final Runnable onChange;
    private volatile boolean stopped;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "moddesk-watch");
        t.setDaemon(true);
        return t;
    });

    /** {@code onChange} runs on the FX thread after each look that found commits. */
    ChangeWatcher(ChangeWatch watch, Runnable onChange) {
        this.watch = watch;
        this.onChange = onChange;
    }

    void start() {
        timer.scheduleWithFixedDelay(this::look, INTERVAL_MS, INTERVAL_MS, TimeUnit.MILLISECONDS);
    }

    private void look() {
        try {
            if (watch.changed()) {
                Platform.runLater(this::tell);
            }
        } catch (RuntimeException e) {
            // the file briefly out of reach (a restore moving it, say): the next look tells
        }
    }

    /** Tells the window, unless it closed meanwhile (its lanes take no more work). */
    private void tell() {
        if (!stopped) {
            onChange.run();
        }
    }

    /** Stops looking and closes the connection; waits for a look under way to finish first. */
    void stop() {
        stopped = true;
        timer.shutdownNow();
        try {
            timer.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        watch.close();
    }
}
