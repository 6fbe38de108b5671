package dev.moddesk.ui.editing;

import dev.moddesk.core.CommentText;
import dev.moddesk.core.QueueRow;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.queue.QueueViewModel;
import javafx.stage.Window;

/** {@code e} edits the highlighted comment and {@code r} replies to it, each in a {@link TextEditor}. */
public final class EditingFeature {
    private final Window owner;
    private final EditingViewModel editing;
    private final QueueViewModel queue;
    private final DialogService dialogs;

    public EditingFeature(Window owner, EditingViewModel editing, QueueViewModel queue, DialogService dialogs,
                          Commands commands) {
        this.owner = owner;
        this.editing = editing;
        this.queue = queue;
        this.dialogs = dialogs;
        commands.on(DeskAction.EDIT, this::edit);
        commands.on(DeskAction.REPLY, this::reply);
        commands.enabledWhen(DeskAction.EDIT, queue.currentProperty().isNotNull());
        commands.enabledWhen(DeskAction.REPLY, queue.currentProperty().isNotNull());
    }

    private void edit() {
        QueueRow row = queue.current();
        if (row != null) {
            editing.textOf(row, text -> new TextEditor(owner, "Edit the comment by " + row.author(), text, false,
                    dialogs, edited -> editing.edit(row, edited)).show());
        }
    }

    private void reply() {
        QueueRow row = queue.current();
        if (row != null) {
            new TextEditor(owner, "Reply to " + row.author(), new CommentText("", "", "", ""), true, dialogs,
                    written -> editing.reply(row, written.content())).show();
        }
    }
}
