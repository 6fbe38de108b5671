package dev.moddesk.ui;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.triage.SpamTriage;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.DeskInfo;
import dev.moddesk.ui.actions.ActionFactory;
import dev.moddesk.ui.editing.EditingFeature;
import dev.moddesk.ui.editing.EditingViewModel;
import dev.moddesk.ui.health.HealthFeature;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.actions.KeyMap;
import dev.moddesk.ui.admin.AdminWindows;
import dev.moddesk.ui.background.Lanes;
import dev.moddesk.ui.detail.DetailPane;
import dev.moddesk.ui.detail.DetailViewModel;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.filters.FilterBar;
import dev.moddesk.ui.filters.FiltersViewModel;
import dev.moddesk.ui.importing.ImportFeature;
import dev.moddesk.ui.importing.ImportViewModel;
import dev.moddesk.ui.moderation.ModerationFeature;
import dev.moddesk.ui.moderation.ModerationViewModel;
import dev.moddesk.ui.posts.PostsWindow;
import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.queue.QueueFeature;
import dev.moddesk.ui.queue.QueueOrder;
import dev.moddesk.ui.queue.QueueViewModel;
import dev.moddesk.ui.queue.StatusViews;
import dev.moddesk.ui.queue.ViewsSidebar;
import dev.moddesk.ui.status.StatusBar;
import dev.moddesk.ui.status.WriterHolder;
import dev.moddesk.ui.sync.SyncFeature;
import dev.moddesk.ui.triage.SpamRulesFeature;
import dev.moddesk.ui.triage.TriageFeature;
import dev.moddesk.ui.triage.TriageViewModel;
import java.time.ZoneId;
import java.util.List;
import java.util.function.LongSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToolBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * The main window, assembled from its features: each registers what its actions do in {@link Commands} and gives
 * its parts (the views down the side, the queue, decisions, import, the admin windows, sync); the keys, menus and
 * tool-bar buttons are made from {@link DeskAction}. The window puts the parts in place, keeps them up to date
 * with the database, and remembers where it was.
 */
public final class DeskWindow {
    private final Stage stage;
    private final Workspace desk;
    private final DeskPrefs prefs;
    private final Lanes lanes = Lanes.forFx();
    private final QueueReader pageReader;
    private final QueueReader infoReader;
    private final QueueViewModel queue;
    private final FiltersViewModel filters;
    private final ModerationViewModel moderation;
    private final QueueFeature queueing;
    private final ImportFeature importing;
    private final AdminWindows admin;
    private final SpamRulesFeature spamRules;
    private final SyncFeature syncing;
    private final ChangeWatcher watcher;
    private final DeskRefresh refresh;
    private final WindowPlace place;
    private final SplitPane split;
    private final DeskBasics basics;
    private final TextSize textSize;
    private final TriageFeature triaging;

