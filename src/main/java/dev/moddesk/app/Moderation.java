package dev.moddesk.app;

import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.store.ConflictStore;
import dev.moddesk.store.Database;
import dev.moddesk.store.ModerationStore;
import dev.moddesk.store.QueuePages;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The moderator's writes: decisions on chosen comments or on everything a view matches, conflict
 * resolution, undo and redo. Each call is one transaction and one undo step. Uses the database's writer
 * connection: call it from one thread only (the desk's write lane).
 */
public final class Moderation {
    private final ModerationStore store;
    private final ConflictStore conflicts;
    private final QueuePages pages;
    private final Supplier<String> moderator;

    public Moderation(Database db, Supplier<String> moderator) {
        this.store = new ModerationStore(db);
        this.conflicts = new ConflictStore(db);
        this.pages = new QueuePages(db.writer());
        this.moderator = moderator;
    }

    public String moderator() {
        String m = moderator.get();
        return m == null || m.isBlank() ? AppInfo.defaultModerator() : m.strip();
    }

    public Outcome decide(List<Long> rowIds, ModerationAction action) {
        if (rowIds.isEmpty()) {
            return new Outcome(0, 0);
        }
        ModerationStore.Result r = store.decide(rowIds, action, moderator());
        return new Outcome(r.changed(), r.unchanged());
    }

    /** Applies {@code action} to every comment the view matches, not only those on screen. */
    public Outcome decideAll(QueueQuery view, ModerationAction action) {
        return decide(pages.rowIds(view), action);
    }

    /** How many comments the view matches now. */
    public long countAll(QueueQuery view) {
        return pages.count(view);
    }

    /** Settles conflicts: keep the local decision ({@code keepMine}) or take the site's status. */
    public long resolve(List<Long> rowIds, boolean keepMine) {
        if (rowIds.isEmpty()) {
            return 0;
        }
        return conflicts.resolve(rowIds, keepMine ? ConflictStore.Resolution.KEEP_MINE : ConflictStore.Resolution.TAKE_SITE,
                moderator());
    }

    public long resolveAll(QueueQuery view, boolean keepMine) {
        return resolve(pages.rowIds(view), keepMine);
    }

    public Optional<Outcome> undo() {
        return store.undoLast(moderator()).map(r -> new Outcome(r.changed(), r.unchanged()));
    }

    public Optional<Outcome> redo() {
        return store.redoLast(moderator()).map(r -> new Outcome(r.changed(), r.unchanged()));
    }

    public boolean canUndo() {
        return store.canUndo();
    }

    public boolean canRedo() {
        return store.canRedo();
    }
}
