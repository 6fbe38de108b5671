package dev.moddesk.ui.audit;

import dev.moddesk.core.AuditEntry;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.admin.Closing;
import dev.moddesk.ui.admin.FilterCombo;
import dev.moddesk.ui.theme.ScreenFit;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/** The audit log window: filters on top, the decisions newest first, pages and export below. */
public final class AuditWindow {
    private final Stage stage = new Stage();
    private final AuditViewModel vm;
    private final TableView<AuditEntry> table = new TableView<>();

    public AuditWindow(Window owner, AuditViewModel vm, Consumer<Scene> style) {
        this.vm = vm;
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.setTitle("Audit log — ModDesk");
        Closing closing = new Closing(stage, vm::cancelExport);

        FilterCombo<String> moderator = new FilterCombo<>(vm.moderators(), vm.moderatorProperty(), "All moderators", m -> m);
        moderator.setId("audit-moderator");
        moderator.setPrefWidth(180);
        FilterCombo<String> action = new FilterCombo<>(vm.actions(), vm.actionProperty(), "All actions", a -> a);
        action.setId("audit-action");
        action.setPrefWidth(150);
        DatePicker from = new DatePicker();
        from.setId("audit-from");
        from.setPromptText("from");
        from.setPrefWidth(140);
        from.valueProperty().bindBidirectional(vm.fromProperty());
        DatePicker to = new DatePicker();
        to.setId("audit-to");
        to.setPromptText("to");
        to.setPrefWidth(140);
        to.valueProperty().bindBidirectional(vm.toProperty());
        Button clear = new Button("Clear filters");
        clear.setId("audit-clear");
        clear.getStyleClass().add("flat");
        clear.setOnAction(e -> vm.clearFilters());
        Button refresh = new Button("Refresh");
        refresh.setId("audit-refresh");
        refresh.setOnAction(e -> vm.load());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox filters = new HBox(8, moderator, action, from, new Label("–"), to, clear, gap, refresh);
        filters.setAlignment(Pos.CENTER_LEFT);
        filters.setPadding(new Insets(10));

        table.setId("audit-table");
        table.setItems(vm.rows());
        table.setPlaceholder(new Label("No decisions match these filters"));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column("When", 140, e -> Format.dateTimeMillis(e.at())));
        table.getColumns().add(column("Moderator", 120, AuditEntry::moderator));
        table.getColumns().add(column("Action", 90, AuditEntry::action));
        table.getColumns().add(column("From", 90, AuditEntry::fromStatus));
        table.getColumns().add(column("To", 90, AuditEntry::toStatus));
        table.getColumns().add(column("Comment", 80, e -> "#" + e.commentId()));
        table.getColumns().add(column("Site", 200, AuditEntry::site));
        table.getColumns().add(column("Group", 70, e -> e.groupId() == null ? "" : String.valueOf(e.groupId())));
        table.getColumns().forEach(c -> c.setSortable(false)); // always newest first: the store pages in that order

        Label page = new Label();
        page.setId("audit-page");
        page.textProperty().bind(vm.pageTextProperty());
        Button newer = new Button("‹ Newer");
        newer.setId("audit-newer");
        newer.disableProperty().bind(vm.hasNewerProperty().not());
        newer.setOnAction(e -> vm.newer());
        Button older = new Button("Older ›");
        older.setId("audit-older");
        older.disableProperty().bind(vm.hasOlderProperty().not());
        older.setOnAction(e -> vm.older());
        Button csv = new Button("Export CSV…");
        csv.setId("audit-export-csv");
        csv.setOnAction(e -> vm.chooseTargetAndExport(ExportFormat.CSV, LocalDate.now()));
        Button json = new Button("Export JSON…");
        json.setId("audit-export-json");
        json.setOnAction(e -> vm.chooseTargetAndExport(ExportFormat.JSON, LocalDate.now()));
        csv.disableProperty().bind(vm.exportingProperty().or(vm.totalProperty().isEqualTo(0)));
        json.disableProperty().bind(csv.disableProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("audit-progress");
        progress.setPrefWidth(140);
        progress.progressProperty().bind(vm.progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("audit-cancel");
        cancel.setOnAction(e -> vm.cancelExport());
        for (var n : new javafx.scene.Node[] {progress, cancel}) {
            n.visibleProperty().bind(vm.exportingProperty());
            n.managedProperty().bind(vm.exportingProperty());
        }
        Label message = new Label();
        message.setId("audit-message");
        message.getStyleClass().add("small");
        message.textProperty().bind(vm.messageProperty());
        Region gap2 = new Region();
        HBox.setHgrow(gap2, Priority.ALWAYS);
        HBox bottom = new HBox(8, newer, page, older, gap2, message, progress, cancel, csv, json,
                closing.button("audit-close"));
        bottom.setAlignment(Pos.CENTER_LEFT);
        bottom.setPadding(new Insets(8, 10, 10, 10));

        BorderPane root = new BorderPane(table, filters, null, bottom, null);
        root.getStyleClass().add("admin-window");
        VBox.setVgrow(table, Priority.ALWAYS);
        Scene scene = new Scene(root, 1040, 640);
        style.accept(scene);
        stage.setScene(scene);
        closing.keys(scene);
    }

    public void show() {
        vm.load();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static TableColumn<AuditEntry, String> column(String title, double width, Function<AuditEntry, String> value) {
        TableColumn<AuditEntry, String> c = new TableColumn<>(title);
        c.setId("audit-col-" + title.toLowerCase());
        c.setPrefWidth(width);
        c.setCellValueFactory(d -> new ReadOnlyStringWrapper(value.apply(d.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String s, boolean empty) {
                super.updateItem(s, empty);
                setText(empty ? null : s);
                getStyleClass().removeIf(k -> k.startsWith("status-"));
                if (!empty && s != null && (title.equals("To") || title.equals("From"))) {
                    getStyleClass().add("status-" + s);
                }
            }
        });
        return c;
    }
}
