package dev.moddesk.cli;

import dev.moddesk.store.Database;
import dev.moddesk.store.DatabaseLocation;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --db} after the command; the same option before the command is on {@link RootCommand}. */
final class DatabaseOption {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The database (default: $MODDESK_DB, else the user data folder).")
    Path db;

    Database open(RootCommand root) {
        Path explicit = db != null ? db : root.db;
        return Database.open(DatabaseLocation.resolve(explicit));
    }
}
