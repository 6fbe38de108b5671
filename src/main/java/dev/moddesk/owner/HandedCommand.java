package dev.moddesk.owner;

import java.nio.file.Path;
import java.util.List;

/**
 * A command line that another process handed over, to run here on the database this process owns: its
 * arguments, the folder its relative paths are relative to, the database it named, and whether its output
 * goes to a terminal (progress lines) or to a pipe.
 */
public record HandedCommand(List<String> args, Path workingDir, Path database, boolean terminal) {
    public HandedCommand {
        args = List.copyOf(args);
    }
}
