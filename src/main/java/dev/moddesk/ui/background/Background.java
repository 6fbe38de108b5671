package dev.moddesk.ui.background;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where view models send work that must not run on the UI thread, and how its outcome comes back: on the UI
 * thread, one callback at a time. The desk uses {@link Lanes} with the FX thread as its UI thread; view-model
 * tests use {@link #inline()}, or {@link Lanes} with a plain thread as the UI thread. Long work with progress
 * and Cancel goes through {@link LongWork}, which stands on this.
 */
public interface Background {
    /** Which thread a piece of work runs on; each lane runs its work in the order it was given. */
    enum Lane {
        /** The database's one writer, and reads that must come after the writes queued before them. */
        WRITE,
        /** The queue's pages. */
        PAGES,
        /** Everything else read: counts, the detail pane, choices for filters, reports. */
        INFO,
        /** Talks to a site only (a connection test), so it never waits behind the database. */
        NETWORK,
        /** The database check: seconds of reading on its own connection, which must hold up nothing else. */
        CHECK,
        /** Spam triage: seconds of learning and scoring that must hold up neither decisions nor reads. */
        TRIAGE
    }

    /**
     * Runs {@code work} on {@code lane}; {@code done} gets its result, or {@code failed} what it threw, on the UI
     * thread. {@code failed} null: the implementation's default handler.
     */
    <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

    /** Runs {@code r} on the UI thread, after what is queued there already. */
    void toUi(Runnable r);

    /** Calls {@code tick} on the UI thread every {@code period} until the returned handle is closed. */
    AutoCloseable every(Duration period, Runnable tick);

    /** Runs everything at once on the calling thread, which stands for the UI thread (view-model tests). */
    static Background inline() {
        return new Background() {
            @Override
            public <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
                T value;
                try {
                    value = work.call();
                } catch (Exception e) {
                    if (failed != null) {
                        failed.accept(e);
                        return;
                    }
                    throw new IllegalStateException(e);
                }
                done.accept(value);
            }

            @Override
            public void toUi(Runnable r) {
                r.run();
            }

            @Override
            public AutoCloseable every(Duration period, Runnable tick) {
                throw new UnsupportedOperationException("inline work has no clock: timed work is tested on Lanes");
            }
        };
    }
}
