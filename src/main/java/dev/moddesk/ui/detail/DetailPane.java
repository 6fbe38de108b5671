package dev.moddesk.ui.detail;

import dev.moddesk.triage.AuthorChecks;
import dev.moddesk.core.AuthorHistory;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentDetail;
import dev.moddesk.core.CommentLink;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.actions.ActionFactory;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.actions.Target;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.queue.QueueViewModel;
import dev.moddesk.ui.theme.EmojiText;
import dev.moddesk.ui.theme.Tooltips;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * The comment under the cursor: author with validity marks, conflict (site vs mine) with Keep mine and Take the
 * site's, post with "Open in browser", the parent when it is a reply, the content drawn safely, and the author's
 * history by status (a click filters the queue); "Loading…" while that comment is on its way. Only wires controls
 * to {@link DetailViewModel}, the queue and the actions.
 */
public final class DetailPane extends ScrollPane {
    private final VBox box = new VBox(12);
    private final DetailViewModel vm;
    private final QueueViewModel queue;
    private final DialogService dialogs;
    private final ActionFactory actions;

    /** {@code dialogs} opens links in the browser; {@code actions} makes the conflict's buttons. */
    public DetailPane(DetailViewModel vm, QueueViewModel queue, DialogService dialogs, ActionFactory actions) {
        this.vm = vm;
        this.queue = queue;
        this.dialogs = dialogs;
        this.actions = actions;
        getStyleClass().add("detail-pane");
        setId("detail");
        setFitToWidth(true);
        box.setPadding(new Insets(14));
        setContent(box);
        vm.detailProperty().addListener((o, a, b) -> draw());
        vm.historyProperty().addListener((o, a, b) -> draw());
        vm.loadingProperty().addListener((o, a, b) -> {
            if (vm.detailProperty().get() == null) {
                draw();
            }
        });
        draw();
    }

    private void draw() {
        CommentDetail d = vm.detailProperty().get();
        AuthorHistory h = vm.historyProperty().get();
        box.getChildren().clear();
        if (d == null) {
            Label empty = new Label(vm.loadingProperty().get() ? "Loading…" : "No comment selected");
            empty.getStyleClass().add("placeholder");
            box.getChildren().add(empty);
            return;
        }
        QueueItem item = d.item();
        Comment c = item.comment();

        Label author = new Label(c.author().isBlank() ? "(anonymous)" : EmojiText.drawable(c.author()));
        author.getStyleClass().add("detail-author");
        author.setWrapText(true);
        Label status = new Label(item.status().word());
        status.getStyleClass().addAll("status-chip", "status-" + item.status().word());
        status.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a long name wraps; the status is never "…"
        HBox head = new HBox(10, author, status);
        head.setId("detail-head");

        GridPane fields = new GridPane();
        fields.setHgap(8);
        fields.setVgap(4);
        fields.getStyleClass().add("detail-fields");
        // the names (Email, URL, IP, Date) are never cut to "E…" however long the values or large the text
        javafx.scene.layout.ColumnConstraints names = new javafx.scene.layout.ColumnConstraints();
        names.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        fields.getColumnConstraints().add(names);
        int row = 0;
        row = field(fields, row, "Email", c.email(), AuthorChecks.email(c.email()), "email", false);
        row = field(fields, row, "URL", c.url(), AuthorChecks.url(c.url()), "URL", true);
        row = field(fields, row, "IP", c.ip(), AuthorChecks.ip(c.ip()), "IP address", false);
        fields.addRow(row++, small("Date"), new Label(Format.dateTime(c.dateGmt()) + "  ·  " + c.type().word()
                + "  ·  #" + c.remoteId()));
        box.getChildren().addAll(head, VerdictView.of(item), fields);

        if (c.remoteId() < 0) {
            Label local = small("Not yet on the site: the next sync sends it");
            local.setId("not-on-site");
            box.getChildren().add(local);
        }
        if (item.conflict()) {
            box.getChildren().add(conflictBox(item, d.siteContent()));
        }

        Label post = new Label("On “" + (item.postTitle().isBlank() ? "post " + c.postId() : item.postTitle()) + "”");
        post.setWrapText(true);
        post.getStyleClass().add("detail-post");
        Button open = dev.moddesk.ui.theme.Icons.on(new Button("Open in browser"), dev.moddesk.ui.theme.Icons.OPEN);
        open.setId("open-post");
        String link = CommentLink.of(d.postLink(), c.remoteId()); // the comment itself, on its post's page
        open.setDisable(link == null);
        Tooltips.on(open, link);
        open.setOnAction(e -> dialogs.openInBrowser(link));
        open.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        HBox postRow = new HBox(10, post, open);
        HBox.setHgrow(post, Priority.ALWAYS);
        box.getChildren().add(postRow);

        if (d.parent() != null) {
            VBox parent = new VBox(4);
            parent.getStyleClass().add("parent-box");
            Label reply = small("In reply to " + d.parent().comment().author() + " (" + d.parent().status().word() + ")");
            parent.getChildren().addAll(reply, RichText.render(CommentHtml.parse(d.parent().comment().content()),
                    dialogs::openInBrowser));
            box.getChildren().add(parent);
        } else if (c.parentId() != 0) {
            box.getChildren().add(small("In reply to comment #" + c.parentId() + " (not in this database)"));
        }

        VBox content = RichText.render(CommentHtml.parse(c.content()), dialogs::openInBrowser);
        content.setId("detail-content");
        content.getStyleClass().add("comment-body");
        box.getChildren().add(content);

        if (h != null) {
            box.getChildren().add(history(h));
        }
    }

