package dev.moddesk.ui;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Where view models send work that must not run on the FX thread. The desk uses {@link Lanes}; view-model
 * tests use {@link #inline()}, which runs everything at once on the calling thread.
 */
public interface Background {
    /** Which thread a piece of work runs on. */
    enum Lane { WRITE, PAGES, INFO }

    <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed);

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
        };
    }
}
