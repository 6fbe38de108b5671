package dev.moddesk.ui.queue;

import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.detail.CommentHtml;
import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.theme.EmojiText;
import dev.moddesk.ui.theme.Tooltips;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.VBox;

/**
 * The queue table over {@link PagedRows}: sorting is handed to SQLite (the sort policy only tells the view
 * model), the table's own single selection is the cursor, and the check column plus click modifiers (Ctrl,
 * Shift) drive {@link Selection}.
 */
public final class QueueTable extends TableView<QueueRow> {
    private static final PseudoClass CHECKED = PseudoClass.getPseudoClass("checked");
    private static final PseudoClass CONFLICT = PseudoClass.getPseudoClass("conflict");

    private final QueueViewModel vm;
    private final FlexColumnPolicy<QueueRow> policy;
    private final ColumnsToText toText;
    /** A row: the author's name over their email and IP (46 px at the theme's 14 px). */
    private static final double ROW_EMS = 46 / 14.0;
    /** How much of the width beyond their preferred widths the post column takes (the comment takes the rest). */
    private static final double POST_SHARE = 0.25;
    private int anchor = -1;
    private boolean syncing;

    public QueueTable(QueueViewModel vm) {
        super(vm.rows());
        this.vm = vm;
        setId("queue");
        getStyleClass().add("queue-table");
        getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        setFixedCellSize(46);
        Label placeholder = new Label();
        placeholder.setId("queue-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(Bindings.createStringBinding(() -> placeholder(vm),
                vm.loadingProperty(), vm.queryProperty(), vm.countsProperty()));
        setPlaceholder(placeholder);

        TableColumn<QueueRow, QueueRow> check = column("", "col-select", 34, null, r -> r);
        check.setCellFactory(c -> new CheckCell());
        check.setResizable(false);
        TableColumn<QueueRow, QueueRow> author = column("Author", "col-author", 150, SortKey.AUTHOR, r -> r);
        author.setCellFactory(c -> new AuthorCell());
        TableColumn<QueueRow, String> excerpt = column("Comment", "col-excerpt", 300, null,
                r -> EmojiText.drawable(CommentHtml.excerpt(r.excerpt(), 320)));
        excerpt.setCellFactory(c -> new ExcerptCell());
        TableColumn<QueueRow, String> post = column("Post", "col-post", 120, SortKey.POST,
                r -> EmojiText.drawable(r.postTitle()));
        post.setCellFactory(c -> new PostCell());
        TableColumn<QueueRow, String> date = column("Date", "col-date", 96, SortKey.DATE, r -> Format.date(r.dateGmt()));
        TableColumn<QueueRow, String> score = column("Score", "col-score", 60, SortKey.SCORE,
                r -> r.score() == null ? "—" : String.format("%.2f", r.score()));
        TableColumn<QueueRow, QueueRow> status = column("Status", "col-status", 84, null, r -> r);
        status.setCellFactory(c -> new StatusCell());
        getColumns().setAll(List.of(check, author, excerpt, post, date, score, status));
        policy = new FlexColumnPolicy<>(excerpt, post, POST_SHARE);
        setColumnResizePolicy(policy);
        toText = new ColumnsToText(check, date, score, status, List.of(author, excerpt, post));
        sizeForText(ColumnsToText.NORMAL_PX);
        showOrderOf(vm.query());

        setSortPolicy(t -> {
            if (getSortOrder().isEmpty()) {
                vm.sort(SortKey.DATE, true);
                return true;
            }
            TableColumn<QueueRow, ?> first = getSortOrder().get(0);
            Object key = first.getUserData();
            if (key instanceof SortKey k) {
                vm.sort(k, first.getSortType() == TableColumn.SortType.DESCENDING);
            }
            return true;
        });

        // a right-click (or middle click) on a column header does not sort; only the primary button does
        addEventFilter(MouseEvent.MOUSE_RELEASED, e -> {
            if (e.getButton() != MouseButton.PRIMARY && inHeader(e.getPickResult().getIntersectedNode())) {
                e.consume();
            }
        });

        setRowFactory(t -> new QueueRowCell());
        vm.rows().addPagesListener(this::refresh);

