package dev.moddesk.ui.settings;

import javafx.scene.Node;

/** One page of the Settings window: its name in the list, its controls, and saving what they say. */
public interface SettingsPage {
    String title();

    Node content();

    /** Keeps what the page's controls say (the window is closing). */
    void save();
}
