package dev.moddesk.ui.background;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Hands values from a worker thread to the UI thread without flooding it: at most one hand-over waits at a
 * time, and it carries the latest value when it runs (a million progress steps cost a few hundred updates).
 */
final class Coalescer<T> {
    private final AtomicReference<T> latest = new AtomicReference<>();
    private final Background background;
    private final Consumer<T> show;

    /** {@code show} gets the values on the UI thread. */
    Coalescer(Background background, Consumer<T> show) {
        this.background = background;
        this.show = show;
    }

    /** Any thread; {@code value} not null. */
    void offer(T value) {
        if (latest.getAndSet(value) == null) {
            background.toUi(() -> show.accept(latest.getAndSet(null)));
        }
    }
}
