package dev.moddesk.ui;

import dev.moddesk.ui.background.Background;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/** Background work that waits until the test lets it run, then runs inline; the test's thread is the UI thread. */
public final class HeldBackground implements Background {
    private final List<Runnable> held = new ArrayList<>();

    @Override
    public <T> void run(Lane lane, Callable<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        held.add(() -> Background.inline().run(lane, work, done, failed));
    }

    @Override
    public void toUi(Runnable r) {
        r.run();
    }

    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        throw new UnsupportedOperationException("no clock");
    }

    /** Runs the {@code i}-th piece of work held (from 0, in the order given), whether or not others ran. */
    public void run(int i) {
        held.get(i).run();
    }

    /** Runs what is held, and what that asks for, until nothing is left. */
    public void runAll() {
        while (!held.isEmpty()) {
            held.remove(0).run();
        }
    }
}
