package dev.moddesk.ui;

import dev.moddesk.app.Workspace;
import dev.moddesk.owner.Claim;
import dev.moddesk.owner.CommandRunner;
import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.owner.HandedCommand;
import dev.moddesk.owner.HeldElsewhere;
import dev.moddesk.owner.Owned;
import java.nio.file.Path;
import java.util.List;

/**
 * Opens the desk on a database, as its one owner ({@link DatabaseOwnership}): when a desk already has the
 * database open, that window comes forward and this process ends; when a command line is working on it, the
 * desk opens and waits for it to finish.
 */
public final class DeskLauncher {
    /** What the desk does with commands that other processes hand over (the command line's own code). */
    private static volatile CommandRunner commands;

    private DeskLauncher() {
    }

    /** Returns the process's exit code (after the desk closed, or at once when another desk came forward). */
    public static int launch(Path explicitDatabase, CommandRunner commandLine) {
        Path database = Workspace.location(explicitDatabase).toAbsolutePath();
        commands = commandLine;
        while (true) {
            Claim claim = DatabaseOwnership.claim(database, role());
            if (claim instanceof Owned owned) {
                return launchOrExplain(database, owned);
            }
            HeldElsewhere.DeskAnswer answer = ((HeldElsewhere) claim).askForDesk(request(database));
            if (answer instanceof HeldElsewhere.Shown) {
                System.out.println("ModDesk is already open on " + database + ": its window was brought forward.");
                return 0;
            }
            if (answer instanceof HeldElsewhere.Busy) {
                return launchOrExplain(database, null); // waits in a window for the command line to finish
            }
            DeskWaiting.pause();
        }
    }

    /** Runs the desk; without a graphical session, says so in one line (exit 1) instead of a stack trace. */
    private static int launchOrExplain(Path database, Owned claim) {
        try {
            ModDeskApp.launchDesk(database, claim);
            return 0;
        } catch (RuntimeException e) {
            if (claim != null) {
                claim.close();
            }
            System.err.println("moddesk: cannot open the desk: " + e.getMessage() + " (it needs a graphical session; "
                    + "the commands work without one: moddesk --help)");
            return 1;
        }
    }

    static CommandRunner commands() {
        return commands;
    }

    static String role() {
        return "the ModDesk desk (process " + ProcessHandle.current().pid() + ")";
    }

    static HandedCommand request(Path database) {
        return new HandedCommand(List.of(), Path.of("").toAbsolutePath(), database, false);
    }
}
