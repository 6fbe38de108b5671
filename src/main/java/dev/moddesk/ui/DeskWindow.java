package dev.moddesk.ui;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.DeskActions;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.DeskInfo;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.SortKey;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Lanes;
import dev.moddesk.ui.actions.KeyMap;
import dev.moddesk.ui.actions.ModerationViewModel;
import dev.moddesk.ui.actions.Shortcuts;
import dev.moddesk.ui.admin.AdminWindows;
import dev.moddesk.ui.detail.DetailPane;
import dev.moddesk.ui.detail.DetailViewModel;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.dialogs.FirstStartChoice;
import dev.moddesk.ui.filters.FilterBar;
import dev.moddesk.ui.filters.FiltersViewModel;
import dev.moddesk.ui.importing.ImportViewModel;
import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.queue.QueueTable;
import dev.moddesk.ui.queue.QueueViewModel;
import dev.moddesk.ui.queue.StatusViews;
import dev.moddesk.ui.status.StatusBar;
import dev.moddesk.ui.status.WriterHolder;
import dev.moddesk.ui.sync.SyncFeature;
import dev.moddesk.ui.theme.Icons;
import dev.moddesk.ui.theme.Themes;
import java.io.File;
import java.time.ZoneId;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import javafx.util.Duration;
import org.kordamp.ikonli.Ikon;

/**
 * The main window: menus and tool bar, status views on the left, the queue table and the detail pane,
 * the status bar. It only builds and wires controls; the view models do the work.
 */
public final class DeskWindow {
    private final Stage stage;
    private final Workspace desk;
    private final DialogService dialogs;
    private final DeskPrefs prefs;
    private final Lanes lanes = Lanes.forFx();
    private final QueueReader pageReader;
    private final QueueReader infoReader;
    private final QueueViewModel queue;
    private final DetailViewModel detail;
    private final ModerationViewModel moderation;
    private final ImportViewModel importer;
    private final FiltersViewModel filters;
    private final AdminWindows admin;
    private final SyncFeature syncing;
    private final DeskRefresh refresh;
    private final ChangeWatcher watcher;
    private final QueueTable table;
    private final TextField search = new TextField();
    private final SplitPane split;
    private final Scene scene;
    private String theme;

    public DeskWindow(Stage stage, Workspace desk, DialogService dialogs, DeskPrefs prefs) {
        this.stage = stage;
        this.desk = desk;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.pageReader = desk.newReader();
        this.infoReader = desk.newReader();
        lanes.onError(this::showError);
        queue = new QueueViewModel(lanes, pageReader, infoReader);
        queue.onError(this::showError);
        detail = new DetailViewModel(lanes, infoReader, queue.currentProperty(), queue.cursorLoadingProperty(),
                queue.loadsProperty());
        detail.onError(this::showError);
        moderation = new ModerationViewModel(lanes, desk.moderation(), queue, dialogs);
        refresh = new DeskRefresh(lanes, this::readAgain);
        watcher = new ChangeWatcher(desk.watchChanges(), refresh::request);
        importer = new ImportViewModel(lanes, desk, dialogs, refresh::request);
        filters = new FiltersViewModel(lanes, infoReader, queue, ZoneId.systemDefault());
        filters.onError(this::showError);
        admin = new AdminWindows(stage, desk.admin(), dialogs, this::showError);
        syncing = new SyncFeature(stage, desk, lanes, dialogs, prefs, refresh::request, moderation.messageProperty()::set);
        WriterHolder holder = new WriterHolder(importer.whatProperty(), syncing.viewModel().runningProperty());
        moderation.holderProperty().bind(holder.nameProperty());
        desk.onWriterWaits(soFar -> holder.heardWait());

        table = new QueueTable(queue);
        DetailPane detailPane = new DetailPane(detail, new DetailPane.Actions() {
            @Override
            public void openInBrowser(String url) {
                dialogs.openInBrowser(url);
            }

            @Override
            public void filterByEmail(String email) {
                queue.filterByEmail(email);
            }

            @Override
            public void filterByIp(String ip) {
                queue.filterByIp(ip);
            }

            @Override
            public void resolveCurrent(boolean keepMine) {
                moderation.resolve(keepMine, false);
            }
        });
        StatusViews views = new StatusViews(queue);

        VBox left = new VBox(8, sectionLabel("Views"), views, authorFilterBox());
        left.setPadding(new Insets(8));
        left.getStyleClass().add("sidebar");
        VBox.setVgrow(views, Priority.ALWAYS);

        VBox center = new VBox(selectionBanner(), table);
        VBox.setVgrow(table, Priority.ALWAYS);
        split = new SplitPane(center, detailPane);
        split.setId("split");
        split.setDividerPositions(prefs.getDouble("divider", 0.66));
        SplitPane.setResizableWithParent(detailPane, false);

        BorderPane root = new BorderPane();
        root.setTop(new VBox(menuBar(), toolBar()));
        root.setLeft(left);
        VBox main = new VBox(new FilterBar(filters), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        root.setCenter(main);
        StatusBar statusBar = new StatusBar(desk.file(), queue, moderation, importer);
        statusBar.getChildren().add(syncing.statusNode());
        root.setBottom(statusBar);
        root.getStyleClass().add("desk");

        scene = new Scene(root, prefs.getDouble("width", 1280), prefs.getDouble("height", 800));
        theme = prefs.get("theme", Themes.LIGHT);
        Themes.apply(scene, theme);
        KeyMap.install(scene, commands());
        installDragAndDrop();

        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        restoreGeometry();
        queue.infoProperty().addListener((o, a, b) -> stage.setTitle(title(b)));
        stage.setTitle(title(queue.infoProperty().get()));
        restoreColumns();
        stage.setOnHiding(e -> saveState());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> watcher.stop());
    }

