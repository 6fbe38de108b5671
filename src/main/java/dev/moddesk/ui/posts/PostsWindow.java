package dev.moddesk.ui.posts;

import dev.moddesk.core.PostSummary;
import dev.moddesk.ui.admin.Closing;
import dev.moddesk.ui.filters.FiltersViewModel;
import dev.moddesk.ui.theme.ScreenFit;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.transformation.FilteredList;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The posts of the chosen site (of every site when none is), with how many of their comments are pending and
 * how many there are; a click on a post (or Enter) filters the queue to it, as the filter bar's post list does.
 * The counts are read again whenever the queue's counts change while the window is open.
 */
public final class PostsWindow {
    private final Window owner;
    private final FiltersViewModel filters;
    private final ObservableValue<?> changes;
    private final Consumer<Scene> style;
    private Stage stage;

    /** {@code changes}: what changes when decisions and syncs change the counts. Made at first show. */
    public PostsWindow(Window owner, FiltersViewModel filters, ObservableValue<?> changes, Consumer<Scene> style) {
        this.owner = owner;
        this.filters = filters;
        this.changes = changes;
        this.style = style;
    }

    public void show() {
        if (stage == null) {
            stage = make();
        }
        filters.refreshPosts();
        stage.show();
        stage.toFront();
    }

    private Stage make() {
        Stage stage = new Stage();
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.setTitle("Posts");
        TableView<PostSummary> table = new TableView<>(new FilteredList<>(filters.posts(),
                p -> p.postId() != FiltersViewModel.ALL_POSTS.postId()));
        table.setId("posts-table");
        table.setPlaceholder(new Label("No posts with comments"));
        TableColumn<PostSummary, String> title = new TableColumn<>("Post");
        title.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().title() == null
                || c.getValue().title().isBlank() ? "Post " + c.getValue().postId() : c.getValue().title()));
        title.setPrefWidth(380);
        TableColumn<PostSummary, Long> pending = new TableColumn<>("Pending");
        pending.setId("posts-pending");
        pending.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().pending()));
        TableColumn<PostSummary, Long> total = new TableColumn<>("All");
        total.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(c.getValue().total()));
        table.getColumns().addAll(java.util.List.of(title, pending, total));
        table.setOnMouseClicked(e -> choose(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                choose(table.getSelectionModel().getSelectedItem());
            }
        });
        Closing closing = new Closing(stage, () -> { });
        HBox buttons = closing.buttonRow("posts-close");
        BorderPane root = new BorderPane(table, null, null, buttons, null);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 600, 420);
        style.accept(scene);
        closing.keys(scene);
        stage.setScene(scene);
        changes.addListener((o, a, b) -> {
            if (stage.isShowing()) {
                filters.refreshPosts();
            }
        });
        return stage;
    }

    private void choose(PostSummary post) {
        if (post != null) {
            filters.choosePost(post);
        }
    }
}
