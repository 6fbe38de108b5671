package dev.moddesk.ui.queue;

import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.ui.Format;
import java.util.List;
import java.util.function.ToLongFunction;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;

/**
 * The status views down the side (Pending, Approved, Spam, Trash, Conflicts, All), each with its live count
 * under the current filters (what a click on it would show).
 */
public final class StatusViews extends ListView<StatusViews.View> {
    /** One entry: its name, the filter it shows, and where its count comes from. */
    public record View(String name, QueueFilter filter, ToLongFunction<StatusCounts> count) { }

    public static final List<View> VIEWS = List.of(
            new View("Pending", QueueFilter.pending(), StatusCounts::pending),
            new View("Approved", new QueueFilter(Status.APPROVED, false, null), StatusCounts::approved),
            new View("Spam", new QueueFilter(Status.SPAM, false, null), StatusCounts::spam),
            new View("Trash", new QueueFilter(Status.TRASH, false, null), StatusCounts::trash),
            new View("Conflicts", QueueFilter.conflicts(), StatusCounts::conflicts),
            new View("All", QueueFilter.all(), StatusCounts::total));

    private final QueueViewModel vm;
    private boolean syncing;

    public StatusViews(QueueViewModel vm) {
        this.vm = vm;
        setId("views");
        getStyleClass().add("status-views");
        getItems().setAll(VIEWS);
        setCellFactory(l -> new ViewCell());
        getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (!syncing && b != null && !sameView(b.filter(), vm.query().filter())) {
                vm.show(b.filter());
            }
        });
        vm.queryProperty().addListener((o, a, b) -> select(b.filter()));
        vm.viewCountsProperty().addListener((o, a, b) -> refresh());
        select(vm.query().filter());
    }

    /** The name of the view showing {@code f} ("All" for every status). */
    public static String nameOf(QueueFilter f) {
        return VIEWS.stream().filter(v -> sameView(v.filter(), f)).map(View::name).findFirst().orElse("All");
    }

    public static QueueFilter byName(String name) {
        return VIEWS.stream().filter(v -> v.name().equalsIgnoreCase(name)).map(View::filter).findFirst()
                .orElse(QueueFilter.pending());
    }

    private static boolean sameView(QueueFilter a, QueueFilter b) {
        return a.conflictsOnly() == b.conflictsOnly() && a.status() == b.status();
    }

    private void select(QueueFilter f) {
        syncing = true;
        try {
            for (View v : VIEWS) {
                if (sameView(v.filter(), f)) {
                    getSelectionModel().select(v);
                    return;
                }
            }
            getSelectionModel().clearSelection();
        } finally {
            syncing = false;
        }
    }

    private final class ViewCell extends ListCell<View> {
        private final Label name = new Label();
        private final Label count = new Label();
        private final Region gap = new Region();
        private final HBox box = new HBox(8, name, gap, count);

        ViewCell() {
            HBox.setHgrow(gap, Priority.ALWAYS);
            count.getStyleClass().add("view-count");
        }

        @Override
        protected void updateItem(View item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setId(null);
                return;
            }
            setId("view-" + item.name().toLowerCase(java.util.Locale.ROOT));
            name.setText(item.name());
            count.setText(Format.count(item.count().applyAsLong(vm.viewCountsProperty().get())));
            setGraphic(box);
        }
    }
}
