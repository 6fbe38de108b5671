package dev.moddesk.ui.queue;

import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/** Down the left: the status views with their counts (Ctrl+1 … Ctrl+6). */
public final class ViewsSidebar extends VBox {
    private final StatusViews views;

    /** The actions that show the views, in the order of {@link StatusViews#VIEWS}. */
    private static final List<DeskAction> SHOW = List.of(DeskAction.SHOW_PENDING, DeskAction.SHOW_APPROVED,
            DeskAction.SHOW_SPAM, DeskAction.SHOW_TRASH, DeskAction.SHOW_CONFLICTS, DeskAction.SHOW_ALL);

    public ViewsSidebar(QueueViewModel queue, Commands commands) {
        super(8);
        for (int i = 0; i < SHOW.size(); i++) {
            StatusViews.View view = StatusViews.VIEWS.get(i);
            commands.on(SHOW.get(i), () -> queue.show(view.filter()));
        }
        Label title = new Label("Views");
        title.getStyleClass().add("section-label");
        views = new StatusViews(queue);
        getChildren().addAll(title, views);
        setPadding(new Insets(8));
        getStyleClass().add("sidebar");
        VBox.setVgrow(views, Priority.ALWAYS);
    }

    /** The list of views (where F6 puts the keyboard). */
    public Node list() {
        return views;
    }
}