    /** The site's side and mine; for an edit conflict also the site's text (mine is the comment's, below). */
    private VBox conflictBox(QueueItem item, String siteContent) {
        Label title = new Label(siteContent == null ? "Conflict: the site changed after your decision"
                : "Conflict: the site changed the comment's text after your edit");
        title.getStyleClass().add("conflict-title");
        GridPane sides = new GridPane();
        sides.setHgap(24);
        sides.addRow(0, small("On the site"), small("Your decision"));
        Label site = new Label(item.comment().siteStatus().word());
        Label mine = new Label(item.decision() == null ? "—" : item.decision().word());
        site.getStyleClass().add("conflict-value");
        mine.getStyleClass().add("conflict-value");
        sides.addRow(1, site, mine);
        Button keep = actions.button(DeskAction.KEEP_MINE, Target.HIGHLIGHTED);
        keep.setId("keep-mine"); // the tool bar's button (on the checked comments) is btn-keep-mine
        Button take = actions.button(DeskAction.TAKE_SITE, Target.HIGHLIGHTED);
        take.setId("take-site");
        VBox v = new VBox(6, title, sides);
        if (siteContent != null) {
            VBox theirs = RichText.render(CommentHtml.parse(siteContent), dialogs::openInBrowser);
            theirs.setId("conflict-site-text");
            v.getChildren().addAll(small("The site's text (yours is the comment's text below)"), theirs);
        }
        v.getChildren().add(new HBox(8, keep, take));
        v.getStyleClass().add("conflict-box");
        v.setId("conflict-box");
        return v;
    }

    private int field(GridPane grid, int row, String name, String value, AuthorChecks.Validity v, String what,
                      boolean link) {
        if (value == null || value.isBlank()) {
            grid.addRow(row, small(name), small("—"));
            return row + 1;
        }
        Label mark = new Label(v == AuthorChecks.Validity.VALID ? "✓" : "✗");
        mark.getStyleClass().add(v == AuthorChecks.Validity.VALID ? "valid-mark" : "invalid-mark");
        Tooltips.on(mark, v == AuthorChecks.Validity.VALID ? "A well-formed " + what : "Not a valid " + what);
        mark.setId("valid-" + name.toLowerCase(java.util.Locale.ROOT));
        javafx.scene.Node shown;
        if (link && v == AuthorChecks.Validity.VALID) {
            Hyperlink h = new Hyperlink(value);
            h.setOnAction(e -> dialogs.openInBrowser(value));
            h.setFocusTraversable(false);
            shown = h;
        } else {
            Label l = new Label(value);
            l.setWrapText(true);
            shown = l;
        }
        grid.addRow(row, small(name), new HBox(6, shown, mark));
        return row + 1;
    }

    private VBox history(AuthorHistory h) {
        VBox v = new VBox(4);
        v.getStyleClass().add("history-box");
        v.getChildren().add(small("Author history"));
        if (h.email() != null && !h.email().isBlank()) {
            Hyperlink link = new Hyperlink("Same email (" + h.emailTotal() + "): " + summary(h.byEmail()));
            link.setId("history-email");
            link.setOnAction(e -> queue.filterByEmail(h.email()));
            v.getChildren().add(link);
        }
        if (h.ip() != null && !h.ip().isBlank()) {
            Hyperlink link = new Hyperlink("Same IP (" + h.ipTotal() + "): " + summary(h.byIp()));
            link.setId("history-ip");
            link.setOnAction(e -> queue.filterByIp(h.ip()));
            v.getChildren().add(link);
        }
        return v;
    }

    private static String summary(Map<Status, Long> counts) {
        StringBuilder sb = new StringBuilder();
        for (Status s : new Status[] {Status.APPROVED, Status.PENDING, Status.SPAM, Status.TRASH, Status.POST_TRASHED}) {
            Long n = counts.get(s);
            if (n != null && n > 0) {
                if (sb.length() > 0) {
                    sb.append(" · ");
                }
                sb.append(n).append(' ').append(s.word());
            }
        }
        return sb.length() == 0 ? "none" : sb.toString();
    }

    private static Label small(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("small");
        return l;
    }

}
