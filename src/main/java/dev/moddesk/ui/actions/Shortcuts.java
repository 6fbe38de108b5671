package dev.moddesk.ui.actions;

import java.util.List;

/** The keyboard shortcuts as the `?` list shows them. */
public final class Shortcuts {
    private Shortcuts() {
    }

    public static final List<String[]> ALL = List.of(
            new String[] {"j  /  ↓", "Next comment"},
            new String[] {"k  /  ↑", "Previous comment"},
            new String[] {"a", "Approve"},
            new String[] {"u", "Unapprove (hold)"},
            new String[] {"s", "Spam"},
            new String[] {"r", "Restore / not spam"},
            new String[] {"d", "Trash (delete permanently in Spam and Trash, asks first)"},
            new String[] {"z", "Undo the last decision"},
            new String[] {"x", "Check / uncheck the comment"},
            new String[] {"Shift+A / U / S / D", "Approve / unapprove / spam / trash the checked comments"},
            new String[] {"Shift+Z", "Restore the checked comments"},
            new String[] {"Ctrl+A", "Check the comments on screen"},
            new String[] {"Ctrl+Shift+A", "Check all comments matching the view"},
            new String[] {"Ctrl+Z", "Undo"},
            new String[] {"Ctrl+Shift+Z  /  Ctrl+Y", "Redo"},
            new String[] {"m  /  t", "Conflicts: keep mine / take the site's"},
            new String[] {"/", "Search"},
            new String[] {"Esc", "Leave the search box, or clear the checks"},
            new String[] {"Ctrl+1 … Ctrl+6", "Pending, Approved, Spam, Trash, Conflicts, All"},
            new String[] {"Ctrl+R", "Sync with the site (pull, then push the outbox)"},
            new String[] {"?", "This list"});
}
