package dev.moddesk.ui.settings;

import dev.moddesk.ui.prefs.DeskPrefs;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;

/** The moderator's name, recorded with every decision (blank: the login name, as before it was set). */
public final class GeneralPage implements SettingsPage {
    private final DeskPrefs prefs;
    private final TextField name = new TextField();
    private final VBox box;

    /** {@code shownName}: the name decisions are recorded under now. */
    public GeneralPage(DeskPrefs prefs, String shownName) {
        this.prefs = prefs;
        name.setId("settings-moderator");
        name.setText(shownName);
        Label label = new Label("Moderator name (recorded with every decision):");
        label.setLabelFor(name);
        box = new VBox(6, label, name);
    }

    @Override
    public String title() {
        return "General";
    }

    @Override
    public Node content() {
        return box;
    }

    @Override
    public void save() {
        if (!name.getText().isBlank()) {
            prefs.moderator(name.getText());
        }
    }
}
