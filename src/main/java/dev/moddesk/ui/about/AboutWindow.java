package dev.moddesk.ui.about;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Help → About ModDesk: the version and runtime, the places that hold the user's data (paths in read-only fields,
 * so they can be copied, and a link that opens each folder), and the licences of what ModDesk ships.
 */
public final class AboutWindow {
    private final Stage stage = new Stage();

    /** {@code open} opens a link or a folder (as a {@code file:} URI) in the system's browser or file manager. */
    public AboutWindow(Window owner, AboutInfo info, Consumer<String> open, Consumer<Scene> style) {
        stage.initOwner(owner);
        stage.setTitle("About ModDesk");

        Label title = new Label("ModDesk " + info.version());
        title.setId("about-version");
        title.getStyleClass().add("title-2");
        Label what = new Label("Offline, keyboard-driven comment moderation for WordPress sites.");
        Label runtime = new Label(info.runtime());
        runtime.setId("about-runtime");
        runtime.getStyleClass().add("small");

        GridPane data = new GridPane();
        data.setHgap(8);
        data.setVgap(6);
        place(data, 0, "Database", info.database().toString(), "about-database", info.database().getParent(), open);
        place(data, 1, "Saved passwords", info.credentials().toString(), "about-credentials", null, open);
        place(data, 2, "Settings", info.settings(), "about-settings", null, open);
        Label kept = new Label("Installing, upgrading or removing ModDesk leaves these as they are; "
                + "delete them yourself to remove your data.");
        kept.setWrapText(true);
        kept.getStyleClass().add("small");

        GridPane licences = new GridPane();
        licences.setId("about-licences");
        licences.setHgap(12);
        licences.setVgap(2);
        int row = 0;
        for (ThirdParty c : info.components()) {
            Hyperlink link = new Hyperlink(c.licence());
            link.setOnAction(e -> open.accept(c.link()));
            licences.addRow(row++, new Label(c.name()), link);
        }
        ScrollPane licenceScroll = new ScrollPane(licences);
        licenceScroll.setFitToWidth(true);
        licenceScroll.setPrefViewportHeight(220);
        VBox.setVgrow(licenceScroll, Priority.ALWAYS);

        Button close = new Button("Close");
        close.setId("about-close");
        close.setDefaultButton(true);
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        HBox buttons = new HBox(close);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, title, what, runtime, heading("Your data"), data, kept,
                heading("ModDesk ships these, under their own licences"), licenceScroll, buttons);
        root.setPadding(new Insets(16));
        root.setPrefWidth(640);
        Scene scene = new Scene(root);
        style.accept(scene);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    /** One labelled place: the path to copy, and "Open folder" when there is a folder to open. */
    private static void place(GridPane grid, int row, String label, String where, String id, Path folder,
            Consumer<String> open) {
        TextField field = new TextField(where);
        field.setId(id);
        field.setEditable(false);
        GridPane.setHgrow(field, Priority.ALWAYS);
        Node action = new Label();
        if (folder != null) {
            Hyperlink openFolder = new Hyperlink("Open folder");
            openFolder.setId(id + "-open");
            openFolder.setOnAction(e -> open.accept(folder.toUri().toString()));
            action = openFolder;
        }
        grid.addRow(row, new Label(label), field, action);
    }
}