        getSelectionModel().selectedIndexProperty().addListener((o, a, b) -> {
            if (!syncing && b.intValue() >= 0) {
                vm.cursorProperty().set(b.intValue());
            }
        });
        vm.cursorProperty().addListener((o, a, b) -> showCursor());
        vm.loadsProperty().addListener((o, a, b) -> showCursor());
        vm.selection().versionProperty().addListener((o, a, b) -> refresh());
    }

    private <T> TableColumn<QueueRow, T> column(String title, String id, double width, SortKey sort,
                                                Function<QueueRow, T> value) {
        TableColumn<QueueRow, T> c = new TableColumn<>(title);
        c.setId(id);
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, id.equals("col-excerpt") ? 150 : id.equals("col-author") ? 120
                : id.equals("col-post") ? 70 : width));
        c.setUserData(sort);
        c.setSortable(sort != null);
        c.setReorderable(false);
        c.setCellValueFactory(f -> new ReadOnlyObjectWrapper<>(f.getValue() == null ? null : value.apply(f.getValue())));
        return c;
    }

    /**
     * Rows as high, and the date, score and status columns as wide, as text of {@code px} pixels needs (no header
     * or status word cut short); the columns' remembered widths count again.
     */
    public void sizeForText(double px) {
        setFixedCellSize(Math.round(ROW_EMS * px));
        toText.size(px);
        layOutColumns();
    }

    /**
     * The columns laid out again from their preferred widths (TableView.resizeColumn does nothing for no column,
     * and the table asks its policy again only when its own width changes).
     */
    private void layOutColumns() {
        policy.reset();
        policy.call(new ResizeFeatures<>(this, null, 0d));
    }

    /** The column widths remembered last time (the order is the view model's: {@link QueueOrder}). */
    public void restore(DeskPrefs prefs) {
        for (TableColumn<?, ?> c : getColumns()) {
            double w = prefs.getDouble("column." + c.getId(), -1);
            if (w > 20) {
                c.setPrefWidth(w);
            }
        }
        layOutColumns();
    }

    /** The header's arrow on the column the rows are sorted by (the order read before the table was made). */
    private void showOrderOf(QueueQuery q) {
        for (TableColumn<QueueRow, ?> c : getColumns()) {
            if (c.getUserData() == q.sort()) {
                c.setSortType(q.descending() ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                getSortOrder().setAll(List.of(c));
            }
        }
    }

    /** Remembers the column widths and the order of the rows. */
    public void save(DeskPrefs prefs) {
        for (TableColumn<?, ?> c : getColumns()) {
            prefs.putDouble("column." + c.getId(), c.getWidth());
        }
        QueueOrder.save(vm.query(), prefs);
    }

    /** Selects the cursor's row in the table and scrolls it into view if needed. */
    public void showCursor() {
        int c = vm.cursor();
        syncing = true;
        try {
            if (c < 0 || c >= getItems().size()) {
                getSelectionModel().clearSelection();
                return;
            }
            if (getSelectionModel().getSelectedIndex() != c) {
                getSelectionModel().clearAndSelect(c);
            }
            getFocusModel().focus(c);
        } finally {
            syncing = false;
        }
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null) {
            scrollTo(c);
            return;
        }
        IndexedCell<?> first = flow.getFirstVisibleCell();
        IndexedCell<?> last = flow.getLastVisibleCell();
        if (first == null || last == null || c <= first.getIndex() || c >= last.getIndex()) {
            flow.scrollTo(c);
        }
    }

    /** What an empty table says: that the view is loading, or what to do next. */
    static String placeholder(QueueViewModel vm) {
        if (vm.loadingProperty().get()) {
            return "Loading…";
        }
        if (vm.countsProperty().get().total() == 0) {
            return "No comments yet. Import a site's export (File → Import…, Ctrl+O), sync with a site (Sync → Sites…), "
                    + "or try the demo (File → Load demo data).";
        }
        if (vm.query().isNarrowed()) {
            return "Nothing matches. Clear filters or the search to see the whole view.";
        }
        return "Nothing in this view. Other views: Ctrl+1 … Ctrl+6.";
    }

    private static boolean inHeader(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            if (p instanceof TableColumnHeader) {
                return true;
            }
        }
        return false;
    }

    /** Checks the rows on screen now (Ctrl+A). */
    public void checkVisible() {
        VirtualFlow<?> flow = (VirtualFlow<?>) lookup(".virtual-flow");
        if (flow == null || flow.getFirstVisibleCell() == null) {
            vm.checkRange(0, Math.min(getItems().size(), 20) - 1);
            return;
        }
        int first = flow.getFirstVisibleCell().getIndex();
        int rows = (int) Math.max(1, Math.floor(flow.getHeight() / getFixedCellSize()));
        vm.checkRange(first, Math.min(getItems().size() - 1, first + rows - 1));
    }

    private final class QueueRowCell extends TableRow<QueueRow> {
        QueueRowCell() {
            addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
                if (isEmpty() || getItem() == null || !e.isPrimaryButtonDown()) {
                    return;
                }
                int i = getIndex();
                if (e.isShiftDown()) {
                    vm.checkRange(anchor < 0 ? vm.cursor() : anchor, i);
                    vm.cursorProperty().set(i);
                    e.consume();
                } else if (e.isShortcutDown()) {
                    vm.selection().toggle(getItem().rowId());
                    anchor = i;
                    vm.cursorProperty().set(i);
                    e.consume();
                } else {
                    anchor = i;
                }
                requestFocusOnTable();
            });
        }

        @Override
        protected void updateItem(QueueRow item, boolean empty) {
            super.updateItem(item, empty);
            boolean has = !empty && item != null;
            pseudoClassStateChanged(CHECKED, has && vm.selection().contains(item.rowId()));
            pseudoClassStateChanged(CONFLICT, has && item.conflict());
        }
    }

    private void requestFocusOnTable() {
        if (!isFocused()) {
            requestFocus();
        }
    }

    private final class CheckCell extends TableCell<QueueRow, QueueRow> {
        private final CheckBox box = new CheckBox();

        CheckCell() {
            box.setFocusTraversable(false);
            box.setOnAction(e -> {
                QueueRow r = getItem();
                if (r != null) {
                    vm.selection().toggle(r.rowId());
                    anchor = getIndex();
                }
            });
        }

        @Override
        protected void updateItem(QueueRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
            } else {
                box.setSelected(vm.selection().contains(item.rowId()));
                setGraphic(box);
            }
        }
    }

    private static final class AuthorCell extends TableCell<QueueRow, QueueRow> {
        private final Label name = new Label();
        private final Label meta = new Label();
        private final VBox box = new VBox(1, name, meta);

        AuthorCell() {
            name.getStyleClass().add("author-name");
            meta.getStyleClass().addAll("small", "author-meta");
        }

        @Override
        protected void updateItem(QueueRow item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setGraphic(null);
                setText(empty ? null : "…");
            } else {
                setText(null);
                name.setText(item.author().isBlank() ? "(anonymous)" : EmojiText.drawable(item.author()));
                String email = item.email().isBlank() ? "" : item.email();
                meta.setText(email + (email.isEmpty() || item.ip().isBlank() ? "" : "  ·  ") + item.ip());
                setGraphic(box);
            }
        }
    }

    /** The start of the comment as plain text, on up to two lines. */
    private static final class ExcerptCell extends TableCell<QueueRow, String> {
        ExcerptCell() {
            getStyleClass().add("excerpt-cell");
            setWrapText(true);
            setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        protected void updateItem(String text, boolean empty) {
            super.updateItem(text, empty);
            setText(empty ? null : text);
        }
    }

    /** The post's title on one line (ellipsis), the whole title in a tooltip. */
    private static final class PostCell extends TableCell<QueueRow, String> {
        PostCell() {
            getStyleClass().add("post-cell");
        }

        @Override
        protected void updateItem(String title, boolean empty) {
            super.updateItem(title, empty);
            QueueRow row = getTableRow() == null ? null : getTableRow().getItem();
            if (empty || title == null) {
                setText(null);
                Tooltips.on(this, null);
                return;
            }
            String shown = title.isBlank() && row != null ? "(untitled post)" : title;
            setText(shown);
            Tooltips.on(this, shown);
        }
    }

    private static final class StatusCell extends TableCell<QueueRow, QueueRow> {
        @Override
        protected void updateItem(QueueRow item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeIf(s -> s.startsWith("status-"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            Status s = item.status();
            getStyleClass().add("status-" + s.word());
            if (item.conflict()) {
                setText("⚠ " + s.word() + " / site " + item.siteStatus().word());
            } else {
                setText(item.decision() != null ? s.word() + " •" : s.word());
            }
        }
    }
}
