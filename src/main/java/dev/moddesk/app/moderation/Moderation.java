package dev.moddesk.app.moderation;

import dev.moddesk.app.AppInfo;
import dev.moddesk.app.health.Backups;
import dev.moddesk.core.CommentText;
import dev.moddesk.core.DecisionRule;
import dev.moddesk.core.EditRule;
import dev.moddesk.core.GroupKind;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.ModerationState;
import dev.moddesk.core.Move;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Resolution;
import dev.moddesk.core.Status;
import dev.moddesk.store.Database;
import dev.moddesk.store.DecisionStep.Snapshot;
import dev.moddesk.store.DecisionStep.StateClass;
import dev.moddesk.store.DecisionStep;
import dev.moddesk.store.ModerationStore;
import dev.moddesk.store.QueuePages;
import dev.moddesk.store.TextChanges;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The moderator's writes: decisions on chosen comments or on everything a view matches, conflict resolution,
 * undo and redo. {@link DecisionRule} decides every move: it is asked once for each state the chosen comments
 * are in, and the store moves every comment of that state at once (100,000 comments are a handful of
 * statements). Each call is one transaction and, when it changes something, one step of the undo history. Uses
 * the database's writer connection: call it from one thread only (the desk's write lane). A decision on more than
 * {@value #BULK_BACKUP_ABOVE} comments comes after an automatic backup ({@link Backups}).
 */
public final class Moderation {
    /** A decision on more comments than this is a bulk action that an automatic backup comes before. */
    static final int BULK_BACKUP_ABOVE = 1_000;
    /** How many of a step's comments the question about a step made elsewhere names. */
    static final int NAMED = 3;

    private final Database db;
    private final ModerationStore store;
    private final QueuePages pages;
    private final Supplier<String> moderator;

    public Moderation(Database db, Supplier<String> moderator) {
        this.db = db;
        this.store = new ModerationStore(db);
        this.pages = new QueuePages(db.writer());
        this.moderator = moderator;
    }

    public String moderator() {
        String m = moderator.get();
        return m == null || m.isBlank() ? AppInfo.defaultModerator() : m.strip();
    }

    /** Applies {@code action} to the comments (row ids); comments already there or frozen count as unchanged. */
    public Outcome decide(List<Long> rowIds, ModerationAction action) {
        if (rowIds.isEmpty()) {
            return new Outcome(0, 0);
        }
        if (rowIds.size() > BULK_BACKUP_ABOVE) {
            Backups.before(db, "bulk");
        }
        long changed = store.write("cannot record the decision", step -> {
            step.choose(rowIds);
            if (action == ModerationAction.RESTORE) {
                step.noteWhereTheyCameFrom();
            }
            return record(step, GroupKind.DECIDE, null, action.word() + " " + rowIds.size(), k -> (action == ModerationAction.RESTORE
                    ? DecisionRule.restoreTarget(k.state().effective(), Optional.ofNullable(k.cameFrom()))
                    : action.target()).flatMap(t -> DecisionRule.move(k.state(), t, action.word())));
        });
        return new Outcome(changed, rowIds.size() - changed);
    }

    /**
     * Edits a comment (row id): each non-null field replaces the comment's. One step of the undo history, with an
     * audit line of the text before and after; queued for the site against the text the site has, by
     * {@link EditRule}. Returns 1 when the text changed, 0 when it was that already.
     *
     * @throws TextRefused for a comment that does not exist, is in conflict, or is lost to the site
     */
    public long edit(long rowId, String content, String author, String email, String url) {
        return store.write("cannot record the edit", step -> {
            TextChanges texts = step.texts();
            TextChanges.TextState s = editable(texts, rowId, "edit");
            CommentText target = s.text().with(content, author, email, url);
            if (target.equals(s.text())) {
                return 0L;
            }
            texts.setText(step.newGroup(GroupKind.DECIDE, null, "edit 1", moderator(), System.currentTimeMillis()),
                    s, target, "edit");
            return 1L;
        });
    }

    /** The editable text of a comment (row id) as it stands here; empty when there is no such comment. */
    public Optional<CommentText> text(long rowId) {
        return store.write("cannot read the comment", step -> step.texts().state(rowId).map(TextChanges.TextState::text));
    }

    /**
     * Writes a reply under a comment (row id), by the site's user (the saved site's account, else the moderator):
     * a comment of its own at once, not yet on the site, queued. Replying to a pending comment approves it first,
     * as WordPress does; both are one step of the undo history. Returns the reply's local id (negative).
     *
     * @throws TextRefused for a comment that does not exist, is in conflict, or is lost to the site
     */
    public long reply(long parentRowId, String content) {
        if (content == null || content.isBlank()) {
            throw new TextRefused("a reply needs some content");
        }
        return store.write("cannot record the reply", step -> {
            TextChanges texts = step.texts();
            TextChanges.TextState parent = editable(texts, parentRowId, "reply to");
            DecisionStep.Group group = step.newGroup(GroupKind.DECIDE, null, "reply 1", moderator(),
                    System.currentTimeMillis());
            if (parent.effective() == Status.PENDING) {
                step.choose(List.of(parentRowId));
                step.plan(moves(step, k -> DecisionRule.move(k.state(), Status.APPROVED,
                        ModerationAction.APPROVE.word())));
                step.apply(group);
            }
            return texts.reply(group, parent, content, texts.siteUser(parent.siteId()).orElseGet(this::moderator));
        });
    }

    private static TextChanges.TextState editable(TextChanges texts, long rowId, String what) {
        TextChanges.TextState s = texts.state(rowId).orElseThrow(() -> new TextRefused("no comment to " + what));
        if (s.conflict()) {
            throw new TextRefused("comment " + s.remoteId() + " is in conflict: resolve it first (keep mine or take "
                    + "the site's)");
        }
        if (s.effective() == Status.GONE || s.effective() == Status.DELETED || s.effective() == Status.POST_TRASHED) {
            throw new TextRefused("comment " + s.remoteId() + " is " + s.effective().word() + ": nothing to " + what);
        }
        return s;
    }

    /** Row ids of the comments with these site comment ids ({@code siteUrl} null: on any site, if only one has it). */
    public List<Long> findBySiteIds(String siteUrl, List<Long> remoteIds) {
        return store.findBySiteIds(siteUrl, remoteIds);
    }

    /** Applies {@code action} to every comment the view matches, not only those on screen. */
    public Outcome decideAll(QueueQuery view, ModerationAction action) {
        return decide(pages.rowIds(view), action);
    }

    /** How many comments the view matches now. */
    public long countAll(QueueQuery view) {
        return pages.count(view);
    }

    /** Settles the conflicts among these comments (others are left alone); returns how many were settled. */
    public long resolve(List<Long> rowIds, Resolution how) {
        if (rowIds.isEmpty()) {
            return 0;
        }
        return store.write("cannot resolve the conflicts", step -> {
            List<TextChanges.EditConflict> edits = step.texts().editConflicts(rowIds);
            Map<Long, ModerationState> before = step.statesOf(edits.stream().map(TextChanges.EditConflict::rowId).toList());
            long textOnly = edits.stream().filter(e -> before.get(e.rowId()).decision() == null).count();
            step.choose(rowIds);
            long moved = step.plan(moves(step, k -> DecisionRule.resolve(k.state(), how)));
            if (moved == 0 && edits.isEmpty()) {
                return 0L;
            }
            DecisionStep.Group group = step.newGroup(GroupKind.RESOLVE, null, how.word() + " " + rowIds.size(),
                    moderator(), System.currentTimeMillis());
            step.apply(group);
            for (TextChanges.EditConflict e : edits) {
                step.texts().settle(group, e, EditRule.resolve(how, e.site()), how.word());
            }
            return moved + textOnly; // a comment with both conflicts is counted once, in moved
        });
    }

    public long resolveAll(QueueQuery view, Resolution how) {
        return resolve(pages.rowIds(view), how);
    }

    /**
     * Reverts the newest step not yet undone, whoever made it: each comment goes back to where its audit line came
     * from, as far as the rule allows (a comment the site has deleted since stays deleted); comments that were in
     * conflict get their conflict back exactly. Empty when there is nothing to undo.
     */
    public Optional<Outcome> undo() {
        return store.write("cannot undo", step -> step.lastUndoable().map(last -> revert(step, last.group())));
    }

    /**
     * The desk's undo: reverts the newest step when this process made it; a step made elsewhere (another process
     * on this database, or before this one started) is only described, for the moderator to be asked first.
     */
    public UndoAttempt undoOwn() {
        return store.write("cannot undo", step -> {
            Optional<DecisionStep.Undoable> last = step.lastUndoable();
            if (last.isEmpty()) {
                return UndoAttempt.NOTHING;
            }
            DecisionStep.Undoable u = last.get();
            if (!store.madeHere(u.group())) {
                List<Long> ids = step.siteIdsOf(u.group(), NAMED + 1);
                boolean more = ids.size() > NAMED;
                return UndoAttempt.elsewhere(new UndoAttempt.Step(u.label(), more ? ids.subList(1, ids.size()) : ids,
                        more, u.moderator(), u.at(), u.group()));
            }
            return UndoAttempt.undone(revert(step, u.group()));
        });
    }

    /** Reverts step {@code group} (as {@link #undo()} does) if it is still the newest; empty if another came since. */
    public Optional<Outcome> undo(long group) {
        return store.write("cannot undo", step -> step.lastUndoable().filter(last -> last.group() == group)
                .map(last -> revert(step, group)));
    }

    private Outcome revert(DecisionStep step, long source) {
        List<Snapshot> snapshots = step.snapshots(source);
        List<Long> snapshotted = snapshots.stream().map(Snapshot::commentId).toList();
        Map<Long, ModerationState> before = step.statesOf(snapshotted);
        List<Snapshot> restored = new ArrayList<>();
        Map<Long, Status> restoredFrom = new HashMap<>();
        for (Snapshot snap : snapshots) {
            ModerationState s = before.get(snap.commentId());
            if (s != null && !DecisionRule.isFrozen(s.siteStatus())) {
                restored.add(snap);
                restoredFrom.put(snap.commentId(), s.effective());
            }
        }
        step.chooseLinesOf(source, true, snapshotted);
        long lines = step.chosen();
        DecisionStep.Group group = step.newGroup(GroupKind.UNDO, source, "undo " + source, moderator(),
                System.currentTimeMillis());
        step.restore(group, restored, restoredFrom, "undo");
        long moved = step.plan(moves(step, k -> DecisionRule.move(k.state(), k.target(), "undo")));
        step.apply(group);
        Outcome texts = revertTexts(step, group, source, true, "undo");
        step.markUndone(source);
        long changed = restored.size() + moved;
        return new Outcome(changed + texts.changed(), snapshots.size() + lines - changed + texts.unchanged());
    }

    /**
     * Applies again the step that the newest undo reverted, as a new step that undo can revert in turn; a
     * resolution is settled again. Empty when there is nothing to redo (no undo, or a decision came after it).
     */
    public Optional<Outcome> redo() {
        return store.write("cannot redo", step -> step.redoable().map(redoable -> {
            step.chooseLinesOf(redoable.reverted(), false, List.of());
            long lines = step.chosen();
            DecisionStep.Group group = step.newGroup(GroupKind.REDO, redoable.reverted(), "redo "
                    + redoable.reverted(), moderator(), System.currentTimeMillis());
            long moved = step.plan(moves(step, k -> Resolution.fromWord(k.lineAction())
                    .map(how -> DecisionRule.resolve(k.state(), how))
                    .orElseGet(() -> DecisionRule.move(k.state(), k.target(), "redo"))));
            step.apply(group);
            Outcome texts = revertTexts(step, group, redoable.reverted(), false, "redo");
            step.markUndone(redoable.undoGroup());
            return new Outcome(moved + texts.changed(), lines - moved + texts.unchanged());
        }));
    }

    /**
     * The edits and replies of {@code source} taken back ({@code undo}: each edit's text before, each reply not
     * on the site yet out of the queue) or made again (each edit's text after, each reply queued again), as part
     * of {@code group}. A comment in conflict, or lost to the site, keeps its text.
     */
    private static Outcome revertTexts(DecisionStep step, DecisionStep.Group group, long source, boolean undo,
                                       String action) {
        TextChanges texts = step.texts();
        List<TextChanges.Settled> settled = texts.settledIn(source);
        java.util.Set<Long> settledRows = new java.util.HashSet<>();
        settled.forEach(x -> settledRows.add(x.conflict().rowId()));
        List<TextChanges.EditLine> edits = texts.editLinesOf(source).stream()
                .filter(line -> !settledRows.contains(line.rowId())).toList();
        long changed = 0;
        long unchanged = 0;
        for (TextChanges.Settled x : settled) { // a resolution's edit conflicts: back as they stood, or settled again
            if (undo ? unsettle(texts, group, x, action) : settleAgain(texts, group, x)) {
                changed++;
            } else {
                unchanged++;
            }
        }
        for (TextChanges.EditLine line : undo ? reversed(edits) : edits) { // undo walks back, redo forward
            CommentText target = undo ? line.before() : line.after();
            Optional<TextChanges.TextState> s = texts.state(line.rowId());
            if (s.isPresent() && !s.get().conflict() && !DecisionRule.isFrozen(s.get().effective())
                    && !s.get().text().equals(target)) {
                texts.setText(group, s.get(), target, action);
                changed++;
            } else {
                unchanged++;
            }
        }
        for (long reply : texts.replyLinesOf(source)) {
            if (texts.replyAgainOrNot(group, reply, !undo, action)) {
                changed++;
            } else {
                unchanged++;
            }
        }
        return new Outcome(changed, unchanged);
    }

    /** Undo of a resolution: its edit conflict back, unless the comment is in conflict again or lost to the site. */
    private static boolean unsettle(TextChanges texts, DecisionStep.Group group, TextChanges.Settled x, String action) {
        Optional<TextChanges.TextState> s = texts.state(x.conflict().rowId());
        if (s.isEmpty() || s.get().conflict() || DecisionRule.isFrozen(s.get().effective())) {
            return false;
        }
        texts.unsettle(group, x.conflict(), action);
        return true;
    }

    /**
     * Redo of a resolution: the edit conflict (as it stands now) settled the same way again, its line naming
     * the resolution (so that a later redo reads it as one).
     */
    private static boolean settleAgain(TextChanges texts, DecisionStep.Group group, TextChanges.Settled x) {
        Optional<Resolution> how = Resolution.fromWord(x.action());
        List<TextChanges.EditConflict> now = texts.editConflicts(List.of(x.conflict().rowId()));
        if (how.isEmpty() || now.isEmpty()) {
            return false;
        }
        texts.settle(group, now.get(0), EditRule.resolve(how.get(), now.get(0).site()), x.action());
        return true;
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> out = new ArrayList<>(list);
        java.util.Collections.reverse(out);
        return out;
    }

    public boolean canUndo() {
        return store.canUndo();
    }

    public boolean canRedo() {
        return store.canRedo();
    }

    /**
     * Asks the rule for every state among the chosen comments and writes the moves as a new step; no step when
     * nothing moves (a decision that changes nothing is no step). Returns how many comments moved.
     */
    private long record(DecisionStep step, GroupKind kind, Long reverts, String label, Function<StateClass, Optional<Move>> rule) {
        long moved = step.plan(moves(step, rule));
        if (moved > 0) {
            step.apply(step.newGroup(kind, reverts, label, moderator(), System.currentTimeMillis()));
        }
        return moved;
    }

    private static Map<StateClass, Move> moves(DecisionStep step, Function<StateClass, Optional<Move>> rule) {
        Map<StateClass, Move> moves = new HashMap<>();
        for (StateClass k : step.states()) {
            rule.apply(k).ifPresent(m -> moves.put(k, m));
        }
        return moves;
    }
}