    /** Shows the window, loads the last view, and offers the demo when the database is empty. */
    public void show() {
        stage.show();
        QueueQuery start = QueueQuery.of(StatusViews.byName(prefs.get("view", "Pending")));
        queue.load(start);
        filters.reload();
        moderation.refreshUndoState();
        watcher.start();
        table.requestFocus();
        lanes.run(Lane.INFO, () -> infoReader.counts().total(), total -> {
            if (total == 0) {
                Platform.runLater(this::firstStart);
            }
        }, this::showError);
    }

    private void firstStart() {
        FirstStartChoice choice = dialogs.askFirstStart();
        switch (choice) {
            case LOAD_DEMO:
                importer.loadDemo();
                break;
            case IMPORT_FILE:
                importer.chooseAndImport();
                break;
            default:
                break;
        }
    }

    /** Everything read from the database again: rows (and with them the detail), counts, filters' choices, undo. */
    private void readAgain() {
        queue.reload();
        filters.reload();
        moderation.refreshUndoState();
    }

    private String title(DeskInfo info) {
        String name = info == null || info.siteName() == null ? desk.file().getFileName().toString()
                : info.sites() > 1 ? info.siteName() + " and " + (info.sites() - 1) + " more" : info.siteName();
        return "ModDesk — " + name;
    }

    // ---- building

    private MenuBar menuBar() {
        MenuItem importItem = new MenuItem("Import…");
        importItem.setId("menu-import");
        importItem.setAccelerator(KeyCombination.keyCombination("Shortcut+O"));
        importItem.setOnAction(e -> importer.chooseAndImport());
        MenuItem demo = new MenuItem("Load demo data");
        demo.setOnAction(e -> importer.loadDemo());
        MenuItem settings = new MenuItem("Settings…");
        settings.setId("menu-settings");
        settings.setOnAction(e -> editSettings());
        MenuItem quit = new MenuItem("Quit");
        quit.setAccelerator(KeyCombination.keyCombination("Shortcut+Q"));
        quit.setOnAction(e -> stage.close());
        Menu file = new Menu("File", null, importItem, admin.exportItem(), demo, new SeparatorMenuItem(), settings, new SeparatorMenuItem(), quit);
        file.setId("menu-file");

        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (Themes.DARK.equals(theme) ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme(Themes.LIGHT));
        dark.setOnAction(e -> setTheme(Themes.DARK));
        Menu view = new Menu("View", null, light, dark, new SeparatorMenuItem(), admin.auditItem(), admin.reportsItem());

        MenuItem keys = new MenuItem("Keyboard shortcuts  (?)");
        keys.setOnAction(e -> dialogs.showShortcuts(Shortcuts.ALL));
        MenuItem about = new MenuItem("About ModDesk");
        about.setOnAction(e -> dialogs.showInfo("ModDesk " + dev.moddesk.app.AppInfo.version(),
                "Offline comment moderation for WordPress sites.\nDatabase: " + desk.file()));
        Menu help = new Menu("Help", null, keys, about);
        return new MenuBar(file, view, syncing.menu(), help);
    }

