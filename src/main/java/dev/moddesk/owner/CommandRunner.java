package dev.moddesk.owner;

import java.io.PrintStream;
import java.util.function.BooleanSupplier;

/** Runs a command line handed over by another process (the command line's own code does). */
@FunctionalInterface
public interface CommandRunner {
    /**
     * Runs {@code command} and returns its exit code. {@code cancelled} turns true when the process that handed
     * it over went away (killed, Ctrl+C): the command should stop and change nothing.
     */
    int runCommand(HandedCommand command, PrintStream out, PrintStream err, BooleanSupplier cancelled);
}
