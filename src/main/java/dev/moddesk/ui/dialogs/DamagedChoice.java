package dev.moddesk.ui.dialogs;

/** What to do with a damaged database: put the latest backup in place, open another database, or quit. */
public enum DamagedChoice {
    RESTORE, OPEN_ANOTHER, QUIT
}
