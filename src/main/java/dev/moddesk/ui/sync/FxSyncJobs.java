package dev.moddesk.ui.sync;

import dev.moddesk.ui.Background.Lane;
import dev.moddesk.ui.Lanes;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.concurrent.Task;

/**
 * {@link SyncJobs} for the desk: each piece of work is a {@link Task}; database work goes to the desk's write
 * lane (the one writer connection), connection tests to a thread of their own. Progress travels through the
 * task's message and progress properties, so the FX thread sees it coalesced. Ticks come from a
 * {@link Timeline} (on the FX thread; the view model skips a tick while a sync runs).
 */
public final class FxSyncJobs implements SyncJobs {
    private final Lanes lanes;
    private final ExecutorService network = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "moddesk-site-check");
        t.setDaemon(true);
        return t;
    });

    public FxSyncJobs(Lanes lanes) {
        this.lanes = lanes;
    }

    @Override
    public <T> void start(Kind kind, Work<T> work, BiConsumer<String, Double> progress, Consumer<T> done,
                          Consumer<Throwable> failed) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run((message, fraction) -> {
                    updateMessage(message);
                    updateProgress(fraction < 0 ? -1 : fraction, 1);
                });
            }
        };
        if (progress != null) {
            task.messageProperty().addListener((o, a, b) -> progress.accept(b, task.getProgress()));
            task.progressProperty().addListener((o, a, b) -> progress.accept(task.getMessage(), b.doubleValue()));
        }
        if (kind == Kind.DATABASE) {
            lanes.submit(Lane.WRITE, task, done, failed);
        } else {
            task.setOnSucceeded(e -> done.accept(task.getValue()));
            task.setOnFailed(e -> failed.accept(task.getException()));
            network.execute(task);
        }
    }

    @Override
    public AutoCloseable every(Duration period, Runnable tick) {
        Timeline t = new Timeline(new KeyFrame(javafx.util.Duration.millis(period.toMillis()), e -> tick.run()));
        t.setCycleCount(Animation.INDEFINITE);
        t.play();
        return t::stop;
    }

    /** Stops the connection-test thread (the write lane belongs to the window). */
    public void shutdown() {
        network.shutdownNow();
    }
}
