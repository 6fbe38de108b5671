package dev.moddesk.ui;

import dev.moddesk.app.Workspace;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * Opens the desk's database on a thread of its own, so that opening it (the driver's native library, the schema
 * check, a migration with its backup) never holds up the JavaFX thread, and at start-up runs while the toolkit
 * starts on the other core instead of after it.
 */
final class DeskOpening {
    private final CompletableFuture<Workspace> opened = new CompletableFuture<>();

    private DeskOpening() {
    }

    /** Starts opening {@code database}; {@code moderator} names who decides (read when a decision is made). */
    static DeskOpening start(Path database, Supplier<String> moderator) {
        return start(() -> Workspace.open(database, moderator));
    }

    /** Starts {@code open} on a thread of its own. */
    static DeskOpening start(Supplier<Workspace> open) {
        DeskOpening opening = new DeskOpening();
        Thread t = new Thread(() -> {
            try {
                opening.opened.complete(open.get());
            } catch (RuntimeException | Error e) {
                opening.opened.completeExceptionally(e);
            }
        }, "moddesk-open-database");
        t.setDaemon(true);
        t.start();
        return opening;
    }

    /** On the JavaFX thread once the database is open: {@code done} with it, or {@code failed} with why not. */
    void whenOpen(Consumer<Workspace> done, Consumer<RuntimeException> failed) {
        opened.whenComplete((desk, failure) -> Platform.runLater(() -> {
            if (failure == null) {
                done.accept(desk);
            } else {
                failed.accept(unwrapped(failure));
            }
        }));
    }

    /** The database when it has opened already, without trouble; else null (still opening, or it failed). */
    Workspace openedAlready() {
        return opened.isDone() && !opened.isCompletedExceptionally() ? opened.join() : null;
    }

    /**
     * Closes the database if it opened (or once it does): for a desk that quits before its window was built.
     */
    void abandon() {
        opened.thenAccept(Workspace::close);
    }

    private static RuntimeException unwrapped(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof RuntimeException runtime) {
            return runtime;
        }
        if (cause instanceof Error error) {
            throw error;
        }
        return new IllegalStateException(cause);
    }
}