    private ToolBar toolBar() {
        search.setId("search");
        search.setPromptText("Search  ( / )");
        search.setPrefColumnCount(22);
        PauseTransition debounce = new PauseTransition(Duration.millis(250));
        debounce.setOnFinished(e -> queue.search(search.getText()));
        search.textProperty().addListener((o, a, b) -> debounce.playFromStart());
        search.setOnAction(e -> {
            debounce.stop();
            queue.search(search.getText());
            table.requestFocus();
        });
        Button approve = actionButton("Approve", "approve", "a", ModerationAction.APPROVE, Icons.APPROVE);
        Button hold = actionButton("Unapprove", "unapprove", "u", ModerationAction.HOLD, Icons.UNAPPROVE);
        Button spam = actionButton("Spam", "spam", "s", ModerationAction.SPAM, Icons.SPAM);
        Button restore = actionButton("Restore", "restore", "r", ModerationAction.RESTORE, Icons.RESTORE);
        Button trash = new Button();
        trash.setId("btn-trash");
        trash.textProperty().bind(Bindings.createStringBinding(
                () -> DeskActions.label(DeskActions.trashKey(queue.query().filter())), queue.queryProperty()));
        trash.setTooltip(new Tooltip("Trash (d) — in Spam and Trash: delete permanently. Shift+D: the checked comments"));
        trash.setOnAction(e -> moderation.actOnSelection(moderation.trashKeyAction()));
        trash.getStyleClass().add("danger");
        Runnable trashIcon = () -> Icons.on(trash, DeskActions.trashKey(queue.query().filter()) == ModerationAction.DELETE
                ? Icons.DELETE : Icons.TRASH);
        queue.queryProperty().addListener((o, a, b) -> trashIcon.run());
        trashIcon.run();
        Button undo = Icons.on(new Button("Undo"), Icons.UNDO);
        undo.setId("btn-undo");
        undo.setTooltip(new Tooltip("Undo the last decision (z, Ctrl+Z)"));
        undo.setOnAction(e -> moderation.undo());
        undo.disableProperty().bind(moderation.canUndoProperty().not());
        Button redo = Icons.on(new Button("Redo"), Icons.REDO);
        redo.setId("btn-redo");
        redo.setTooltip(new Tooltip("Redo (Ctrl+Shift+Z)"));
        redo.setOnAction(e -> moderation.redo());
        redo.disableProperty().bind(moderation.canRedoProperty().not());
        Button keep = Icons.on(new Button("Keep mine"), Icons.KEEP_MINE);
        keep.setId("btn-keep-mine");
        keep.setTooltip(new Tooltip("Conflict: keep your decision (m; Shift+M: the checked comments)"));
        keep.setOnAction(e -> moderation.resolve(true, true));
        Button take = Icons.on(new Button("Take the site's"), Icons.TAKE_SITE);
        take.setId("btn-take-site");
        take.setTooltip(new Tooltip("Conflict: take the site's status (t; Shift+T: the checked comments)"));
        take.setOnAction(e -> moderation.resolve(false, true));
        var inConflicts = Bindings.createBooleanBinding(() -> queue.query().filter().conflictsOnly(), queue.queryProperty());
        for (Button b : new Button[] {keep, take}) {
            b.visibleProperty().bind(inConflicts);
            b.managedProperty().bind(inConflicts);
        }
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button help = Icons.on(new Button(), Icons.HELP);
        help.setId("btn-help");
        help.setTooltip(new Tooltip("Keyboard shortcuts (?)"));
        help.setOnAction(e -> dialogs.showShortcuts(Shortcuts.ALL));
        ToolBar bar = new ToolBar(search, approve, hold, spam, restore, trash, keep, take, undo, redo, gap,
                syncing.toolbarNode(), help);
        bar.getItems().forEach(n -> n.setFocusTraversable(n == search));
        return bar;
    }

