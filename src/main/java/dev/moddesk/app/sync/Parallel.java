package dev.moddesk.app.sync;

import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** The sync's network work on {@link Sync#PARALLELISM} threads, and the waiting for it on the sync's own thread. */
final class Parallel {
    private Parallel() {
    }

    /** A pool of {@link Sync#PARALLELISM} daemon threads, first in first started. */
    static ExecutorService pool(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(Sync.PARALLELISM, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The next finished task of a pull, rethrowing its failure; gives up when cancelled (the pull changes nothing). */
    static <T> T next(CompletionService<T> service, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sync cancelled; nothing was changed");
            }
            try {
                Future<T> f = service.poll(100, TimeUnit.MILLISECONDS);
                if (f != null) {
                    return unwrap(f);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("sync interrupted; nothing was changed");
            }
        }
    }

    /** The next finished task, rethrowing its failure. */
    static <T> T take(CompletionService<T> service) {
        try {
            return unwrap(service.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sync interrupted");
        }
    }

    private static <T> T unwrap(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }
}
