package dev.moddesk.ui.queue;

import dev.moddesk.ui.Format;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Pos;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;

/** Above the queue while comments are checked: how many, "Check all … matching this view", "Clear selection". */
public final class SelectionBanner extends HBox {
    private final QueueViewModel queue;
    private final Label count = new Label();
    private final Hyperlink all = new Hyperlink();

    public SelectionBanner(QueueViewModel queue) {
        super(10);
        this.queue = queue;
        count.setId("selection-count");
        all.setId("select-all-matching");
        all.setOnAction(e -> queue.selectAllMatching());
        Hyperlink clear = new Hyperlink("Clear selection");
        clear.setId("clear-selection");
        clear.setOnAction(e -> queue.selection().clear());
        getChildren().addAll(count, all, clear);
        setId("selection-banner");
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("selection-banner");
        queue.selection().versionProperty().addListener((o, a, b) -> update());
        queue.totalProperty().addListener((o, a, b) -> update());
        BooleanBinding show = Bindings.createBooleanBinding(() -> !queue.selection().isEmpty(),
                queue.selection().versionProperty());
        visibleProperty().bind(show);
        managedProperty().bind(show);
        update();
    }

    private void update() {
        long n = queue.selection().countProperty().get();
        boolean allMatching = queue.selection().isAllMatching();
        count.setText(allMatching ? "Checked: all " + Format.count(n, "comment") + " matching this view."
                : Format.count(n) + " checked.");
        all.setText("Check all " + Format.count(queue.totalProperty().get()) + " matching this view");
        all.setVisible(!allMatching);
        all.setManaged(!allMatching);
    }
}
