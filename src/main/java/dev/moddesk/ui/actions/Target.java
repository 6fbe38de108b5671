package dev.moddesk.ui.actions;

/** Which comments an action on comments acts on; other actions pay it no attention. */
public enum Target {
    /** The comment under the cursor: a key without Shift, the detail pane's buttons. */
    HIGHLIGHTED,
    /** The checked comments, or the highlighted one when none is checked: Shift+key, the tool bar, the menus. */
    CHECKED
}
