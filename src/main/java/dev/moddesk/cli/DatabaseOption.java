package dev.moddesk.cli;

import dev.moddesk.store.Database;
import dev.moddesk.store.DatabaseLocation;
import dev.moddesk.store.LockWait;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import picocli.CommandLine.Option;

/** {@code --db} after the command; the same option before the command is on {@link RootCommand}. */
final class DatabaseOption {
    /** How long a command waits for another one's write before it gives up, changing nothing. */
    static final Duration WAIT_LIMIT = Duration.ofMinutes(10);

    @Option(names = "--db", paramLabel = "FILE",
            description = "The database (default: $MODDESK_DB, else the user data folder).")
    Path db;

    Database open(RootCommand root) {
        Path handedOver = root.invocation.database();
        Path explicit = db != null ? db : root.db;
        PrintWriter err = root.spec.commandLine().getErr();
        AtomicBoolean told = new AtomicBoolean();
        LockWait wait = LockWait.PATIENT.withLimit(WAIT_LIMIT).withNotice(Duration.ofSeconds(2), soFar -> {
            if (told.compareAndSet(false, true)) {
                err.println("moddesk: waiting for another ModDesk command to finish writing to the database "
                        + "(up to " + WAIT_LIMIT.toMinutes() + " minutes)…");
            }
        });
        return Database.open(handedOver != null ? handedOver : DatabaseLocation.resolve(explicit), wait);
    }
}
