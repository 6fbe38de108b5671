package dev.moddesk.ui.detail;

import dev.moddesk.app.QueueReader;
import dev.moddesk.core.AuthorHistory;
import dev.moddesk.core.CommentDetail;
import dev.moddesk.core.QueueRow;
import dev.moddesk.ui.Background;
import dev.moddesk.ui.Background.Lane;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/**
 * The comment under the cursor in full (detail and author history), read on the INFO lane whenever the
 * cursor moves or the view is reloaded. A slower answer for a comment the cursor has left is dropped.
 */
public final class DetailViewModel {
    private final Background background;
    private final QueueReader reader;
    private final ObjectProperty<CommentDetail> detail = new SimpleObjectProperty<>();
    private final ObjectProperty<AuthorHistory> history = new SimpleObjectProperty<>();
    private long seq;
    private Consumer<Throwable> errors = Throwable::printStackTrace;

    public DetailViewModel(Background background, QueueReader reader, ObservableValue<QueueRow> current,
                           ObservableValue<?> reloads) {
        this.background = background;
        this.reader = reader;
        current.addListener((o, a, b) -> show(b));
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

    public void show(QueueRow row) {
        long s = ++seq;
        if (row == null) {
            detail.set(null);
            history.set(null);
            return;
        }
        background.run(Lane.INFO, () -> {
            CommentDetail d = reader.detail(row.rowId()).orElse(null);
            AuthorHistory h = d == null ? null
                    : reader.history(d.item().comment().email(), d.item().comment().ip());
            return new Object[] {d, h};
        }, r -> {
            if (s == seq) {
                detail.set((CommentDetail) r[0]);
                history.set((AuthorHistory) r[1]);
            }
        }, errors);
    }
}
