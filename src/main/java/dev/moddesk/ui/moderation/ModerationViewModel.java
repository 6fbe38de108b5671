package dev.moddesk.ui.moderation;

import dev.moddesk.app.moderation.DeskActions;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.moderation.Outcome;
import dev.moddesk.app.moderation.UndoAttempt;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Resolution;
import dev.moddesk.core.Status;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.OneAtATime;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.queue.QueueViewModel;
import dev.moddesk.ui.queue.Selection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * Decisions from the window: on the comment under the cursor (then the cursor moves to the next one), on
 * the checked comments or on all matching the view (one background transaction, one undo step, a question
 * first when destructive), undo and redo, conflict resolution. Writes go to the WRITE lane one after another.
 */
public final class ModerationViewModel {
    private final Background background;
    private final Moderation moderation;
    private final QueueViewModel queue;
    private final DialogService dialogs;
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanProperty canUndo = new SimpleBooleanProperty();
    private final BooleanProperty canRedo = new SimpleBooleanProperty();
    private final IntegerProperty queued = new SimpleIntegerProperty();
    private final StringProperty holder = new SimpleStringProperty("");
    private final StringBinding waiting = Bindings.createStringBinding(this::describeWaiting, queued, holder);
    private final OneAtATime undoState = new OneAtATime(this::readUndoState);
    private boolean closed;
    private Runnable stepConfirmed = () -> { };

    public ModerationViewModel(Background background, Moderation moderation, QueueViewModel queue,
                               DialogService dialogs) {
        this.background = background;
        this.moderation = moderation;
        this.queue = queue;
        this.dialogs = dialogs;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }

    public StringProperty messageProperty() {
        return message;
    }

    public BooleanProperty canUndoProperty() {
        return canUndo;
    }

    public BooleanProperty canRedoProperty() {
        return canRedo;
    }

    /**
     * What holds the database's writer now, for a person ("the import", "the sync"), or empty: decisions made
     * meanwhile wait in their lane and are recorded after it.
     */
    public StringProperty holderProperty() {
        return holder;
    }

    /** "Waiting for the import to finish: …" while decisions wait behind something else; empty otherwise. */
    public StringBinding waitingProperty() {
        return waiting;
    }

    private String describeWaiting() {
        int n = queued.get();
        if (n == 0 || holder.get().isEmpty()) {
            return "";
        }
        return "Waiting for " + holder.get() + " to finish: " + Format.count(n, "decision") + " will be recorded then";
    }

    /** {@code action} on the comment under the cursor; the cursor moves on to the next comment at once. */
    public void act(ModerationAction action) {
        QueueRow row = highlighted();
        if (row == null) {
            return;
        }
        if (DeskActions.asksFirst(action, 1) && !dialogs.confirm("Delete permanently?",
                "Delete the comment by " + row.author() + " permanently? It is removed from the site at the next push. "
                        + "Undo (z) brings it back until then.", "Delete permanently")) {
            return;
        }
        queue.move(1);
        write("", () -> moderation.decide(List.of(row.rowId()), action),
                o -> describe(action, o));
    }

    /**
     * The comment under the cursor, the one highlighted and in the detail pane; null when there is none. An
     * action while its row is still loading is dropped, not kept for later: the moderator has not seen that
     * comment yet, and a refresh may yet put another one at that place.
     */
    private QueueRow highlighted() {
        QueueRow row = queue.current();
        if (row == null && queue.isCursorLoading()) {
            message.set("The highlighted comment is still loading: nothing done");
        }
        return row;
    }

    /** {@code d}: trash, or delete permanently in the Spam and Trash views. */
    public ModerationAction trashKeyAction() {
        return DeskActions.trashKey(queue.query().filter());
    }

    /**
     * {@code action} on the checked comments, or on every comment matching the view when that is selected;
     * on the current comment when nothing is checked.
     */
    public void actOnSelection(ModerationAction action) {
        Selection sel = queue.selection();
        if (sel.isEmpty()) {
            act(action);
            return;
        }
        boolean all = sel.isAllMatching();
        List<Long> ids = sel.ids();
        long n = all ? sel.countProperty().get() : ids.size();
        String verb = DeskActions.label(action);
        if (DeskActions.asksFirst(action, n)
                && !dialogs.confirm(verb + " " + Format.count(n, "comment") + "?",
                verb + " " + (all ? Format.count(n, "comment") + " matching this view" : Format.count(n, "checked comment"))
                        + "? This is one step: undo (z) reverts all of it.", verb)) {
            return;
        }
        QueueQuery view = queue.query();
        sel.clear();
        write(verb + " " + Format.count(n, "comment") + "…",
                () -> all ? moderation.decideAll(view, action) : moderation.decide(ids, action),
                o -> describe(action, o));
    }