    private Button actionButton(String text, String id, String key, ModerationAction action, Ikon icon) {
        Button b = Icons.on(new Button(text), icon);
        b.setId("btn-" + id);
        b.setTooltip(new Tooltip(text + " (" + key + ") — Shift+" + key.toUpperCase() + ": the checked comments"));
        b.setOnAction(e -> moderation.actOnSelection(action));
        b.getStyleClass().add("action-" + id);
        return b;
    }

    private HBox selectionBanner() {
        Label count = new Label();
        count.setId("selection-count");
        Hyperlink all = new Hyperlink();
        all.setId("select-all-matching");
        all.setOnAction(e -> queue.selectAllMatching());
        Hyperlink clear = new Hyperlink("Clear selection");
        clear.setId("clear-selection");
        clear.setOnAction(e -> queue.selection().clear());
        Runnable update = () -> {
            long n = queue.selection().countProperty().get();
            boolean allMatching = queue.selection().isAllMatching();
            count.setText(allMatching ? "Checked: all " + Format.count(n, "comment") + " matching this view."
                    : Format.count(n) + " checked.");
            all.setText("Check all " + Format.count(queue.totalProperty().get()) + " matching this view");
            all.setVisible(!allMatching);
            all.setManaged(!allMatching);
        };
        queue.selection().versionProperty().addListener((o, a, b) -> update.run());
        queue.totalProperty().addListener((o, a, b) -> update.run());
        HBox banner = new HBox(10, count, all, clear);
        banner.setId("selection-banner");
        banner.setAlignment(Pos.CENTER_LEFT);
        banner.getStyleClass().add("selection-banner");
        var show = Bindings.createBooleanBinding(() -> !queue.selection().isEmpty(), queue.selection().versionProperty());
        banner.visibleProperty().bind(show);
        banner.managedProperty().bind(show);
        update.run();
        return banner;
    }

    private VBox authorFilterBox() {
        Label what = new Label();
        what.setWrapText(true);
        what.setId("author-filter");
        Hyperlink clear = new Hyperlink("Show all authors");
        clear.setOnAction(e -> queue.clearAuthorFilter());
        VBox box = new VBox(2, what, clear);
        box.getStyleClass().add("author-filter");
        Runnable update = () -> {
            QueueQuery q = queue.query();
            box.setVisible(q.hasAuthorFilter());
            box.setManaged(q.hasAuthorFilter());
            what.setText(q.email() != null ? "Only email " + q.email() : q.ip() != null ? "Only IP " + q.ip() : "");
        };
        queue.queryProperty().addListener((o, a, b) -> update.run());
        update.run();
        return box;
    }

    private static Label sectionLabel(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("section-label");
        return l;
    }

    private KeyMap.Commands commands() {
        return new KeyMap.Commands() {
            @Override
            public void move(int delta) {
                queue.move(delta);
            }

            @Override
            public void act(ModerationAction action, boolean onSelection) {
                if (onSelection) {
                    moderation.actOnSelection(action);
                } else {
                    moderation.act(action);
                }
            }

            @Override
            public void trashKey(boolean onSelection) {
                act(moderation.trashKeyAction(), onSelection);
            }

            @Override
            public void undo() {
                moderation.undo();
            }

            @Override
            public void redo() {
                moderation.redo();
            }

            @Override
            public void toggleCheck() {
                queue.toggleCurrent();
            }

            @Override
            public void checkVisible() {
                int[] r = table.visibleRange();
                queue.checkRange(r[0], r[1]);
            }

            @Override
            public void checkAllMatching() {
                queue.selectAllMatching();
            }

            @Override
            public void clearChecks() {
                queue.selection().clear();
            }

            @Override
            public void resolve(boolean keepMine, boolean onSelection) {
                if (queue.query().filter().conflictsOnly() || queue.current() != null && queue.current().conflict()) {
                    moderation.resolve(keepMine, onSelection);
                }
            }

            @Override
            public void focusSearch() {
                search.requestFocus();
                search.selectAll();
            }

            @Override
            public void leaveSearch() {
                table.requestFocus();
            }

            @Override
            public void showShortcuts() {
                dialogs.showShortcuts(Shortcuts.ALL);
            }

            @Override
            public void sync() {
                syncing.syncNow();
            }

            @Override
            public void showView(int index) {
                if (index >= 0 && index < StatusViews.VIEWS.size()) {
                    queue.show(StatusViews.VIEWS.get(index).filter());
                }
            }
        };
    }

