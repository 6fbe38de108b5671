package dev.moddesk.ui;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.concurrent.Task;

/**
 * The desk's background threads: one lane for writes (the database has one writer), one for queue pages,
 * one for everything else read (counts, detail, history). Work runs as a JavaFX {@link Task}; results and
 * errors come back on the FX thread. {@link #idle()} tells tests when nothing is running.
 */
public final class Lanes implements Background {

    private final ExecutorService write = single("moddesk-write");
    private final ExecutorService pages = single("moddesk-pages");
    private final ExecutorService info = single("moddesk-info");
    private final AtomicInteger running = new AtomicInteger();
    private volatile Consumer<Throwable> defaultError = Throwable::printStackTrace;

    private static ExecutorService single(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    public void onError(Consumer<Throwable> handler) {
        this.defaultError = handler;
    }

    /** Runs {@code work} on the lane; {@code done} gets its result on the FX thread. */

    @Override
    public <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        task(lane, work, done, failed);
    }

    public <T> Task<T> task(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        return submit(lane, task, done, failed);
    }

    /** Submits a ready-made task (one that reports progress, or can be cancelled). */
    public <T> Task<T> submit(Lane lane, Task<T> task, Consumer<T> done, Consumer<Throwable> failed) {
        running.incrementAndGet();
        task.setOnSucceeded(e -> {
            try {
                if (done != null) {
                    done.accept(task.getValue());
                }
            } finally {
                running.decrementAndGet();
            }
        });
        task.setOnFailed(e -> {
            try {
                (failed != null ? failed : defaultError).accept(task.getException());
            } finally {
                running.decrementAndGet();
            }
        });
        task.setOnCancelled(e -> {
            try {
                if (failed != null) {
                    failed.accept(new java.util.concurrent.CancellationException("cancelled"));
                }
            } finally {
                running.decrementAndGet();
            }
        });
        executor(lane).execute(task);
        return task;
    }

    private ExecutorService executor(Lane lane) {
        switch (lane) {
            case WRITE: return write;
            case PAGES: return pages;
            default: return info;
        }
    }

    /** True when no task is queued, running, or waiting for its FX-thread callback. */
    public boolean idle() {
        return running.get() == 0;
    }

    public void shutdown() {
        for (ExecutorService e : new ExecutorService[] {write, pages, info}) {
            e.shutdown();
        }
        try {
            write.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Runs on the FX thread (now when already on it). */
    public static void fx(Runnable r) {
        if (Platform.isFxApplicationThread()) {
            r.run();
        } else {
            Platform.runLater(r);
        }
    }
}
