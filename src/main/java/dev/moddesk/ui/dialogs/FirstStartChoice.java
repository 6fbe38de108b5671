package dev.moddesk.ui.dialogs;

/** What a newcomer chooses when the database holds no comments yet. */
public enum FirstStartChoice {
    LOAD_DEMO, IMPORT_FILE, START_EMPTY
}
