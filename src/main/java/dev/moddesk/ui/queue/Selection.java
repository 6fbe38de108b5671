package dev.moddesk.ui.queue;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.SimpleLongProperty;

/**
 * The checked comments: either chosen rows (by row id, so they survive scrolling and paging) or "every
 * comment matching the view", which is resolved in the database when an action runs.
 */
public final class Selection {
    private final Set<Long> ids = new LinkedHashSet<>();
    private boolean allMatching;
    private final LongProperty version = new SimpleLongProperty();
    private final LongProperty count = new SimpleLongProperty();

    public boolean contains(long rowId) {
        return allMatching || ids.contains(rowId);
    }

    public void toggle(long rowId) {
        if (allMatching) {
            return;
        }
        if (!ids.remove(rowId)) {
            ids.add(rowId);
        }
        changed();
    }

    public void addAll(List<Long> rowIds) {
        if (allMatching) {
            return;
        }
        ids.addAll(rowIds);
        changed();
    }

    /** Unchecks these rows (comments that left the view). */
    public void removeAll(List<Long> rowIds) {
        if (ids.removeAll(rowIds)) {
            changed();
        }
    }

    /** Every comment the view matches ({@code total} of them now). */
    public void selectAllMatching(long total) {
        ids.clear();
        allMatching = true;
        count.set(total);
        version.set(version.get() + 1);
    }

    public void clear() {
        if (ids.isEmpty() && !allMatching) {
            return;
        }
        ids.clear();
        allMatching = false;
        changed();
    }

    public boolean isEmpty() {
        return !allMatching && ids.isEmpty();
    }

    public boolean isAllMatching() {
        return allMatching;
    }

    public List<Long> ids() {
        return new ArrayList<>(ids);
    }

    /** Chosen rows, or the view's size when all matching. */
    public ReadOnlyLongProperty countProperty() {
        return count;
    }

    /** Bumps on every change (cells redraw their check boxes). */
    public ReadOnlyLongProperty versionProperty() {
        return version;
    }

    private void changed() {
        if (!allMatching) {
            count.set(ids.size());
        }
        version.set(version.get() + 1);
    }
}
