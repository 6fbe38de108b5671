package dev.moddesk.owner;

import java.util.Optional;

/** What the process that owns a database does for the others (the desk and the command line each say). */
public interface OwnerDuties extends CommandRunner {
    /** Another process wants the desk on this database: show it and answer empty, or say why not. */
    Optional<String> showDesk();
}
