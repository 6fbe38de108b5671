package dev.moddesk;

import dev.moddesk.cli.Cli;
import dev.moddesk.cli.TunedJvm;
import dev.moddesk.ui.DeskLauncher;

/** The one entry point: no command (or only {@code --db FILE}) opens the desk, a command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (Cli.opensDesk(args)) {
            int tuned = TunedJvm.relaunchDeskIfWorthIt(args);
            if (tuned >= 0) {
                System.exit(tuned);
            }
            System.exit(DeskLauncher.launch(Cli.databaseArgument(args), Cli::runHandedOver));
        }
        System.exit(Cli.run(args));
    }
}
