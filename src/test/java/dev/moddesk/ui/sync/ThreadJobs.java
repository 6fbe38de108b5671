package dev.moddesk.ui.sync;

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
 * and ticks arrive there as on the desk.
 */
final class ThreadJobs implements Background {
    private final ExecutorService ui = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "test-ui");
        t.setDaemon(true);
        return t;
    });
    private final Lanes lanes = new Lanes(ui::execute);

    @Override
    public <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        lanes.run(lane, work, done, failed);
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

    boolean idle() {
        return lanes.idle();
    }

    void shutdown() {
        lanes.shutdown();
        ui.shutdownNow();
    }
}
