package dev.moddesk.ui.editing;

import dev.moddesk.core.CannedReply;
import dev.moddesk.core.CommentText;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Status;
import dev.moddesk.ui.actions.ActionFactory;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.queue.QueueViewModel;
import java.util.List;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * {@code e} edits the highlighted comment and {@code r} replies to it (Shift+R, Approve and reply, on a pending
 * one), each in a {@link TextEditor}. One editor at
 * a time; while it is open, moving to another comment or closing the desk window with unsaved text in it asks
 * first (Keep editing puts the cursor back on the comment being written about).
 */
public final class EditingFeature {
    private final Window owner;
    private final EditingViewModel editing;
    private final QueueViewModel queue;
    private final DialogService dialogs;
    private final Supplier<List<CannedReply>> canned;
    private TextEditor open;
    private long openRowId;
    /** Where the comment being written about was last seen in the queue, to go back to. */
    private int openCursor;
    private boolean asking;

    /** {@code canned}: the canned replies as Settings keeps them now. */
    public EditingFeature(Window owner, EditingViewModel editing, QueueViewModel queue, DialogService dialogs,
                          Supplier<List<CannedReply>> canned, Commands commands) {
        this.owner = owner;
        this.canned = canned;
        this.editing = editing;
        this.queue = queue;
        this.dialogs = dialogs;
        commands.on(DeskAction.EDIT, this::edit);
        commands.on(DeskAction.REPLY, this::reply);
        commands.on(DeskAction.APPROVE_AND_REPLY, () -> { // a reply approves a pending comment first
            if (queue.current() != null && queue.current().status() == Status.PENDING) {
                reply();
            }
        });
        commands.enabledWhen(DeskAction.EDIT, queue.currentProperty().isNotNull());
        commands.enabledWhen(DeskAction.REPLY, queue.currentProperty().isNotNull());
        commands.enabledWhen(DeskAction.APPROVE_AND_REPLY, Bindings.createBooleanBinding(() -> queue.current() != null
                && queue.current().status() == Status.PENDING, queue.currentProperty()));
        queue.currentProperty().addListener((o, was, now) -> moved(now));
        owner.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (open != null && !open.closeAskingFirst()) {
                e.consume();
                open.toFront();
            }
        });
    }

    /**
     * Edit and Reply for the tool bar, by their icons (their tooltips name them); not in the Conflicts view,
     * whose comments cannot be edited before they are settled (and whose Keep mine and Take the site's need
     * the room at 1280 pixels).
     */
    public List<Node> toolBarButtons(ActionFactory actions) {
        BooleanBinding outsideConflicts = Bindings.createBooleanBinding(() -> !queue.query().filter().conflictsOnly(),
                queue.queryProperty());
        List<Node> buttons = List.of(actions.iconButton(DeskAction.EDIT), actions.iconButton(DeskAction.REPLY));
        for (Node b : buttons) {
            b.visibleProperty().bind(outsideConflicts);
            b.managedProperty().bind(outsideConflicts);
        }
        return buttons;
    }

    private void edit() {
        QueueRow row = queue.current();
        if (row != null && mayOpenFor(row)) {
            editing.textOf(row, text -> opened(row, new TextEditor(owner, "Edit the comment by " + row.author(), text,
                    false, List.of(), dialogs, edited -> editing.edit(row, edited))));
        }
    }

    private void reply() {
        QueueRow row = queue.current();
        if (row != null && mayOpenFor(row)) {
            List<CannedReply> filled = canned.get().stream()
                    .map(c -> new CannedReply(c.name(), c.fill(row.author(), row.postTitle()))).toList();
            opened(row, new TextEditor(owner, "Reply to " + row.author(), new CommentText("", "", "", ""), true,
                    filled, dialogs, written -> editing.reply(row, written.content())));
        }
    }

    /**
     * True when a new editor may open for {@code row}: none is open, or the one open for another comment was
     * closed (after asking); the one already open for {@code row} comes to the front instead.
     */
    private boolean mayOpenFor(QueueRow row) {
        if (open == null) {
            return true;
        }
        if (openRowId == row.rowId()) {
            open.toFront();
            return false;
        }
        return open.closeAskingFirst();
    }

    private void opened(QueueRow row, TextEditor editor) {
        open = editor;
        openRowId = row.rowId();
        openCursor = queue.cursor();
        editor.onClosed(() -> {
            if (open == editor) {
                open = null;
            }
        });
        editor.show();
    }

    /**
     * The cursor moved while an editor is open: still on its comment (the queue was read again), nothing to do;
     * on another, the editor is left, after asking when it holds unsaved text.
     */
    private void moved(QueueRow now) {
        if (open == null || now == null) {
            return; // null: the row's page is on the way
        }
        if (now.rowId() == openRowId) {
            openCursor = queue.cursor();
            return;
        }
        if (!asking) {
            asking = true;
            Platform.runLater(this::askToLeave); // not inside the property's change: the question waits for an answer
        }
    }

    private void askToLeave() {
        asking = false;
        TextEditor editor = open;
        QueueRow now = queue.current();
        if (editor == null || now == null || now.rowId() == openRowId) {
            return;
        }
        if (!editor.closeAskingFirst()) {
            queue.cursorProperty().set(openCursor);
            editor.toFront();
        }
    }
}
