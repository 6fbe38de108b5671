package dev.moddesk.ui.editing;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.CommentText;
import dev.moddesk.core.QueueRow;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.dialogs.DialogService;
import java.util.function.Consumer;

/**
 * Edits and replies from the desk, on the write lane (the store has one writer): reads a comment's text for the
 * editor, then records the edit or the reply; afterwards the queue is read again and the undo state refreshed
 * ({@code written}), and the status bar says what happened ({@code message}).
 */
public final class EditingViewModel {
    private final Background background;
    private final Moderation moderation;
    private final DialogService dialogs;
    private final Consumer<String> message;
    private final Runnable written;

    public EditingViewModel(Background background, Moderation moderation, DialogService dialogs,
                            Consumer<String> message, Runnable written) {
        this.background = background;
        this.moderation = moderation;
        this.dialogs = dialogs;
        this.message = message;
        this.written = written;
    }

    /** Reads the comment's text and hands it to {@code open} (on the JavaFX thread). */
    void textOf(QueueRow row, Consumer<CommentText> open) {
        background.run(Lane.WRITE, () -> moderation.text(row.rowId()).orElse(null), text -> {
            if (text != null) {
                open.accept(text);
            }
        }, this::failed);
    }

    void edit(QueueRow row, CommentText text) {
        background.run(Lane.WRITE, () -> moderation.edit(row.rowId(), text.content(), text.author(), text.email(),
                text.url()), changed -> done(changed == 0 ? "Edit: nothing changed"
                        : "Edited; the edit is pushed at the next sync"), this::failed);
    }

    void reply(QueueRow row, String content) {
        background.run(Lane.WRITE, () -> moderation.reply(row.rowId(), content),
                local -> done("Reply stored, not yet on the site; it is pushed at the next sync"), this::failed);
    }

    private void done(String what) {
        message.accept(what);
        written.run();
    }

    private void failed(Throwable e) {
        message.accept("Failed: " + e.getMessage());
        dialogs.showError("Not recorded", String.valueOf(e.getMessage()));
        written.run();
    }
}
