package dev.moddesk.ui.queue;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.control.ConstrainedColumnResizeBase;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.util.Callback;

/**
 * A column resize policy where one column (the comment) takes all the width the others leave, and on a wide
 * window gives a share of what it has beyond its preferred width to one other (the post). The others keep
 * the width they were given or dragged to; only when the table is too narrow for that are they shrunk, in
 * proportion, towards their minimum widths. Dragging the flexible column's edge resizes the column after it.
 * Being a {@link ConstrainedColumnResizeBase}, the table never shows a horizontal scroll bar and asks the
 * policy again whenever its width changes.
 */
final class FlexColumnPolicy<S> extends ConstrainedColumnResizeBase implements Callback<TableView.ResizeFeatures, Boolean> {
    private final TableColumn<S, ?> flex;
    /** A column that takes {@link #share} of the width beyond the flexible column's preferred width. */
    private final TableColumn<S, ?> grows;
    private final double share;
    /** What each other column would like to be (its preferred width, then where the user dragged it). */
    private final Map<TableColumn<?, ?>, Double> wanted = new IdentityHashMap<>();

    /** {@code flex} takes the width the others leave, sharing with {@code grows} what a wide window has spare. */
    FlexColumnPolicy(TableColumn<S, ?> flex, TableColumn<S, ?> grows, double share) {
        this.flex = flex;
        this.grows = grows;
        this.share = share;
    }

    @Override
    public Boolean call(TableView.ResizeFeatures f) {
        TableView<?> table = f.getTable();
        List<? extends TableColumn<?, ?>> columns = table.getVisibleLeafColumns();
        TableColumn<?, ?> dragged = f.getColumn();
        if (dragged != null) {
            TableColumn<?, ?> target = dragged;
            double delta = f.getDelta();
            if (dragged == flex) {
                // the comment's right edge moved: the next column gives or takes the width
                int i = columns.indexOf(dragged);
                if (i < 0 || i + 1 >= columns.size()) {
                    return false;
                }
                target = columns.get(i + 1);
                delta = -delta;
            }
            double now = wanted.computeIfAbsent(target, c -> c.getWidth());
            double next = clamp(now + delta, target);
            double room = f.getContentWidth() - flex.getMinWidth() - othersWanted(columns, target) - next;
            if (room < 0) {
                next = clamp(next + room, target);
            }
            if (next == now) {
                return false;
            }
            wanted.put(target, next);
        }
        layout(f, columns);
        return true;
    }

    private void layout(TableView.ResizeFeatures f, List<? extends TableColumn<?, ?>> columns) {
        double content = Math.floor(f.getContentWidth());
        double others = 0;
        double shrinkable = 0;
        for (TableColumn<?, ?> c : columns) {
            if (c != flex) {
                double w = wanted.computeIfAbsent(c, x -> clamp(x.getPrefWidth(), x));
                others += w;
                shrinkable += w - c.getMinWidth();
            }
        }
        double deficit = others + flex.getMinWidth() - content;
        double ratio = deficit <= 0 || shrinkable <= 0 ? 0 : Math.min(1, deficit / shrinkable);
        double spare = Math.max(0, content - others - flex.getPrefWidth());
        double extra = columns.contains(grows) ? Math.floor(spare * share) : 0;
        double used = 0;
        for (TableColumn<?, ?> c : columns) {
            if (c != flex) {
                double w = wanted.get(c);
                w = Math.floor(w - (w - c.getMinWidth()) * ratio) + (c == grows ? extra : 0);
                f.setColumnWidth(c, w);
                used += w;
            }
        }
        f.setColumnWidth(flex, Math.max(flex.getMinWidth(), content - used));
    }

    private double othersWanted(List<? extends TableColumn<?, ?>> columns, TableColumn<?, ?> except) {
        double sum = 0;
        for (TableColumn<?, ?> c : columns) {
            if (c != flex && c != except) {
                sum += wanted.computeIfAbsent(c, x -> clamp(x.getPrefWidth(), x));
            }
        }
        return sum;
    }

    /** Forgets the wanted widths: the columns' preferred widths count again (after they were restored). */
    void reset() {
        wanted.clear();
    }

    private static double clamp(double w, TableColumn<?, ?> c) {
        return Math.max(c.getMinWidth(), Math.min(c.getMaxWidth(), w));
    }
}
