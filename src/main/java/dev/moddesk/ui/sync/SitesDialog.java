package dev.moddesk.ui.sync;

import dev.moddesk.ui.Format;
import dev.moddesk.ui.theme.ScreenFit;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * Sync → Sites…: the saved sites (use one for Sync, remove one), a form to add a site (address, user,
 * Application Password in a {@link PasswordField} that is emptied once the site is saved), Test connection,
 * and the automatic-sync setting. Only wires controls to {@link SitesViewModel} and {@link SyncViewModel}.
 */
public final class SitesDialog {
    private final Stage stage = new Stage();
    private final SitesViewModel vm;

    public SitesDialog(Window owner, SitesViewModel vm, SyncViewModel sync) {
        this.vm = vm;
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle("Sites");

        ListView<SiteInfo> list = new ListView<>(vm.sites());
        list.setId("sites-list");
        list.setPrefHeight(150);
        list.setMinHeight(72);
        list.setPlaceholder(new Label("No sites yet: add one below."));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SiteInfo s, boolean empty) {
                super.updateItem(s, empty);
                if (empty || s == null) {
                    setText(null);
                    return;
                }
                String used = s.url().equals(vm.syncSiteProperty().get()) ? "   ✓ used by Sync" : "";
                setText(s.url() + (s.hasCredentials() ? "   user " + s.user() : "   (imported; no password stored)")
                        + "   · last sync " + Format.dateTimeMillis(s.lastSyncAt()) + used);
            }
        });
        vm.syncSiteProperty().addListener((o, a, b) -> list.refresh());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.edit(b));

        Button use = new Button("Use for Sync");
        use.setId("btn-use-site");
        use.setTooltip(new Tooltip("Sync (Ctrl+R) syncs this site"));
        use.setOnAction(e -> vm.useForSync(list.getSelectionModel().getSelectedItem()));
        Button remove = new Button("Remove");
        remove.setId("btn-remove-site");
        remove.setTooltip(new Tooltip("Forget the user and password; the comments stay"));
        remove.setOnAction(e -> vm.remove(list.getSelectionModel().getSelectedItem()));
        var noCredentials = Bindings.createBooleanBinding(() -> {
            SiteInfo s = list.getSelectionModel().getSelectedItem();
            return s == null || !s.hasCredentials();
        }, list.getSelectionModel().selectedItemProperty());
        use.disableProperty().bind(noCredentials.or(vm.busyProperty()));
        remove.disableProperty().bind(noCredentials.or(vm.busyProperty()));

        TextField url = new TextField();
        url.setId("site-url");
        url.setPromptText("https://example.com");
        url.textProperty().bindBidirectional(vm.urlProperty());
        TextField user = new TextField();
        user.setId("site-user");
        user.setPromptText("WordPress user name");
        user.textProperty().bindBidirectional(vm.userProperty());
        PasswordField password = new PasswordField();
        password.setId("site-password");
        password.setPromptText("xxxx xxxx xxxx xxxx xxxx xxxx");
        Button test = new Button("Test connection");
        test.setId("btn-test-connection");
        test.setOnAction(e -> vm.test(password.getText()));
        Button add = new Button("Add site");
        add.setId("btn-add-site");
        add.getStyleClass().add("accent");
        add.setDefaultButton(true);
        add.setOnAction(e -> vm.add(password.getText(), password::clear));
        test.disableProperty().bind(vm.busyProperty());
        add.disableProperty().bind(vm.busyProperty());

        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Site address"), url);
        form.addRow(1, new Label("User"), user);
        form.addRow(2, new Label("Application Password"), password);
        GridPane.setHgrow(url, Priority.ALWAYS);

        Label status = new Label();
        status.setId("site-check-status");
        status.setWrapText(true);
        status.setMinHeight(Region.USE_PREF_SIZE); // the site list gives way to a long message
        status.textProperty().bind(vm.statusProperty());
        vm.checkProperty().addListener((o, a, b) -> {
            status.getStyleClass().removeAll("success", "danger");
            if (b == SitesViewModel.Check.OK) {
                status.getStyleClass().add("success");
            } else if (b == SitesViewModel.Check.FAILED) {
                status.getStyleClass().add("danger");
            }
        });

        CheckBox auto = new CheckBox("Sync automatically every");
        auto.setId("auto-sync");
        auto.selectedProperty().bindBidirectional(sync.autoSyncProperty());
        Spinner<Integer> minutes = new Spinner<>(1, 24 * 60, sync.autoMinutesProperty().get());
        minutes.setId("auto-sync-minutes");
        minutes.setEditable(true);
        minutes.setPrefWidth(90);
        minutes.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                sync.autoMinutesProperty().set(b);
            }
        });
        HBox autoRow = new HBox(8, auto, minutes, new Label("minutes (never while a sync runs)"));
        autoRow.setAlignment(Pos.CENTER_LEFT);

        Button close = new Button("Close");
        close.setId("btn-close-sites");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);

        Label listTitle = heading("Saved sites");
        Label formTitle = heading("Add a site");
        Label hint = new Label("Create an Application Password on the site under Users → Profile. It is kept in a "
                + "file only you can read, never in the database, and is not shown again.");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.getStyleClass().add("text-muted");
        VBox root = new VBox(8, listTitle, list, new HBox(8, use, remove), new Separator(), formTitle, hint, form,
                new HBox(8, test, add), status, new Separator(), autoRow, new HBox(gap, close));
        root.setPadding(new Insets(14));
        root.setPrefWidth(640);
        root.setId("sites-dialog");
        Scene scene = new Scene(root);
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                stage.close();
            }
        });
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(c -> root.getStyleClass().add(c));
        }
        stage.setScene(scene);
        stage.setOnHidden(e -> password.clear());
    }

    private static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("title-4");
        return l;
    }

    /** Shows the dialog (without waiting: the desk keeps running) with a fresh site list. */
    public void show() {
        vm.refresh();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }
}
