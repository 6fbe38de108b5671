package dev.moddesk.ui.detail;

import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.AuthorHistory;
import dev.moddesk.core.CommentDetail;
import dev.moddesk.core.QueueRow;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The comment under the cursor in full (detail and author history), read on the INFO lane whenever the
 * cursor moves to another comment and again on every reload (its status may have changed). It never holds
 * another comment than the cursor's: moving on clears it until the new one is read. A slower answer for a
 * comment the cursor has left is dropped.
 */
public final class DetailViewModel {
    private final Background background;
    private final QueueReader reader;
    private final ObjectProperty<CommentDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<AuthorHistory> history = new SimpleObjectProperty<>();
    private final BooleanProperty reading = new SimpleBooleanProperty();
    private final BooleanBinding loading;
    private long seq;
    private Consumer<Throwable> errors = Throwable::printStackTrace;

    /**
     * {@code current} is the comment under the cursor, {@code rowLoading} true while the cursor's row has not
     * arrived, {@code reloads} changes whenever the queue was read again.
     */
    public DetailViewModel(Background background, QueueReader reader, ObservableValue<QueueRow> current,
                           ObservableValue<Boolean> rowLoading, ObservableValue<?> reloads) {
        this.background = background;
        this.reader = reader;
        this.loading = Bindings.createBooleanBinding(() -> reading.get() || Boolean.TRUE.equals(rowLoading.getValue()),
                reading, rowLoading);
        current.addListener((o, a, b) -> {
            if (a == null || b == null || a.rowId() != b.rowId()) {
                show(b); // the same comment re-read with the queue: the reload below reads it again
            }
        });
        reloads.addListener((o, a, b) -> show(current.getValue()));
    }

    public void onError(Consumer<Throwable> handler) {
        this.errors = handler;
    }

    public ObjectProperty<CommentDetail> detailProperty() {
        return detail;
    }

    public ObjectProperty<AuthorHistory> historyProperty() {
        return history;
    }

    /** True while the comment under the cursor is on its way (its row, or its detail). */
    public BooleanBinding loadingProperty() {
        return loading;
    }

    /** The comment in full and its author's history; both null when the comment is no longer there. */
    private record Read(CommentDetail detail, AuthorHistory history) { }

    public void show(QueueRow row) {
        long s = ++seq;
        if (row == null || detail.get() == null || detail.get().item().rowId() != row.rowId()) {
            detail.set(null);
            history.set(null);
        }
        reading.set(row != null);
        if (row == null) {
            return;
        }
        background.run(Lane.INFO, () -> {
            CommentDetail d = reader.detail(row.rowId()).orElse(null);
            AuthorHistory h = d == null ? null
                    : reader.history(d.item().comment().email(), d.item().comment().ip());
            return new Read(d, h);
        }, r -> {
            if (s == seq) {
                detail.set(r.detail());
                history.set(r.history());
                reading.set(false);
            }
        }, e -> {
            if (s == seq) {
                reading.set(false);
            }
            errors.accept(e);
        });
    }
}
