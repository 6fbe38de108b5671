package dev.moddesk.ui;

import dev.moddesk.core.QueueRow;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import org.testfx.util.WaitForAsyncUtils;

/**
 * What the moderator sees in the desk window: the highlighted row of the queue table and the comment the
 * detail pane shows (by the "#id" of its date line, its status chip, or its placeholder text). Each method
 * reads on the FX thread; those named {@code ...Now} must already run on it.
 */
final class OnScreen {
    private static final Pattern REMOTE_ID = Pattern.compile(".*·\\s+#(\\d+)$");

    private final DeskWindow window;
    private final Scene scene;

    OnScreen(DeskWindow window, Scene scene) {
        this.window = window;
        this.scene = scene;
    }

    /** The row the table highlights, or null when none is or its page has not arrived. */
    QueueRow highlighted() {
        return fx(this::highlightedNow);
    }

    int highlightedIndex() {
        return fx(this::highlightedIndexNow);
    }

    /** The site's id of the comment in the detail pane; empty while it shows a placeholder. */
    Optional<Long> detailId() {
        return fx(this::detailIdNow);
    }

    /** The status chip of the detail pane; empty while it shows a placeholder. */
    Optional<String> detailStatus() {
        return fx(() -> labels(detail()).filter(l -> l.getStyleClass().contains("status-chip")).map(Label::getText)
                .findFirst());
    }

    /** The placeholder text of the detail pane ("No comment selected", "Loading…"); empty when it shows a comment. */
    Optional<String> detailPlaceholder() {
        return fx(() -> labels(detail()).filter(l -> l.getStyleClass().contains("placeholder")).map(Label::getText)
                .findFirst());
    }

    QueueRow highlightedNow() {
        return window.queue().rows().peek(highlightedIndexNow());
    }

    int highlightedIndexNow() {
        return table().getSelectionModel().getSelectedIndex();
    }

    Optional<Long> detailIdNow() {
        return labels(detail()).map(l -> REMOTE_ID.matcher(l.getText() == null ? "" : l.getText()))
                .filter(Matcher::matches).map(m -> Long.parseLong(m.group(1))).findFirst();
    }

    private TableView<?> table() {
        return (TableView<?>) scene.lookup("#queue");
    }

    private Node detail() {
        return scene.lookup("#detail");
    }

    private static Stream<Label> labels(Node n) {
        if (n instanceof ScrollPane sp) {
            return labels(sp.getContent());
        }
        Stream<Label> self = n instanceof Label l ? Stream.of(l) : Stream.empty();
        if (n instanceof Parent p) {
            return Stream.concat(self, p.getChildrenUnmodifiable().stream().flatMap(OnScreen::labels));
        }
        return self;
    }

    static <T> T fx(Callable<T> read) {
        if (Platform.isFxApplicationThread()) {
            try {
                return read.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        try {
            return WaitForAsyncUtils.asyncFx(read).get();
        } catch (InterruptedException | ExecutionException e) {
            throw new IllegalStateException(e);
        }
    }
}
