package dev.moddesk.ui.sync;

import static org.junit.jupiter.api.Assertions.fail;

import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.Lanes;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The desk's {@link Lanes} without JavaFX: one plain "ui" thread stands for the FX thread, so callbacks, progress
 * and ticks arrive there as on the desk. Counts the jobs whose callback has not run yet, so that a test can wait
 * for them to end ({@link #awaitIdle}) instead of polling.
 */
final class ThreadJobs implements Background {
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui");
        t.setDaemon(true);
        return t;
    });
    private final Lanes lanes = new Lanes(ui::execute);
    private final Object ended = new Object();
    private int unfinished; // guarded by ended

    @Override
    public <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        begun();
        try {
            lanes.run(lane, work, value -> {
                try {
                    done.accept(value);
                } finally {
                    finished();
                }
            }, e -> {
                try {
                    if (failed != null) {
                        failed.accept(e);
                    } else {
                        e.printStackTrace(); // what Lanes does with a failure nobody handles
                    }
                } finally {
                    finished();
                }
            });
        } catch (RuntimeException e) {
            finished();
            throw e;
        }
    }

    private void begun() {
        synchronized (ended) {
            unfinished++;
        }
    }

    private void finished() {
        synchronized (ended) {
            unfinished--;
            ended.notifyAll();
        }
    }

    @Override
    public void toUi(Runnable r) {
        lanes.toUi(r);
    }

    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        return lanes.every(period, tick);
    }

    /** Runs {@code r} on the ui thread and waits for it. */
    void onUi(Runnable r) throws Exception {
        ui.submit(r).get(10, TimeUnit.SECONDS);
    }

    /**
     * Waits until every job started so far, and every job their callbacks started, has run its callback, and the
     * ui thread has done what was handed to it meanwhile; fails after 20 s naming {@code what}.
     */
    void awaitIdle(String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            synchronized (ended) {
                while (unfinished > 0) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        fail("timed out waiting for " + what + " (" + unfinished + " jobs still running)");
                    }
                    TimeUnit.NANOSECONDS.timedWait(ended, left);
                }
            }
            onUi(() -> { }); // what was handed to the ui thread before now has run, and may have started jobs
            synchronized (ended) {
                if (unfinished == 0) {
                    return;
                }
            }
        }
    }

    void shutdown() {
        lanes.shutdown();
        ui.shutdownNow();
    }
}