    public DeskWindow(Stage stage, Workspace desk, DialogService dialogs, DeskPrefs prefs) {
        this.stage = stage;
        this.desk = desk;
        this.prefs = prefs;
        this.pageReader = desk.newReader();
        this.infoReader = desk.newReader();
        lanes.onError(dialogs::showFailure);
        queue = new QueueViewModel(lanes, pageReader, infoReader);
        queue.onError(dialogs::showFailure);
        DetailViewModel detail = new DetailViewModel(lanes, infoReader, queue.currentProperty(),
                queue.cursorLoadingProperty(), queue.loadsProperty());
        detail.onError(dialogs::showFailure);
        filters = new FiltersViewModel(lanes, infoReader, queue, ZoneId.systemDefault());
        filters.onError(dialogs::showFailure);
        moderation = new ModerationViewModel(lanes, desk.moderation(), queue, dialogs);
        readFirst();

        Commands commands = new Commands();
        ActionFactory actions = new ActionFactory(commands);
        basics = new DeskBasics(stage, desk, dialogs, prefs, commands);
        textSize = new TextSize(prefs, commands);
        queueing = new QueueFeature(queue, commands);
        moderation.onStepConfirmed(queueing::focus);
        LongSupplier clockMs = () -> System.nanoTime() / 1_000_000;
        PointerAim aim = new PointerAim(queueing.table(), clockMs);
        refresh = new DeskRefresh(lanes, this::readAgain, aim::msUntilAtRest, clockMs);
        ModerationFeature deciding = new ModerationFeature(moderation, queue, commands);
        ViewsSidebar views = new ViewsSidebar(queue, commands);
        importing = new ImportFeature(lanes, desk, dialogs, refresh::request, commands);
        // commits seen while this desk imports are read once the import ends, however it ends: read in between, a
        // first import's rows came unscored, and the cursor followed the first of them to the middle once scored
        watcher = new ChangeWatcher(desk.watchChanges(),
                new HeldWhileBusy(importing.viewModel().runningProperty(), refresh::request));
        admin = new AdminWindows(stage, desk.admin(), dialogs, commands);
        syncing = new SyncFeature(stage, desk, lanes, dialogs, prefs, refresh::request,
                moderation.messageProperty()::set, commands);
        new HealthFeature(lanes, desk.file(), dialogs, commands);
        EditingFeature writing = new EditingFeature(stage, new EditingViewModel(lanes, desk.moderation(), dialogs,
                moderation.messageProperty()::set, () -> {
                    queue.reload();
                    moderation.refreshUndoState();
                }), queue, dialogs, prefs::cannedReplies, commands);
        PostsWindow posts = new PostsWindow(stage, filters, queue.countsProperty(), basics::themed);
        commands.on(DeskAction.POSTS, posts::show);
        SpamTriage triage = desk.triage();
        triaging = new TriageFeature(new TriageViewModel(lanes, triage), triage, queue, moderation, lanes, dialogs,
                commands);
        triaging.viewModel().onError(e -> moderation.messageProperty().set("Spam scoring failed: " + e.getMessage()));
        spamRules = new SpamRulesFeature(stage, desk.triageRules(), lanes, dialogs, commands,
                triaging.viewModel()::rescore);
        showWhatHoldsTheWriter();

        DetailPane details = new DetailPane(detail, queue, dialogs, actions);
        split = new SplitPane(queueing.pane(), details);
        split.setId("split");
        // both sides keep their share as the window grows: at 4K the details get room too, not only the queue
        VBox main = new VBox(new FilterBar(filters, queueing::focus), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        StatusBar statusBar = new StatusBar(desk.file(), queue, moderation, importing.viewModel());
        statusBar.getChildren().add(syncing.statusNode());
        MenuBar menus = menuBar(basics, actions);
        menus.getMenus().add(1, commentsMenu(actions));
        new KeyboardRegions(List.of(views.list(), queueing.table(), details), queueing.table(), menus, commands);
        BorderPane root = new BorderPane(main, new VBox(menus, toolBar(deciding, writing, actions)), null, statusBar, views);
        root.getStyleClass().add("desk");
        textSize.apply(stage, root);
        textSize.pointsProperty().addListener((o, a, b) -> queueing.sizeForText(textSize.scale()));
        queueing.sizeForText(textSize.scale());

        place = new WindowPlace(prefs);
        Scene scene = place.scene(root);
        basics.style(scene);
        KeyMap.install(scene, commands);
        MenuMnemonics.install(stage, scene);
        importing.acceptDrops(scene);
        stage.setScene(scene);
        stage.setMinWidth(900);
        stage.setMinHeight(560);
        place.restore(stage, split);
        queue.infoProperty().addListener((o, a, b) -> stage.setTitle(title(b)));
        stage.setTitle(title(queue.infoProperty().get()));
        queueing.restore(prefs);
        stage.setOnHiding(e -> saveState());
        stage.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> watcher.stop());
    }

    /**
     * Starts reading the last view in the order it had, its counts and the filters' choices: on their lanes, while
     * the window's controls are built and laid out (their results wait for the JavaFX thread, so every control
     * hears them).
     */
    private void readFirst() {
        StartTrace.followIfAsked(stage, queue.currentProperty());
        QueueOrder.restore(queue, prefs);
        queue.open(StatusViews.byName(prefs.get("view", "Pending")));
        filters.reload();
        moderation.refreshUndoState();
    }

    /**
     * Shows the window, and once it has been drawn asks what a first start asks (the moderator's name, the demo
     * for an empty database).
     */
    public void show() {
        watcher.start();
        stage.show();
        queueing.focus();
        FirstFrame.then(stage.getScene(), () -> {
            basics.askNameIfUnknown();
            importing.offerWhenEmpty(infoReader);
        });
    }

