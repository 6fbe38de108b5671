package dev.moddesk.ui.sync;

import dev.moddesk.app.Workspace;
import dev.moddesk.ui.actions.ActionFactory;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Menu;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.stage.Window;

/**
 * Sync in the desk window, in one place so the window only adds a menu, a tool-bar node and a status node:
 * what Sync now (Ctrl+R), Cancel sync and Sites… do, the Sync menu, the Sync button, the progress bar with
 * Cancel while a sync runs, and the view models behind them.
 */
public final class SyncFeature {
    private final Window owner;
    private final SyncViewModel sync;
    private final SitesViewModel sites;
    private SitesDialog dialog;

    /**
     * @param afterSync refreshes the queue, counts and status bar (outbox, last sync)
     * @param status    where one-line results go (the status bar's message)
     */
    public SyncFeature(Window owner, Workspace desk, Background background, DialogService dialogs, DeskPrefs prefs,
                       Runnable afterSync, Consumer<String> status, Commands commands) {
        this.owner = owner;
        SiteService service = new DeskSites(desk.sync());
        this.sync = new SyncViewModel(service, background, dialogs, prefs, afterSync);
        this.sites = new SitesViewModel(service, background, dialogs, prefs, afterSync);
        sync.onNoSite(this::showSites);
        sync.messageProperty().addListener((o, a, b) -> status.accept(b));
        commands.on(DeskAction.SYNC_NOW, sync::syncNow);
        commands.on(DeskAction.CANCEL_SYNC, sync::cancel);
        commands.on(DeskAction.SITES, this::showSites);
        commands.enabledWhen(DeskAction.SYNC_NOW, sync.runningProperty().not());
        commands.enabledWhen(DeskAction.CANCEL_SYNC, sync.runningProperty());
    }

    public SyncViewModel viewModel() {
        return sync;
    }

    public SitesViewModel sites() {
        return sites;
    }

    /** Sync → Sync now (Ctrl+R), Cancel sync, Sites…. */
    public Menu menu(ActionFactory actions) {
        Menu menu = actions.menu("_Sync", DeskAction.SYNC_NOW, DeskAction.CANCEL_SYNC, null, DeskAction.SITES);
        menu.setId("menu-sync");
        return menu;
    }

    /** The Sync button (disabled while a sync runs). */
    public Node toolbarNode(ActionFactory actions) {
        return actions.button(DeskAction.SYNC_NOW);
    }

    /**
     * For the status bar, while a sync runs: a progress bar and Cancel (the phase goes to the status message).
     * Not in the tool bar, which would push them into its overflow menu on a narrow window.
     */
    public Node statusNode() {
        ProgressBar bar = new ProgressBar();
        bar.setId("sync-progress");
        bar.setPrefWidth(120);
        bar.progressProperty().bind(sync.progressProperty());
        Button cancel = new Button("Cancel sync");
        cancel.setId("btn-cancel-sync");
        cancel.setFocusTraversable(false);
        cancel.setOnAction(e -> sync.cancel());
        cancel.getStyleClass().add("small");
        cancel.disableProperty().bind(sync.cancellingProperty());
        HBox box = new HBox(6, bar, cancel);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setId("sync-status");
        box.visibleProperty().bind(sync.runningProperty());
        box.managedProperty().bind(sync.runningProperty());
        return box;
    }

    /** Opens the Sites dialog (one instance, created on first use). */
    public void showSites() {
        if (dialog == null) {
            dialog = new SitesDialog(owner, sites, sync);
        }
        dialog.show();
    }

    /** The dialog if it was opened (tests). */
    public SitesDialog dialog() {
        return dialog;
    }

    public void close() {
        sync.close();
        if (dialog != null) {
            dialog.stage().close();
        }
    }
}
