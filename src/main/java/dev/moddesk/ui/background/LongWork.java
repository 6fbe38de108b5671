package dev.moddesk.ui.background;

import dev.moddesk.ui.background.Background.Lane;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One long piece of work at a time (an import, an export, a sync) as its view shows it: whether it runs, how far
 * it is, what it says, and Cancel. The work runs on a lane of {@link Background} and reports from its own thread;
 * the reports reach the UI thread coalesced, and stop counting once Cancel was pressed or the work ended. Lives
 * on the UI thread.
 */
public final class LongWork {
    /** What the work is given: where to say how far it is, and whether Cancel was pressed. */
    public interface Feedback {
        /** Any thread. {@code text} null keeps the message; {@code fraction} 0..1, or -1 while not known. */
        void report(String text, double fraction);

        boolean cancelled();
    }

    /** The work itself; it stops (throwing, typically a {@link CancellationException}) once cancelled. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Feedback feedback) throws Exception;
    }

    private record Step(String text, double fraction) { }

    private final Background background;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ReadOnlyBooleanWrapper cancelling = new ReadOnlyBooleanWrapper();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private Run current;

    public LongWork(Background background) {
        this.background = background;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    public boolean isRunning() {
        return running.get();
    }

    /** True from Cancel until the work has stopped. */
    public ReadOnlyBooleanProperty cancellingProperty() {
        return cancelling.getReadOnlyProperty();
    }

    /** 0..1, or -1 while not known. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** What the work says while it runs; what became of it once the caller's {@code done} or {@code failed} said so. */
    public StringProperty messageProperty() {
        return message;
    }

    /**
     * Starts {@code work} on {@code lane}, saying {@code starting} until it reports. {@code done} or {@code failed}
     * runs on the UI thread once it has stopped; after Cancel, {@code failed} gets a {@link CancellationException}
     * whatever the work threw. Not while another work runs (callers look at {@link #isRunning()} first).
     */
    public <T> void start(Lane lane, String starting, Work<T> work, Consumer<T> done, Consumer<Throwable> failed) {
        if (current != null) {
            throw new IllegalStateException("already running: " + message.get());
        }
        Run run = new Run();
        current = run;
        running.set(true);
        cancelling.set(false);
        progress.set(-1);
        message.set(starting);
        background.run(lane, () -> work.run(run), value -> {
            stopped();
            done.accept(value);
        }, e -> {
            stopped();
            failed.accept(run.cancelled() && !(e instanceof CancellationException) ? cancellation(e) : e);
        });
    }

    private static CancellationException cancellation(Throwable cause) {
        CancellationException c = new CancellationException("cancelled");
        c.initCause(cause);
        return c;
    }

    /** Asks the running work to stop, saying {@code saying} meanwhile; false when nothing runs (or stops already). */
    public boolean cancel(String saying) {
        if (current == null || current.cancelled()) {
            return false;
        }
        current.cancel();
        cancelling.set(true);
        message.set(saying);
        return true;
    }

    private void stopped() {
        current = null;
        running.set(false);
        cancelling.set(false);
    }

    private void show(Run run, Step step) {
        if (run != current || run.cancelled()) {
            return; // a late report of work that was cancelled or has ended
        }
        if (step.text() != null) {
            message.set(step.text());
        }
        progress.set(step.fraction());
    }

    /** One start of the work: its Cancel flag and its reports. */
    private final class Run implements Feedback {
        private volatile boolean cancelled;
        private final Coalescer<Step> steps = new Coalescer<>(background, step -> show(this, step));

        @Override
        public void report(String text, double fraction) {
            steps.offer(new Step(text, fraction));
        }

        @Override
        public boolean cancelled() {
            return cancelled;
        }

        void cancel() {
            cancelled = true;
        }
    }
}
