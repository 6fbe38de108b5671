package dev.moddesk.app.moderation;

import dev.moddesk.app.AppInfo;
import dev.moddesk.core.DecisionRule;
import dev.moddesk.core.GroupKind;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.ModerationState;
import dev.moddesk.core.Move;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Resolution;
import dev.moddesk.core.Status;
import dev.moddesk.store.Database;
import dev.moddesk.store.ModerationStore.AuditLine;
import dev.moddesk.store.ModerationStore.Snapshot;
import dev.moddesk.store.ModerationStore.Step;
import dev.moddesk.store.ModerationStore;
import dev.moddesk.store.QueuePages;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The moderator's writes: decisions on chosen comments or on everything a view matches, conflict resolution,
 * undo and redo. {@link DecisionRule} decides every move; each call is one transaction and, when it changes
 * something, one step of the undo history. Uses the database's writer connection: call it from one thread only
 * (the desk's write lane).
 */
public final class Moderation {
    private final ModerationStore store;
    private final QueuePages pages;
    private final Supplier<String> moderator;

    public Moderation(Database db, Supplier<String> moderator) {
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
        int changed = store.write("cannot record the decision", step -> {
            List<ModerationState> states = step.states(rowIds);
            Map<Long, Status> cameFrom = action == ModerationAction.RESTORE ? step.cameFrom(states) : Map.of();
            List<Move> moves = new ArrayList<>();
            for (ModerationState s : states) {
                Optional<Status> target = action == ModerationAction.RESTORE
                        ? DecisionRule.restoreTarget(s.effective(), Optional.ofNullable(cameFrom.get(s.commentId())))
                        : action.target();
                target.flatMap(t -> DecisionRule.move(s, t, action.word())).ifPresent(moves::add);
            }
            record(step, GroupKind.DECIDE, null, action.word() + " " + rowIds.size(), moves);
            return moves.size();
        });
        return new Outcome(changed, rowIds.size() - changed);
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
            List<Move> moves = new ArrayList<>();
            for (ModerationState s : step.states(rowIds)) {
                DecisionRule.resolve(s, how).ifPresent(moves::add);
            }
            record(step, GroupKind.RESOLVE, null, how.word() + " " + rowIds.size(), moves);
            return (long) moves.size();
        });
    }

    public long resolveAll(QueueQuery view, Resolution how) {
        return resolve(pages.rowIds(view), how);
    }

    /**
     * Reverts the newest step not yet undone: each comment goes back to where its audit line came from, as far
     * as the rule allows (a comment the site has deleted since stays deleted); comments that were in conflict
     * get their conflict back exactly. Empty when there is nothing to undo.
     */
    public Optional<Outcome> undo() {
        return store.write("cannot undo", step -> step.lastUndoable().map(source -> {
            List<AuditLine> lines = step.lines(source);
            List<Snapshot> snapshots = step.snapshots(source);
            Map<Long, ModerationState> states = statesOf(step, lines, snapshots);
            List<Snapshot> restored = new ArrayList<>();
            Map<Long, Status> restoredFrom = new HashMap<>();
            for (Snapshot snap : snapshots) {
                ModerationState s = states.get(snap.commentId());
                if (s != null && !DecisionRule.isFrozen(s.siteStatus())) {
                    restored.add(snap);
                    restoredFrom.put(snap.commentId(), s.effective());
                }
            }
            Set<Long> snapshotted = new LinkedHashSet<>();
            snapshots.forEach(snap -> snapshotted.add(snap.commentId()));
            List<Move> moves = new ArrayList<>();
            for (AuditLine line : lines) {
                ModerationState s = states.get(line.commentId());
                if (s != null && !snapshotted.contains(line.commentId())) {
                    DecisionRule.move(s, line.from(), "undo").ifPresent(moves::add);
                }
            }
            ModerationStore.Group group = step.newGroup(GroupKind.UNDO, source, "undo " + source, moderator(),
                    System.currentTimeMillis());
            step.restore(group, restored, restoredFrom, "undo");
            step.apply(group, moves);
            step.markUndone(source);
            long total = snapshotted.size() + lines.stream().filter(l -> !snapshotted.contains(l.commentId())).count();
            long changed = restored.size() + moves.size();
            return new Outcome(changed, total - changed);
        }));
    }

    /**
     * Applies again the step that the newest undo reverted, as a new step that undo can revert in turn; a
     * resolution is settled again. Empty when there is nothing to redo (no undo, or a decision came after it).
     */
    public Optional<Outcome> redo() {
        return store.write("cannot redo", step -> step.redoable().map(redoable -> {
            List<AuditLine> lines = step.lines(redoable.reverted());
            Map<Long, ModerationState> states = statesOf(step, lines, List.of());
            List<Move> moves = new ArrayList<>();
            for (AuditLine line : lines) {
                ModerationState s = states.get(line.commentId());
                if (s != null) {
                    Optional<Resolution> resolution = Resolution.fromWord(line.action());
                    (resolution.isPresent() ? DecisionRule.resolve(s, resolution.get())
                            : DecisionRule.move(s, line.to(), "redo")).ifPresent(moves::add);
                }
            }
            ModerationStore.Group group = step.newGroup(GroupKind.REDO, redoable.reverted(), "redo "
                    + redoable.reverted(), moderator(), System.currentTimeMillis());
            step.apply(group, moves);
            step.markUndone(redoable.undoGroup());
            return new Outcome(moves.size(), lines.size() - moves.size());
        }));
    }

    public boolean canUndo() {
        return store.canUndo();
    }

    public boolean canRedo() {
        return store.canRedo();
    }

    /** A new step for {@code moves}; none when nothing moves (a decision that changes nothing is no step). */
    private void record(Step step, GroupKind kind, Long reverts, String label, List<Move> moves) {
        if (!moves.isEmpty()) {
            step.apply(step.newGroup(kind, reverts, label, moderator(), System.currentTimeMillis()), moves);
        }
    }

    private static Map<Long, ModerationState> statesOf(Step step, List<AuditLine> lines, List<Snapshot> snapshots) {
        Set<Long> ids = new LinkedHashSet<>();
        lines.forEach(l -> ids.add(l.commentId()));
        snapshots.forEach(s -> ids.add(s.commentId()));
        Map<Long, ModerationState> out = new HashMap<>();
        for (ModerationState s : step.states(ids)) {
            out.put(s.commentId(), s);
        }
        return out;
    }
}
