package dev.moddesk.ui.export;

import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.ui.admin.FilterCombo;
import dev.moddesk.ui.theme.ScreenFit;
import java.time.LocalDate;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Separator;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The File → Export… window: wires the controls to an {@link ExportViewModel}; holds no logic of its own. */
public final class ExportDialog {
    private final Stage stage = new Stage();
    private final ExportViewModel vm;

    public ExportDialog(Window owner, ExportViewModel vm, Consumer<Scene> style) {
        this.vm = vm;
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.setTitle("Export comments — ModDesk");

        GridPane form = new GridPane();
        form.setHgap(12);
        form.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        form.getColumnConstraints().addAll(labels, fields);

        int row = 0;
        form.addRow(row++, label("Format"), formats());
        CheckBox bom = new CheckBox("UTF-8 byte-order mark for Excel");
        bom.setId("export-bom");
        bom.selectedProperty().bindBidirectional(vm.excelBomProperty());
        bom.disableProperty().bind(vm.formatProperty().isNotEqualTo(ExportFormat.CSV));
        form.add(bom, 1, row++);

        FlowPane statuses = new FlowPane(14, 6);
        for (Status s : ExportViewModel.STATUSES) {
            CheckBox box = new CheckBox(statusLabel(s));
            box.setId("export-status-" + s.word());
            box.selectedProperty().bindBidirectional(vm.statusProperty(s));
            statuses.getChildren().add(box);
        }
        form.addRow(row++, label("Status"), statuses);

        FilterCombo<String> site = new FilterCombo<>(vm.sites(), vm.siteProperty(), "All sites", s -> s);
        site.setId("export-site");
        form.addRow(row++, label("Site"), site);

        FilterCombo<Post> post = new FilterCombo<>(vm.posts(), vm.postProperty(), "All posts",
                p -> (p.title().isBlank() ? "(no title)" : p.title()) + "  ·  #" + p.remoteId());
        post.setId("export-post");
        post.disableProperty().bind(Bindings.isEmpty(vm.posts()));
        form.addRow(row++, label("Post"), post);

        FilterCombo<String> moderator = new FilterCombo<>(vm.moderators(), vm.moderatorProperty(),
                "Anyone (decided or not)", m -> "Last decided by " + m);
        moderator.setId("export-moderator");
        form.addRow(row++, label("Moderator"), moderator);

        DatePicker from = new DatePicker();
        from.setId("export-from");
        from.setPromptText("first day");
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("export-to");
        to.setPromptText("last day");
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button anyDate = new Button("Any date");
        anyDate.getStyleClass().add("flat");
        anyDate.setOnAction(e -> {
            vm.fromProperty().set(null);
            vm.toProperty().set(null);
        });
        from.setPrefWidth(160);
        to.setPrefWidth(160);
        Label dash = new Label("to");
        dash.setMinWidth(Region.USE_PREF_SIZE);
        anyDate.setMinWidth(Region.USE_PREF_SIZE);
        HBox dates = new HBox(8, from, dash, to, anyDate);
        dates.setAlignment(Pos.CENTER_LEFT);
        form.addRow(row++, label("Comment date"), dates);

        Label count = new Label();
        count.setId("export-count");
        count.getStyleClass().add("export-count");
        count.textProperty().bind(vm.matchingTextProperty());
        Label hint = new Label();
        hint.setId("export-hint");
        hint.setWrapText(true);
        hint.getStyleClass().add("export-hint");
        hint.textProperty().bind(vm.hintProperty());
        hint.visibleProperty().bind(vm.hintProperty().isNotEmpty());
        hint.managedProperty().bind(hint.visibleProperty());

        ProgressBar progress = new ProgressBar();
        progress.setId("export-progress");
        progress.setMaxWidth(Double.MAX_VALUE);
        progress.progressProperty().bind(vm.progressProperty());
        progress.visibleProperty().bind(vm.runningProperty());
        Label message = new Label();
        message.setId("export-message");
        message.setWrapText(true);
        message.getStyleClass().add("small");
        message.textProperty().bind(vm.messageProperty());

        Button start = new Button("Export…");
        start.setId("export-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.canExportProperty().not());
        start.setOnAction(e -> vm.chooseTargetAndExport(LocalDate.now()));
        Button cancel = new Button("Cancel export");
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> vm.cancel());
        cancel.visibleProperty().bind(vm.runningProperty());
        cancel.managedProperty().bind(cancel.visibleProperty());
        Button close = new Button("Close");
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.hide());
        close.visibleProperty().bind(vm.runningProperty().not());
        close.managedProperty().bind(close.visibleProperty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(8, count, gap, cancel, close, start);
        buttons.setAlignment(Pos.CENTER_LEFT);

        form.disableProperty().bind(vm.runningProperty());
        VBox root = new VBox(12, title(), form, hint, new Separator(), buttons, progress, message);
        root.setPadding(new Insets(18));
        root.getStyleClass().add("admin-window");
        Scene scene = new Scene(root, 720, Region.USE_COMPUTED_SIZE);
        style.accept(scene);
        stage.setScene(scene);
        stage.setMinWidth(600);
        stage.setOnCloseRequest(e -> vm.cancel()); // closing the window while exporting stops the export
    }

    public void show() {
        vm.load();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private HBox formats() {
        ToggleGroup group = new ToggleGroup();
        HBox box = new HBox(16);
        for (ExportFormat f : ExportFormat.values()) {
            RadioButton b = new RadioButton(shortName(f));
            b.setMinWidth(Region.USE_PREF_SIZE);
            b.setId("export-format-" + f.word());
            b.setToggleGroup(group);
            b.setUserData(f);
            b.setSelected(vm.formatProperty().get() == f);
            box.getChildren().add(b);
        }
        group.selectedToggleProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.formatProperty().set((ExportFormat) b.getUserData());
            }
        });
        vm.formatProperty().addListener((o, a, b) -> group.getToggles().stream()
                .filter(t -> t.getUserData() == b).findFirst().ifPresent(t -> t.setSelected(true)));
        return box;
    }

    private static String shortName(ExportFormat f) {
        switch (f) {
            case CSV: return "CSV";
            case JSON: return "JSON";
            case WXR: return "WXR (WordPress)";
            default: return "wp-cli script";
        }
    }

    private static Label title() {
        Label l = new Label("Export comments");
        l.getStyleClass().add("title-3");
        return l;
    }

    private static Label label(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("form-label");
        return l;
    }

    static String statusLabel(Status s) {
        switch (s) {
            case POST_TRASHED: return "Post trashed";
            case DELETED: return "Deleted (not yet pushed)";
            default: return s.word().substring(0, 1).toUpperCase() + s.word().substring(1);
        }
    }
}
