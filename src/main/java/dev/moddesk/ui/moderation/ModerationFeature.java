package dev.moddesk.ui.moderation;

import dev.moddesk.app.moderation.DeskActions;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Status;
import dev.moddesk.ui.actions.ActionFactory;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.actions.Target;
import dev.moddesk.ui.queue.QueueViewModel;
import dev.moddesk.ui.theme.Icons;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.scene.Node;
import javafx.scene.control.Button;

/**
 * Decisions in the desk window: what the decision actions do (approve, unapprove, spam, restore, trash, the
 * conflicts' keep mine and take the site's, undo and redo), and their tool-bar buttons.
 */
public final class ModerationFeature {
    private final ModerationViewModel moderation;
    private final QueueViewModel queue;

    public ModerationFeature(ModerationViewModel moderation, QueueViewModel queue, Commands commands) {
        this.moderation = moderation;
        this.queue = queue;
        commands.onTarget(DeskAction.APPROVE, t -> decide(ModerationAction.APPROVE, t));
        commands.onTarget(DeskAction.HOLD, t -> decide(ModerationAction.HOLD, t));
        commands.onTarget(DeskAction.SPAM, t -> decide(ModerationAction.SPAM, t));
        commands.onTarget(DeskAction.RESTORE, t -> decide(ModerationAction.RESTORE, t));
        commands.onTarget(DeskAction.TRASH, t -> decide(moderation.trashKeyAction(), t));
        commands.onTarget(DeskAction.KEEP_MINE, t -> resolve(true, t));
        commands.onTarget(DeskAction.TAKE_SITE, t -> resolve(false, t));
        commands.on(DeskAction.UNDO, moderation::undo);
        commands.on(DeskAction.REDO, moderation::redo);
        commands.on(DeskAction.EMPTY_SPAM, () -> moderation.empty(Status.SPAM));
        commands.on(DeskAction.EMPTY_TRASH, () -> moderation.empty(Status.TRASH));
        commands.enabledWhen(DeskAction.UNDO, moderation.canUndoProperty());
        commands.enabledWhen(DeskAction.REDO, moderation.canRedoProperty());
        // a decision's button and menu item need a comment to act on: the highlighted one or the checked ones
        BooleanBinding something = queue.currentProperty().isNotNull()
                .or(queue.selection().countProperty().greaterThan(0));
        for (DeskAction a : List.of(DeskAction.APPROVE, DeskAction.HOLD, DeskAction.SPAM, DeskAction.RESTORE,
                DeskAction.TRASH, DeskAction.KEEP_MINE, DeskAction.TAKE_SITE)) {
            commands.enabledWhen(a, something);
        }
    }

    private void decide(ModerationAction action, Target target) {
        if (target == Target.CHECKED) {
            moderation.actOnSelection(action);
        } else {
            moderation.act(action);
        }
    }

    /** Only where there is a conflict to settle: in the Conflicts view, or on a comment in conflict. */
    private void resolve(boolean keepMine, Target target) {
        QueueRow current = queue.current();
        if (queue.query().filter().conflictsOnly() || current != null && current.conflict()) {
            moderation.resolve(keepMine, target == Target.CHECKED);
        }
    }

    /** Approve, Unapprove, Spam, Restore, Trash, Keep mine and Take the site's (in the Conflicts view), Undo, Redo. */
    public List<Node> toolBarButtons(ActionFactory actions) {
        Button keep = actions.button(DeskAction.KEEP_MINE);
        Button take = actions.button(DeskAction.TAKE_SITE);
        BooleanBinding inConflicts = Bindings.createBooleanBinding(() -> queue.query().filter().conflictsOnly(),
                queue.queryProperty());
        for (Button b : List.of(keep, take)) {
            b.visibleProperty().bind(inConflicts);
            b.managedProperty().bind(inConflicts);
        }
        // Undo and Redo by their icons (their tooltips name them): with Keep mine and Take the site's in the
        // Conflicts view the bar would not fit 1280 pixels otherwise, and Sync and ? would go into its overflow
        return List.of(actions.button(DeskAction.APPROVE), actions.button(DeskAction.HOLD),
                actions.button(DeskAction.SPAM), actions.button(DeskAction.RESTORE), trashButton(actions), keep, take,
                actions.iconButton(DeskAction.UNDO), actions.iconButton(DeskAction.REDO));
    }

    /** "Trash", or "Delete permanently" in the Spam and Trash views, as the d key. */
    private Button trashButton(ActionFactory actions) {
        Button trash = actions.button(DeskAction.TRASH);
        trash.getStyleClass().add("danger");
        Runnable follow = () -> {
            ModerationAction now = moderation.trashKeyAction();
            trash.setText(DeskActions.label(now));
            Icons.on(trash, now == ModerationAction.DELETE ? Icons.DELETE : Icons.TRASH);
        };
        queue.queryProperty().addListener((o, a, b) -> follow.run());
        follow.run();
        return trash;
    }
}