    private void installDragAndDrop() {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            List<File> files = e.getDragboard().hasFiles() ? e.getDragboard().getFiles() : List.of();
            if (!files.isEmpty()) {
                importer.importFile(files.get(0).toPath());
                if (files.size() > 1) {
                    moderation.messageProperty().set("One file at a time: importing " + files.get(0).getName());
                }
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    private void editSettings() {
        String current = prefs.moderator().isBlank() ? desk.moderation().moderator() : prefs.moderator();
        dialogs.askText("Settings", "Moderator name (recorded with every decision):", current).ifPresent(name -> {
            prefs.moderator(name);
            prefs.flush();
        });
    }

    private void setTheme(String t) {
        theme = t;
        Themes.apply(scene, t);
        prefs.put("theme", t);
    }

    private void showError(Throwable e) {
        Throwable cause = e.getCause() != null && e.getMessage() == null ? e.getCause() : e;
        dialogs.showError("Something went wrong", String.valueOf(cause.getMessage()));
    }

    // ---- remembering

    private void restoreGeometry() {
        double x = prefs.getDouble("x", Double.NaN);
        double y = prefs.getDouble("y", Double.NaN);
        if (!Double.isNaN(x) && !Double.isNaN(y)) {
            stage.setX(x);
            stage.setY(y);
        }
        stage.setMaximized(prefs.getBoolean("maximized", false));
    }

    private void restoreColumns() {
        for (TableColumn<?, ?> c : table.getColumns()) {
            double w = prefs.getDouble("column." + c.getId(), -1);
            if (w > 20) {
                c.setPrefWidth(w);
            }
        }
        table.columnsRestored();
        String sort = prefs.get("sort", null);
        if (sort != null) {
            String[] parts = sort.split(":");
            try {
                SortKey key = SortKey.valueOf(parts[0]);
                boolean desc = parts.length < 2 || !"asc".equals(parts[1]);
                for (TableColumn<dev.moddesk.core.QueueRow, ?> c : table.getColumns()) {
                    if (c.getUserData() == key) {
                        c.setSortType(desc ? TableColumn.SortType.DESCENDING : TableColumn.SortType.ASCENDING);
                        table.getSortOrder().setAll(List.of(c));
                    }
                }
            } catch (IllegalArgumentException ignored) {
                // a sort from another version: keep the default
            }
        }
    }

    private void saveState() {
        if (!stage.isMaximized()) {
            prefs.putDouble("width", scene.getWidth());
            prefs.putDouble("height", scene.getHeight());
            prefs.putDouble("x", stage.getX());
            prefs.putDouble("y", stage.getY());
        }
        prefs.putBoolean("maximized", stage.isMaximized());
        prefs.putDouble("divider", split.getDividerPositions()[0]);
        for (TableColumn<?, ?> c : table.getColumns()) {
            prefs.putDouble("column." + c.getId(), c.getWidth());
        }
        QueueQuery q = queue.query();
        prefs.put("view", StatusViews.nameOf(q.filter()));
        prefs.put("sort", q.sort().name() + ":" + (q.descending() ? "desc" : "asc"));
        prefs.flush();
    }

    /** Saves what to remember, stops the background threads and closes the readers (the Workspace stays open). */
    public void close() {
        if (stage.isShowing()) {
            stage.hide();
        }
        watcher.stop();
        admin.close();
        syncing.close();
        lanes.shutdown();
        pageReader.close();
        infoReader.close();
    }

    // ---- for tests

    public Lanes lanes() {
        return lanes;
    }

    public QueueViewModel queue() {
        return queue;
    }

    public ModerationViewModel moderation() {
        return moderation;
    }

    public ImportViewModel importer() {
        return importer;
    }

    public AdminWindows admin() {
        return admin;
    }

    public SyncFeature syncing() {
        return syncing;
    }
}
