package dev.moddesk.cli;

import dev.moddesk.app.AppInfo;
import dev.moddesk.app.Workspace;
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

    /** The workspace on the database the command line names; decisions are recorded as the OS user's. */
    Workspace open(RootCommand root) {
        return open(root, AppInfo.defaultModerator());
    }

    /** The database file the command line names (not opened). */
    Path path(RootCommand root) {
        Path handedOver = root.invocation.database();
        return handedOver != null ? handedOver : Workspace.location(db != null ? db : root.db).toAbsolutePath();
    }

    /** The workspace on the database the command line names; decisions are recorded as {@code moderator}'s. */
    Workspace open(RootCommand root, String moderator) {
        PrintWriter err = root.spec.commandLine().getErr();
        AtomicBoolean told = new AtomicBoolean();
        Workspace workspace = Workspace.open(path(root), () -> moderator,
                WAIT_LIMIT, soFar -> {
                    if (told.compareAndSet(false, true)) {
                        err.println("moddesk: waiting for another ModDesk command to finish writing to the database "
                                + "(up to " + WAIT_LIMIT.toMinutes() + " minutes)…");
                        err.flush();
                    }
                });
        if (workspace.readOnly()) {
            err.println("moddesk: " + workspace.file() + " is read-only (its folder or medium cannot be written): "
                    + "it can be read and exported, but nothing in it can be changed");
            err.flush();
        }
        return workspace;
    }
}
