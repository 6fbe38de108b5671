package dev.moddesk.cli;

import dev.moddesk.app.health.Restore;
import java.nio.file.Path;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "restore", description = "Put a backup in place of the database; the current file is moved aside "
        + "under a name containing 'damaged', never deleted.")
final class RestoreCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    static final class Source {
        @Option(names = "--latest", required = true, description = "The newest backup in the backups folder.")
        boolean latest;

        @Option(names = "--from", required = true, paramLabel = "FILE", description = "This backup.")
        Path from;
    }

    @Override
    public void run() {
        Path file = database.path(root);
        if (root.invocation.handedOver()) {
            // The owner has the file open; replacing it under its connections would lose or mix their writes.
            throw new UserError(file + " is open in another ModDesk process (the desk, or a command still working): "
                    + "close it or let it finish, then restore; nothing was changed");
        }
        Restore restore = new Restore(file);
        Restore.Restored done = source.latest ? restore.latest() : restore.from(source.from);
        spec.commandLine().getOut().println(TerminalText.escape("restored " + done.backup() + " to " + file
                + done.setAside().map(aside -> "; the file it replaced is kept as " + aside).orElse("")));
    }
}
