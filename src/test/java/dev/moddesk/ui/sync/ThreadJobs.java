package dev.moddesk.ui.sync;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * {@link SyncJobs} without JavaFX: work on a database thread or a network thread, callbacks and ticks on one
 * "ui" thread, as on the desk. {@link #idle()} says when nothing is queued or running.
 */
final class ThreadJobs implements SyncJobs {
    final ExecutorService ui = Executors.newSingleThreadExecutor(r -> daemon(r, "test-ui"));
    private final ExecutorService database = Executors.newSingleThreadExecutor(r -> daemon(r, "test-db"));
    private final ExecutorService network = Executors.newSingleThreadExecutor(r -> daemon(r, "test-net"));
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "test-timer"));
    private final AtomicInteger running = new AtomicInteger();

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    @Override
    public <T> void start(Kind kind, Work<T> work, BiConsumer<String, Double> progress, Consumer<T> done,
                          Consumer<Throwable> failed) {
        running.incrementAndGet();
        (kind == Kind.DATABASE ? database : network).execute(() -> {
            try {
                T value = work.run((m, f) -> {
                    if (progress != null) {
                        ui.execute(() -> progress.accept(m, f));
                    }
                });
                ui.execute(() -> {
                    try {
                        done.accept(value);
                    } finally {
                        running.decrementAndGet();
                    }
                });
            } catch (Throwable e) {
                ui.execute(() -> {
                    try {
                        failed.accept(e);
                    } finally {
                        running.decrementAndGet();
                    }
                });
            }
        });
    }

    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        ScheduledFuture<?> f = timer.scheduleAtFixedRate(() -> ui.execute(tick), period.toMillis(), period.toMillis(),
                TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    /** Runs {@code r} on the ui thread and waits for it. */
    void onUi(Runnable r) throws Exception {
        ui.submit(r).get(10, TimeUnit.SECONDS);
    }

    boolean idle() {
        return running.get() == 0;
    }

    void shutdown() {
        for (ExecutorService e : new ExecutorService[] {ui, database, network, timer}) {
            e.shutdownNow();
        }
    }
}
