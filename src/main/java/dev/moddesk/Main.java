package dev.moddesk;

import dev.moddesk.cli.Cli;
import dev.moddesk.ui.DeskLauncher;

/** The one entry point: no command (or only {@code --db FILE}) opens the desk, a command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.opensDesk(args)) {
            System.exit(DeskLauncher.launch(Cli.databaseArgument(args), Cli::runHandedOver));
        }
        System.exit(Cli.run(args));
    }
}
