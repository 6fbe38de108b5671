package dev.moddesk;

import dev.moddesk.cli.Cli;
import dev.moddesk.ui.ModDeskApp;

/** The one entry point: no arguments opens the desk, a command runs the command line. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        if (args.length == 0) {
            ModDeskApp.launchDesk(args);
            return;
        }
        System.exit(Cli.run(args));
    }
}
