package dev.moddesk.cli;

import dev.moddesk.app.health.BackupFile;
import dev.moddesk.app.health.Backups;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "backup", description = "Make a consistent copy of the database now, even while the desk has it open "
        + "(default: into the backups folder beside it).")
final class BackupCommand implements Runnable {
    @ParentCommand
    RootCommand root;
    @Mixin
    DatabaseOption database;
    @Spec
    CommandSpec spec;

    @Option(names = "--to", paramLabel = "FILE", description = "Write the copy to FILE (replaced if it exists).")
    Path to;

    @Override
    public void run() {
        Path file = database.path(root);
        long started = System.nanoTime();
        BackupFile made = new Backups(file).now(Optional.ofNullable(to));
        spec.commandLine().getOut().println(TerminalText.format("backed up %s to %s (%,d bytes, %.1f s)", file,
                made.file(), made.bytes(), (System.nanoTime() - started) / 1e9));
    }
}
