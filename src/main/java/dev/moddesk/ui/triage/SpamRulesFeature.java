package dev.moddesk.ui.triage;

import dev.moddesk.app.triage.TriageRules;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.admin.AdminWindows;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.dialogs.DialogService;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * Triage → Spam rules…: the window, made on first use and reused. Its dry run reads on the desk's check lane (its own
 * connection, holding up nothing else) and Save writes on the desk's write lane, after the decisions queued there.
 */
public final class SpamRulesFeature {
    private final Stage owner;
    private final SpamRulesViewModel vm;
    private final DialogService dialogs;
    private SpamRulesWindow window;

    /** {@code saved} runs once new rules are saved: the pending comments are judged by them from then on. */
    public SpamRulesFeature(Stage owner, TriageRules rules, Background lanes, DialogService dialogs, Commands commands,
                            Runnable saved) {
        this.owner = owner;
        this.vm = new SpamRulesViewModel(lanes, rules);
        this.dialogs = dialogs;
        vm.onError(dialogs::showFailure);
        vm.onSaved(saved);
        commands.on(DeskAction.SPAM_RULES, this::open);
        // quitting the desk asks too, as the comment editor does
        owner.addEventFilter(WindowEvent.WINDOW_CLOSE_REQUEST, e -> {
            if (window != null && window.stage().isShowing() && !mayClose()) {
                e.consume();
            }
        });
    }

    public void open() {
        if (window == null) {
            window = new SpamRulesWindow(owner, vm, scene -> AdminWindows.styleLike(owner, scene), this::mayClose);
        }
        window.show();
    }

    /** True unless the rules as edited are unsaved and the user, asked, keeps editing them. */
    private boolean mayClose() {
        return !vm.unsaved() || dialogs.confirm("Discard the changes to the spam rules?", "The rules as edited are "
                + "not saved: the triage goes on judging by the saved rules.", "Discard", "Keep editing");
    }

    /** Closes the window, cancelling a running dry run. */
    public void close() {
        vm.cancelDryRun();
        if (window != null && window.stage().isShowing()) {
            window.stage().hide();
        }
    }
}