    /** Everything read from the database again: rows (and with them the detail), counts, filters' choices, undo. */
    private void readAgain() {
        queue.reload();
        filters.reload();
        moderation.refreshUndoState();
    }

    /**
     * Decisions made while an import, a sync or another process holds the database's writer wait for it, and the
     * status bar says for what.
     */
    private void showWhatHoldsTheWriter() {
        WriterHolder holder = new WriterHolder(importing.viewModel().whatProperty(),
                syncing.viewModel().runningProperty());
        moderation.holderProperty().bind(holder.nameProperty());
        desk.onWriterWaits(soFar -> holder.heardWait());
    }

    private String title(DeskInfo info) {
        String name = info == null || info.siteName() == null ? desk.file().getFileName().toString()
                : info.sites() > 1 ? info.siteName() + " and " + (info.sites() - 1) + " more" : info.siteName();
        return "ModDesk — " + name;
    }

    private MenuBar menuBar(DeskBasics basics, ActionFactory actions) {
        Menu file = actions.menu("_File", DeskAction.IMPORT, DeskAction.EXPORT, DeskAction.LOAD_DEMO, null,
                DeskAction.SETTINGS, null, DeskAction.QUIT);
        file.setId("menu-file");
        Menu view = new Menu("_View");
        view.setId("menu-view");
        view.getItems().addAll(basics.themeItems());
        view.getItems().add(new SeparatorMenuItem());
        view.getItems().addAll(textSize.menuItems(actions));
        view.getItems().addAll(new SeparatorMenuItem(), actions.menuItem(DeskAction.POSTS),
                actions.menuItem(DeskAction.AUDIT_LOG), actions.menuItem(DeskAction.REPORTS));
        Menu triage = actions.menu("_Triage", DeskAction.SHOW_LIKELY_SPAM, DeskAction.SPAM_LIKELY, null,
                DeskAction.SPAM_RULES, DeskAction.AUTO_SPAM);
        triage.setId("menu-triage");
        return new MenuBar(file, view, triage, syncing.menu(actions), actions.menu("_Help", DeskAction.SHORTCUTS,
                DeskAction.CHECK_DATABASE, DeskAction.ABOUT));
    }

    /** What is done to comments: the decisions, editing and replying, emptying Spam and the Trash. */
    private static Menu commentsMenu(ActionFactory actions) {
        Menu comments = actions.menu("_Comments", DeskAction.APPROVE, DeskAction.HOLD, DeskAction.SPAM,
                DeskAction.RESTORE, DeskAction.TRASH, null, DeskAction.EDIT, DeskAction.REPLY,
                DeskAction.APPROVE_AND_REPLY, null, DeskAction.UNDO, DeskAction.REDO, null, DeskAction.EMPTY_SPAM,
                DeskAction.EMPTY_TRASH);
        comments.setId("menu-comments");
        return comments;
    }

    /** Search, the decisions, editing and replying, and on the right Sync and the keyboard shortcuts. */
    private ToolBar toolBar(ModerationFeature deciding, EditingFeature writing, ActionFactory actions) {
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        ToolBar bar = new ToolBar(queueing.searchBox());
        bar.getItems().addAll(deciding.toolBarButtons(actions));
        bar.getItems().addAll(writing.toolBarButtons(actions));
        bar.getItems().addAll(gap, syncing.toolbarNode(actions), actions.iconButton(DeskAction.SHORTCUTS));
        return bar;
    }

    private void saveState() {
        place.save(stage, split);
        queueing.save(prefs);
        prefs.put("view", StatusViews.nameOf(queue.query().filter()));
        prefs.flush();
    }

    /** Saves what to remember, stops the background threads and closes the readers (the Workspace stays open). */
    public void close() {
        if (stage.isShowing()) {
            stage.hide();
        }
        watcher.stop();
        refresh.stop();
        moderation.close();
        triaging.viewModel().close();
        admin.close();
        spamRules.close();
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
        return importing.viewModel();
    }

    public AdminWindows admin() {
        return admin;
    }

    public SyncFeature syncing() {
        return syncing;
    }

    public TriageFeature triaging() {
        return triaging;
    }
}
