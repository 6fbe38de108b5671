package dev.moddesk.ui.settings;

import dev.moddesk.core.CannedReply;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.util.prefs.Preferences;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextFormatter;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The canned replies: a list to add to, pick from and remove from, and the picked one's name and text. In the
 * reply editor the "Canned reply" button and Ctrl+1…9 put one in, {@code {author}} and {@code {post}} filled.
 */
public final class RepliesPage implements SettingsPage {
    private final DeskPrefs prefs;
    private final ObservableList<Draft> replies = FXCollections.observableArrayList();
    private final ListView<Draft> list = new ListView<>(replies);
    private final TextField name = new TextField();
    private final TextArea text = new TextArea();
    private final VBox box;
    private Draft shown;

    /** A canned reply being edited: the list shows its name as it is typed. */
    private static final class Draft {
        final StringProperty name;
        final StringProperty text;

        Draft(CannedReply r) {
            name = new SimpleStringProperty(r.name());
            text = new SimpleStringProperty(r.text());
        }

        CannedReply reply() {
            return new CannedReply(name.get(), text.get());
        }
    }

    public RepliesPage(DeskPrefs prefs) {
        this.prefs = prefs;
        prefs.cannedReplies().forEach(r -> replies.add(new Draft(r)));
        list.setId("canned-list");
        list.setPrefHeight(150);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Draft item, boolean empty) {
                super.updateItem(item, empty);
                textProperty().unbind();
                if (empty || item == null) {
                    setText(null);
                } else {
                    String key = getIndex() < 9 ? "Ctrl+" + (getIndex() + 1) + "  " : "";
                    textProperty().bind(item.name.map(n -> key + n));
                }
            }
        });
        name.setId("canned-name");
        text.setId("canned-text");
        text.setWrapText(true);
        text.setPrefRowCount(6);
        text.setTextFormatter(new TextFormatter<String>(c ->
                c.getControlNewText().length() > Preferences.MAX_VALUE_LENGTH ? null : c));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> show(b));

        Button add = new Button("Add");
        add.setId("canned-add");
        add.setOnAction(e -> add());
        Button remove = new Button("Remove");
        remove.setId("canned-remove");
        remove.disableProperty().bind(list.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> replies.remove(list.getSelectionModel().getSelectedItem()));
        name.disableProperty().bind(remove.disableProperty());
        text.disableProperty().bind(remove.disableProperty());
        Label hint = new Label("{author} is the commenter's name, {post} the post's title.");
        hint.getStyleClass().add("small");
        VBox.setVgrow(text, Priority.ALWAYS);
        box = new VBox(6, new Label("Canned replies (in the reply editor: the Canned reply button, Ctrl+1…9)"),
                list, new HBox(8, add, remove), new Label("Name"), name, new Label("Text"), text, hint);
    }

    @Override
    public String title() {
        return "Replies";
    }

    @Override
    public Node content() {
        return box;
    }

    @Override
    public void save() {
        prefs.cannedReplies(replies.stream().map(Draft::reply).toList());
    }

    private void add() {
        replies.add(new Draft(new CannedReply("New reply", "Thank you, {author}!")));
        list.getSelectionModel().selectLast();
        name.requestFocus();
        name.selectAll();
    }

    /** The fields edit {@code d} (none: they are empty and disabled). */
    private void show(Draft d) {
        if (shown != null) {
            name.textProperty().unbindBidirectional(shown.name);
            text.textProperty().unbindBidirectional(shown.text);
        }
        shown = d;
        if (d == null) {
            name.clear();
            text.clear();
        } else {
            name.textProperty().bindBidirectional(d.name);
            text.textProperty().bindBidirectional(d.text);
        }
    }
}
