package dev.moddesk.cli;

import dev.moddesk.app.AppInfo;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.Option;

@Command(name = "moddesk", mixinStandardHelpOptions = true, versionProvider = RootCommand.Version.class,
        description = "Moderate a WordPress site's comments offline. Without a command, opens the desk.")
final class RootCommand implements Runnable {
    @Option(names = "--db", paramLabel = "FILE",
            description = "The database (default: $MODDESK_DB, else the user data folder).")
    Path db;

    /** Set before the command runs (not an option). */
    Invocation invocation = Invocation.here(null);

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "name a command (see --help)");
    }

    static final class Version implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"moddesk " + AppInfo.version()};
        }
    }
}