    /**
     * {@code action} on every comment {@code view} matches, after a question that shows their count and what
     * {@code note} adds (read beside the count, off the UI thread); one undo step. {@code what} names the comments
     * ("pending comments scoring 0.50 or more").
     */
    public void actOnAll(QueueQuery view, ModerationAction action, String what, Supplier<String> note) {
        String verb = DeskActions.label(action);
        countAskAct(view, action, note, verb + ": no " + what, (n, said) -> new Question(
                verb + " " + Format.count(n, "comment") + "?", verb + " " + Format.count(n, "comment") + ": the "
                + what + ". " + said + "\nThis is one step: undo (z) reverts all of it.", verb,
                verb + " " + Format.count(n, "comment") + "…"), o -> describe(action, o));
    }

    /**
     * Empty spam / Empty trash: counts what the view holds (all of it, whatever the filters show now), asks with the
     * number, then deletes every one of them permanently as one step (undo brings them all back until the
     * push). A decision's usual backup comes first when there are many.
     */
    public void empty(Status view) {
        QueueQuery all = QueueQuery.of(new QueueFilter(view, false, null));
        String name = view == Status.SPAM ? "spam" : "trash";
        countAskAct(all, ModerationAction.DELETE, () -> "", "Nothing in " + name + " to delete", (n, said) -> {
            String what = Format.count(n, "comment") + (view == Status.SPAM ? " in Spam" : " in the Trash");
            return new Question("Empty " + name + "?", "Delete " + what + " permanently? They are removed from "
                    + "the site at the next push. This is one step: undo (z) brings all of them back until then.",
                    "Delete " + Format.count(n, "comment"), "Emptying " + name + "…");
        }, o -> "Emptied " + name + ": " + Format.count(o.changed(), "comment") + " deleted permanently");
    }

    /**
     * Counts {@code view} (and reads {@code note}) on the write lane, asks the question made from both, then applies
     * {@code action} to all of it as one step; says {@code nothing} when the view is empty.
     */
    private void countAskAct(QueueQuery view, ModerationAction action, Supplier<String> note, String nothing, Ask ask,
                             Describe done) {
        background.run(Lane.WRITE, () -> new Counted(moderation.countAll(view), note.get()), counted -> {
            if (counted.n() == 0) {
                message.set(nothing);
                return;
            }
            Question q = ask.question(counted.n(), counted.note());
            if (!dialogs.confirm(q.title(), q.body(), q.ok())) {
                return;
            }
            stepConfirmed.run();
            write(q.during(), () -> moderation.decideAll(view, action), done);
        }, this::failed);
    }

    private record Counted(long n, String note) { }

    /** What is asked first, and what the status bar says while it is done. */
    private record Question(String title, String body, String ok, String during) { }

    private interface Ask {
        Question question(long n, String note);
    }

    /** Settles the conflict under the cursor, or the checked ones. */
    public void resolve(boolean keepMine, boolean onSelection) {
        Selection sel = queue.selection();
        String verb = keepMine ? "Kept your decision" : "Took the site's status";
        if (onSelection && !sel.isEmpty()) {
            boolean all = sel.isAllMatching();
            List<Long> ids = sel.ids();
            long n = all ? sel.countProperty().get() : ids.size();
            String how = keepMine ? "Keep your decision" : "Take the site's status";
            if (DeskActions.asksFirst(n) && !dialogs.confirm(how + " for " + Format.count(n, "comment") + "?",
                    how + " for " + Format.count(n, "conflict") + "? This is one step: undo (z) reverts all of it.",
                    how)) {
                return;
            }
            QueueQuery view = queue.query();
            sel.clear();
            write("Resolving conflicts…", () -> {
                long resolved = all ? moderation.resolveAll(view, how(keepMine)) : moderation.resolve(ids, how(keepMine));
                return new Outcome(resolved, 0);
            }, o -> verb + " for " + Format.count(o.changed(), "comment"));
            return;
        }
        QueueRow row = highlighted();
        if (row == null) {
            return;
        }
        queue.move(1);
        write("", () -> new Outcome(moderation.resolve(List.of(row.rowId()), how(keepMine)), 0),
                o -> verb + " for " + row.author());
    }

    private static Resolution how(boolean keepMine) {
        return keepMine ? Resolution.KEEP_MINE : Resolution.TAKE_SITE;
    }

