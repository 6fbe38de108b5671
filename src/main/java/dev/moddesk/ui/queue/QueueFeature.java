package dev.moddesk.ui.queue;

import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.prefs.DeskPrefs;
import javafx.scene.Node;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The queue in the desk window: the table with the checked comments' banner above it, the search box, and what
 * the keys that move the cursor, check comments and search do.
 */
public final class QueueFeature {
    private final QueueTable table;
    private final SearchBox search;
    private final VBox pane;

    public QueueFeature(QueueViewModel queue, Commands commands) {
        table = new QueueTable(queue);
        search = new SearchBox(queue, table::requestFocus);
        SelectionBanner banner = new SelectionBanner(queue);
        pane = new VBox(banner, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        commands.on(DeskAction.NEXT, () -> queue.move(1));
        commands.on(DeskAction.PREVIOUS, () -> queue.move(-1));
        commands.on(DeskAction.PAGE_DOWN, () -> queue.move(10));
        commands.on(DeskAction.PAGE_UP, () -> queue.move(-10));
        commands.on(DeskAction.TOGGLE_CHECK, queue::toggleCurrent);
        commands.on(DeskAction.CHECK_VISIBLE, table::checkVisible);
        commands.on(DeskAction.CHECK_ALL, queue::selectAllMatching);
        commands.on(DeskAction.CLEAR_CHECKS, queue.selection()::clear);
        commands.on(DeskAction.SEARCH, () -> {
            search.requestFocus();
            search.selectAll();
        });
        commands.on(DeskAction.LEAVE_SEARCH, table::requestFocus);
    }

    /** The banner and the table. */
    public Node pane() {
        return pane;
    }

    /** The table itself (where F6 puts the keyboard). */
    public Node table() {
        return table;
    }

    public TextField searchBox() {
        return search;
    }

    /** The keyboard goes to the queue. */
    public void focus() {
        table.requestFocus();
    }

    /** The queue's rows and columns for text {@code scale} times the theme's size. */
    public void sizeForText(double scale) {
        table.sizeForText(ColumnsToText.NORMAL_PX * scale);
    }

    public void restore(DeskPrefs prefs) {
        table.restore(prefs);
    }

    public void save(DeskPrefs prefs) {
        table.save(prefs);
    }
}
