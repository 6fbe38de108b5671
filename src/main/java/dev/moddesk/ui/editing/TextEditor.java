package dev.moddesk.ui.editing;

import dev.moddesk.core.CommentText;
import dev.moddesk.ui.detail.CommentHtml;
import dev.moddesk.ui.detail.RichText;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.core.CannedReply;
import dev.moddesk.ui.theme.ScreenFit;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The window that edits a comment's text (content as the raw HTML the site stores, author name, email and URL)
 * or writes a reply (content only), with a live preview rendered as the detail pane renders comments (no WebView,
 * links shown, never followed). Ctrl+Enter saves, Esc cancels; leaving with unsaved text asks first. Not modal:
 * the moderator may look through the queue meanwhile ({@link EditingFeature} asks before the editor is left).
 */
final class TextEditor {
    private final Stage stage = new Stage();
    private final TextArea content = new TextArea();
    private final TextField author = new TextField();
    private final TextField email = new TextField();
    private final TextField url = new TextField();
    private final ScrollPane preview = new ScrollPane();
    private final CommentText start;
    private final DialogService dialogs;
    private final Consumer<CommentText> save;

    /**
     * An editor of {@code text} ({@code replying}: content only, starting empty, with the {@code canned} replies
     * to put in, placeholders already filled); {@code save} gets what was saved.
     */
    TextEditor(Window owner, String title, CommentText text, boolean replying, List<CannedReply> canned,
               DialogService dialogs, Consumer<CommentText> save) {
        this.start = text;
        this.dialogs = dialogs;
        this.save = save;
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.initModality(Modality.NONE);
        stage.setTitle(title);
        content.setId("editor-content");
        content.setWrapText(true);
        content.setText(text.content());
        author.setId("editor-author");
        author.setText(text.author());
        email.setId("editor-email");
        email.setText(text.email());
        url.setId("editor-url");
        url.setText(text.url());
        preview.setId("editor-preview");
        preview.setFitToWidth(true);
        preview.setPrefHeight(160);
        content.textProperty().addListener((o, a, b) -> showPreview());
        showPreview();

        Button ok = new Button(replying ? "Reply" : "Save");
        ok.setId("editor-save");
        ok.setOnAction(e -> save());
        Button cancel = new Button("Cancel");
        cancel.setId("editor-cancel");
        cancel.setOnAction(e -> closeAskingFirst());
        HBox buttons = new HBox(8, new Label("Ctrl+Enter saves, Esc cancels"), ok, cancel);
        if (replying) {
            buttons.getChildren().add(0, cannedButton(canned));
        }
        VBox box = new VBox(8);
        box.setPadding(new Insets(12));
        if (!replying) {
            GridPane fields = new GridPane();
            fields.setHgap(8);
            fields.setVgap(6);
            fields.addRow(0, new Label("Author"), author);
            fields.addRow(1, new Label("Email"), email);
            fields.addRow(2, new Label("URL"), url);
            GridPane.setHgrow(author, Priority.ALWAYS);
            box.getChildren().add(fields);
        }
        box.getChildren().addAll(new Label(replying ? "Reply (HTML)" : "Content (HTML, as the site stores it)"),
                content, new Label("Preview"), preview, buttons);
        VBox.setVgrow(content, Priority.ALWAYS);
        Scene scene = new Scene(box, 640, 520);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                save();
            } else if (replying && e.isShortcutDown() && digit(e.getCode()) >= 1
                    && digit(e.getCode()) <= canned.size()) {
                e.consume();
                insert(canned.get(digit(e.getCode()) - 1));
            } else if (e.getCode() == KeyCode.ESCAPE) {
                e.consume();
                closeAskingFirst();
            }
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> {
            e.consume();
            closeAskingFirst();
        });
    }

    /** "Canned reply": each of them, with its Ctrl+digit; none yet: says where they are made. */
    private MenuButton cannedButton(List<CannedReply> canned) {
        MenuButton button = new MenuButton("Canned reply");
        button.setId("editor-canned");
        for (int i = 0; i < canned.size(); i++) {
            CannedReply c = canned.get(i);
            MenuItem item = new MenuItem(c.name() + (i < 9 ? "  (Ctrl+" + (i + 1) + ")" : ""));
            item.setId("editor-canned-" + (i + 1));
            item.setOnAction(e -> insert(c));
            button.getItems().add(item);
        }
        if (canned.isEmpty()) {
            MenuItem none = new MenuItem("None yet: File → Settings… → Replies");
            none.setDisable(true);
            button.getItems().add(none);
        }
        return button;
    }

    /** 0…9 for the digit keys above the letters, -1 for any other key. */
    private static int digit(KeyCode code) {
        int n = code.ordinal() - KeyCode.DIGIT0.ordinal();
        return n >= 0 && n <= 9 ? n : -1;
    }

    /** The canned reply's text where the caret is (over the selection, if any). */
    private void insert(CannedReply c) {
        content.replaceSelection(c.text());
        content.requestFocus();
    }

    void show() {
        stage.show();
        content.requestFocus();
    }

    /** Back in front, for more writing. */
    void toFront() {
        stage.toFront();
        stage.requestFocus();
        content.requestFocus();
    }

    /** Calls {@code then} once the editor has closed, however it closed. */
    void onClosed(Runnable then) {
        stage.setOnHidden(e -> then.run());
    }

    /** True when the fields say something other than what the editor started with. */
    boolean unsaved() {
        return !current().equals(start);
    }

    /**
     * Closes the editor unless it holds unsaved text that the moderator, asked, wants to keep editing; true when
     * it closed.
     */
    boolean closeAskingFirst() {
        if (unsaved() && !dialogs.confirm("Discard what you wrote?", "What you wrote in the editor is not saved.",
                "Discard", "Keep editing")) {
            return false;
        }
        stage.close();
        return true;
    }

    /** What the fields say now. */
    CommentText current() {
        return new CommentText(content.getText(), author.getText(), email.getText(), url.getText());
    }

    private void showPreview() {
        preview.setContent(RichText.render(CommentHtml.parse(content.getText()), link -> { }));
    }

    private void save() {
        stage.close();
        save.accept(current());
    }

}
