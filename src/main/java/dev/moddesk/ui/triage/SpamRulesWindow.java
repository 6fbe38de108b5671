package dev.moddesk.ui.triage;

import dev.moddesk.triage.MatchMode;
import dev.moddesk.ui.admin.Closing;
import dev.moddesk.ui.theme.ScreenFit;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.util.StringConverter;

/**
 * The Spam rules window: the two key lists as pasted from the site's Settings → Discussion, the maximum of links,
 * the two checkboxes, the match mode; a dry run over past decisions, and Save. Only wires controls to the view model.
 */
public final class SpamRulesWindow {
    static final String TITLE = "Spam rules — ModDesk";

    private final Stage stage = new Stage();
    private final SpamRulesViewModel vm;

    /** {@code mayClose} is asked before the window closes (with unsaved rules, it asks the user). */
    public SpamRulesWindow(Window owner, SpamRulesViewModel vm, Consumer<Scene> style, BooleanSupplier mayClose) {
        this.vm = vm;
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.setTitle(TITLE);
        Closing closing = new Closing(stage, vm::cancelDryRun, mayClose);

        Label intro = new Label("Paste from your site's Settings → Discussion: one word, name, URL, email, IP address "
                + "or user agent per line. A comment matching a moderation key waits in Pending; one matching a "
                + "disallowed key goes to the trash.");
        intro.setId("rules-intro");
        intro.setWrapText(true);
        intro.getStyleClass().add("small");

        TextArea moderation = keys("rules-moderation-keys", vm.moderationKeysProperty().get());
        moderation.textProperty().bindBidirectional(vm.moderationKeysProperty());
        TextArea disallowed = keys("rules-disallowed-keys", vm.disallowedKeysProperty().get());
        disallowed.textProperty().bindBidirectional(vm.disallowedKeysProperty());

        Spinner<Integer> links = new Spinner<>(0, 1000, 2);
        links.setId("rules-max-links");
        links.setEditable(true);
        links.setPrefWidth(90);
        links.getValueFactory().valueProperty().bindBidirectional(vm.maxLinksProperty());
        CheckBox previously = new CheckBox("Comment author must have a previously approved comment");
        previously.setId("rules-previously-approved");
        previously.selectedProperty().bindBidirectional(vm.previouslyApprovedProperty());
        CheckBox nameEmail = new CheckBox("Comment author must fill out name and email");
        nameEmail.setId("rules-require-name-email");
        nameEmail.selectedProperty().bindBidirectional(vm.requireNameEmailProperty());
        ComboBox<MatchMode> mode = new ComboBox<>();
        mode.setId("rules-match-mode");
        mode.getItems().setAll(MatchMode.values());
        mode.setConverter(new StringConverter<>() {
            @Override
            public String toString(MatchMode m) {
                return m == null ? "" : m.label();
            }

            @Override
            public MatchMode fromString(String s) {
                return null;
            }
        });
        mode.valueProperty().bindBidirectional(vm.matchModeProperty());

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(6);
        form.addRow(0, new Label("Moderation keys"), new Label("Disallowed keys"));
        form.addRow(1, moderation, disallowed);
        form.addRow(2, problem("rules-moderation-problem", vm.moderationProblemProperty()),
                problem("rules-disallowed-problem", vm.disallowedProblemProperty()));
        GridPane.setHgrow(moderation, Priority.ALWAYS);
        GridPane.setHgrow(disallowed, Priority.ALWAYS);
        GridPane.setVgrow(moderation, Priority.ALWAYS);
        GridPane.setVgrow(disallowed, Priority.ALWAYS);
        HBox linksRow = new HBox(8, new Label("Hold a comment with this many links or more (0: no limit)"), links);
        linksRow.setAlignment(Pos.CENTER_LEFT);
        HBox modeRow = new HBox(8, new Label("Match keys"), mode);
        modeRow.setAlignment(Pos.CENTER_LEFT);

        Button run = new Button("Dry run");
        run.setId("rules-dry-run");
        run.setOnAction(e -> vm.startDryRun());
        run.disableProperty().bind(vm.dryRun().runningProperty());
        ProgressBar progress = new ProgressBar();
        progress.setId("rules-progress");
        progress.setPrefWidth(160);
        progress.progressProperty().bind(vm.dryRun().progressProperty());
        Button cancel = new Button("Cancel");
        cancel.setId("rules-cancel");
        cancel.setOnAction(e -> vm.cancelDryRun());
        for (Node n : new Node[] {progress, cancel}) {
            n.visibleProperty().bind(vm.dryRun().runningProperty());
            n.managedProperty().bind(vm.dryRun().runningProperty());
        }
        Label result = new Label();
        result.setId("rules-result");
        result.getStyleClass().add("figure-title");
        result.textProperty().bind(vm.resultProperty());
        Label details = new Label();
        details.setId("rules-details");
        details.getStyleClass().add("small");
        details.setWrapText(true);
        details.textProperty().bind(vm.detailsProperty());
        HBox dryRow = new HBox(8, run, progress, cancel, result);
        dryRow.setAlignment(Pos.CENTER_LEFT);

        Label message = new Label();
        message.setId("rules-message");
        message.getStyleClass().add("small");
        message.textProperty().bind(vm.dryRun().messageProperty());
        Button save = new Button("Save");
        save.setId("rules-save");
        save.setOnAction(e -> vm.save());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bottom = new HBox(8, message, gap, save, closing.button("rules-close"));
        bottom.setAlignment(Pos.CENTER_LEFT);

        // the wrapped texts keep the lines they need; the key areas give up the room when the window is short
        intro.setMinHeight(Region.USE_PREF_SIZE);
        details.setMinHeight(Region.USE_PREF_SIZE);
        VBox body = new VBox(10, intro, form, linksRow, previously, nameEmail, modeRow, dryRow, details, bottom);
        VBox.setVgrow(form, Priority.ALWAYS);
        body.setPadding(new Insets(14));
        BorderPane root = new BorderPane(body);
        root.getStyleClass().add("admin-window");
        Scene scene = new Scene(root, 860, 620);
        style.accept(scene);
        stage.setScene(scene);
        closing.keys(scene);
    }

    /** Shows the window with the saved rules (read afresh in the background). */
    public void show() {
        vm.load();
        stage.show();
        stage.toFront();
    }

    public Stage stage() {
        return stage;
    }

    private static TextArea keys(String id, String text) {
        TextArea area = new TextArea(text);
        area.setId(id);
        area.setPrefRowCount(10);
        area.setPrefColumnCount(30);
        return area;
    }

    private static Label problem(String id, ReadOnlyStringProperty text) {
        Label l = new Label();
        l.setId(id);
        l.setWrapText(true);
        l.getStyleClass().add("danger");
        l.textProperty().bind(text);
        l.visibleProperty().bind(Bindings.isNotEmpty(text));
        l.managedProperty().bind(l.visibleProperty());
        return l;
    }
}
