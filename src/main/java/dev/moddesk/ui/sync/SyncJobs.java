package dev.moddesk.ui.sync;

import java.time.Duration;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Where the sync view models run their work: never on the UI thread. Progress, results and failures come back
 * on the UI thread. The desk implements it with JavaFX {@code Task}s ({@link FxSyncJobs}); view-model tests use
 * plain threads.
 */
public interface SyncJobs {
    /** Where a piece of work runs. */
    enum Kind {
        /** Touches the database: on the desk's one write lane, after whatever is queued there. */
        DATABASE,
        /** Talks to a site only (connection test): its own thread, so it never holds up the database. */
        NETWORK
    }

    /** Background work; {@code report} may be called from any thread ({@code fraction} -1: unknown). */
    @FunctionalInterface
    interface Work<T> {
        T run(BiConsumer<String, Double> report) throws Exception;
    }

    /** Runs {@code work}; {@code progress}, {@code done} and {@code failed} are called on the UI thread. */
    <T> void start(Kind kind, Work<T> work, BiConsumer<String, Double> progress, Consumer<T> done,
                   Consumer<Throwable> failed);

    /** Calls {@code tick} on the UI thread every {@code period} until the returned handle is closed. */
    AutoCloseable every(Duration period, Runnable tick);
}
