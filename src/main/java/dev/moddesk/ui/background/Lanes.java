package dev.moddesk.ui.background;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The desk's background threads, one per {@link Lane}: one for writes (the database has one writer), one for
 * queue pages, one for everything else read, one for talking to sites. Outcomes come back on the UI thread
 * ({@link #forFx()}: the FX thread). {@link #idle()} tells tests when nothing is running.
 */
public final class Lanes implements Background {
    private final ExecutorService write = single("moddesk-write");
    private final ExecutorService pages = single("moddesk-pages");
    private final ExecutorService info = single("moddesk-info");
    private final ExecutorService network = single("moddesk-network");
    private final ExecutorService check = single("moddesk-check");
    private final ExecutorService triage = single("moddesk-triage");
    private final ScheduledExecutorService clock =
            Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "moddesk-clock"));
    private final Executor ui;
    private final AtomicInteger running = new AtomicInteger();
    private volatile Consumer<Throwable> defaultError = Throwable::printStackTrace;

    /** {@code ui} runs the callbacks, one at a time: the UI thread. */
    public Lanes(Executor ui) {
        this.ui = ui;
    }

    /** Lanes whose outcomes come back on the FX thread. */
    public static Lanes forFx() {
        return new Lanes(Platform::runLater);
    }

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> daemon(r, name));
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }

    /** Where failures go whose caller gave no handler of its own. */
    public void onError(Consumer<Throwable> handler) {
        this.defaultError = handler;
    }

    @Override
    public <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        running.incrementAndGet();
        try {
            executor(lane).execute(() -> {
                try {
                    T value = work.call();
                    ui.execute(() -> finish(() -> done.accept(value)));
                } catch (Throwable e) {
                    ui.execute(() -> finish(() -> (failed != null ? failed : defaultError).accept(e)));
                }
            });
        } catch (RejectedExecutionException e) {
            running.decrementAndGet();
            // A read asked for by a callback that ran after the window closed has nothing left to show it in;
            // a write refused is a decision that would be lost, so that one still fails loudly.
            if (lane == Lane.WRITE || !executor(lane).isShutdown()) {
                throw e;
            }
        }
    }

    private void finish(Runnable callback) {
        try {
            callback.run();
        } finally {
            running.decrementAndGet();
        }
    }

    @Override
    public void toUi(Runnable r) {
        ui.execute(r);
    }

    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        long ms = period.toMillis();
        ScheduledFuture<?> f = clock.scheduleAtFixedRate(() -> ui.execute(tick), ms, ms, TimeUnit.MILLISECONDS);
        return () -> f.cancel(false);
    }

    private ExecutorService executor(Lane lane) {
        switch (lane) {
            case WRITE: return write;
            case PAGES: return pages;
            case NETWORK: return network;
            case CHECK: return check;
            case TRIAGE: return triage;
            default: return info;
        }
    }

    /** True when no work is queued, running, or waiting for its callback on the UI thread. */
    public boolean idle() {
        return running.get() == 0;
    }

    /** Takes no more work; waits a little for a write under way, so that it is not cut off. */
    public void shutdown() {
        clock.shutdownNow();
        for (ExecutorService e : new ExecutorService[] {write, pages, info, network, check, triage}) {
            e.shutdown();
        }
        try {
            write.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