    /**
     * Reverts the newest step when this desk made it; a step made elsewhere (a script or another window on this
     * database, or this desk before it was restarted) is reverted only once the moderator, asked, says so.
     */
    public void undo() {
        UndoAttempt[] attempt = new UndoAttempt[1];
        write("Undoing…", () -> {
            attempt[0] = moderation.undoOwn();
            return attempt[0].undone();
        }, o -> {
            UndoAttempt.Step elsewhere = attempt[0].elsewhere();
            if (elsewhere != null) {
                askToUndo(elsewhere);
                return message.get(); // what asking said, or the undo it started
            }
            return o == null ? "Nothing to undo" : undone(o);
        });
    }

    private void askToUndo(UndoAttempt.Step step) {
        message.set("Undo: a step made elsewhere, asking first"); // nothing is being undone while it asks
        if (dialogs.confirm("Undo a step made elsewhere?", "The newest step, “" + step.label() + "”"
                + comments(step) + " by " + step.moderator() + " at " + Format.dateTimeMillis(step.at())
                + ", was not made in this window: it "
                + "came from another program or window using this database, or from before this window opened. "
                + "Undo it?", "Undo it", "Cancel")) {
            write("Undoing…", () -> moderation.undo(step.group()).orElse(null),
                    o -> o == null ? "Nothing undone: another step came after it" : undone(o));
        } else {
            message.set("Nothing undone");
        }
    }

    /** " (comment 105)", " (comments …, 7, 8, 9)": which comments a step decided, as the site numbers them. */
    private static String comments(UndoAttempt.Step step) {
        List<Long> ids = step.lastComments();
        if (ids.isEmpty()) {
            return "";
        }
        String listed = ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
        return ids.size() == 1 && !step.more() ? " (comment " + listed + ")"
                : " (comments " + (step.more() ? "…, " : "") + listed + ")";
    }

    private static String undone(Outcome o) {
        return "Undone: " + Format.count(o.changed(), "comment") + " back";
    }

    public void redo() {
        write("Redoing…", () -> moderation.redo().orElse(null),
                o -> o == null ? "Nothing to redo" : "Redone: " + Format.count(o.changed(), "comment"));
    }

    /** Re-reads whether undo and redo have something to do (after an import, say). */
    public void refreshUndoState() {
        undoState.request();
    }

    /**
     * Runs {@code r} when a step over many comments was confirmed (the desk puts the keyboard on the queue, so that
     * the undo the question offers undoes it rather than the typing in a filter field).
     */
    public void onStepConfirmed(Runnable r) {
        stepConfirmed = r;
    }

    /** Reads no more: a read asked for after the window closed would find the write lane stopped. */
    public void close() {
        closed = true;
    }

    /** One read at a time: it waits on the write lane behind whatever runs there. */
    private void readUndoState(Runnable done) {
        if (closed) {
            done.run();
            return;
        }
        background.run(Lane.WRITE, this::undoState, state -> {
            show(state);
            done.run();
        }, e -> {
            done.run();
            failed(e);
        });
    }

    private record UndoState(boolean canUndo, boolean canRedo) { }

    /** A decision's outcome and what undo and redo can do after it. */
    private record Written(Outcome outcome, UndoState undo) { }

    /** On the write lane. */
    private UndoState undoState() {
        return new UndoState(moderation.canUndo(), moderation.canRedo());
    }

    private void show(UndoState state) {
        canUndo.set(state.canUndo());
        canRedo.set(state.canRedo());
    }

    private interface Work {
        Outcome run();
    }

    private interface Describe {
        String text(Outcome o);
    }

    private void write(String during, Work work, Describe done) {
        queued.set(queued.get() + 1);
        busy.set(true);
        if (!during.isEmpty()) {
            message.set(during);
        }
        background.run(Lane.WRITE, () -> {
            Outcome o = work.run();
            return new Written(o, undoState());
        }, r -> {
            finished();
            show(r.undo());
            message.set(done.text(r.outcome()));
            queue.reload();
        }, e -> {
            finished();
            failed(e);
            queue.reload();
        });
    }

    private void finished() {
        queued.set(queued.get() - 1);
        busy.set(queued.get() > 0);
    }

    private void failed(Throwable e) {
        message.set("Failed: " + e.getMessage());
        dialogs.showError("The decision was not recorded", String.valueOf(e.getMessage()));
    }

    private static String describe(ModerationAction action, Outcome o) {
        String what = DeskActions.label(action);
        if (o.changed() == 0) {
            return what + ": nothing changed";
        }
        return what + ": " + Format.count(o.changed(), "comment")
                + (o.unchanged() > 0 ? " (" + Format.count(o.unchanged()) + " already there)" : "");
    }
}
