package dev.moddesk.cli;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

/**
 * Where a command line runs: the folder its relative paths are relative to, the database (null: from
 * {@code --db}, {@code MODDESK_DB} or the user data folder), whether its error output is a terminal (progress
 * lines), whether the person who started it has gone away (the process handing it over was killed), and whether
 * it was handed over by another process (it then runs beside the owner's own connections to the database).
 */
record Invocation(Path workingDir, Path database, boolean terminal, BooleanSupplier cancelled, boolean handedOver) {
    /** This process's own command line, as started by the user. */
    static Invocation here(Path database) {
        return new Invocation(Path.of("").toAbsolutePath(), database, System.console() != null, () -> false, false);
    }
}
