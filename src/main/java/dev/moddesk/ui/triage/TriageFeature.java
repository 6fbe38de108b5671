package dev.moddesk.ui.triage;

import dev.moddesk.app.triage.SpamTriage;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SortKey;
import dev.moddesk.triage.AutoSpam;
import dev.moddesk.triage.Triage;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.moderation.ModerationViewModel;
import dev.moddesk.ui.queue.QueueViewModel;
import java.util.Locale;
import javafx.animation.PauseTransition;
import javafx.util.Duration;

/**
 * The triage in the window: re-scores the pending comments a moment after the decisions change (from this desk,
 * another process, an import or a sync; a burst of decisions makes one run), shows the likely spam, and marks it
 * spam in one undoable step after showing the count and what that threshold would have caught before.
 */
public final class TriageFeature {
    /** Quiet time after the last change of decisions before the scores are brought up to date. */
    public static final Duration SETTLE = Duration.millis(1_500);

    private final TriageViewModel vm;
    private final SpamTriage triage;
    private final QueueViewModel queue;
    private final ModerationViewModel moderation;
    private final Background lanes;
    private final DialogService dialogs;
    private final PauseTransition settle = new PauseTransition(SETTLE);

    public TriageFeature(TriageViewModel vm, SpamTriage triage, QueueViewModel queue, ModerationViewModel moderation,
                         Background lanes, DialogService dialogs, Commands commands) {
        this.vm = vm;
        this.triage = triage;
        this.queue = queue;
        this.moderation = moderation;
        this.lanes = lanes;
        this.dialogs = dialogs;
        settle.setOnFinished(e -> vm.countsChanged(queue.countsProperty().get()));
        queue.countsProperty().addListener((o, a, b) -> settle.playFromStart());
        commands.on(DeskAction.SHOW_LIKELY_SPAM, this::showLikelySpam);
        commands.on(DeskAction.SPAM_LIKELY, this::spamLikely);
        commands.on(DeskAction.AUTO_SPAM, this::editAutoSpam);
    }

    /**
     * Asks from which score the triage should mark spam by itself (blank: never), saying what that score would have
     * caught among the decisions so far; once on, the pending comments are judged again at once.
     */
    public void editAutoSpam() {
        lanes.run(Lane.INFO, triage::autoSpamSetting, current -> askAutoSpam(current.on()
                ? String.format(Locale.ROOT, "%.2f", current.threshold()) : ""), dialogs::showFailure);
    }

    private void askAutoSpam(String shown) {
        dialogs.askText("Auto-spam", "Mark pending comments spam automatically when they score at least "
                + "(0 to 1; blank: off). Each time is one undo step in the audit log.", shown)
                .ifPresent(this::saveAutoSpam);
    }

    private void saveAutoSpam(String typed) {
        AutoSpam setting;
        if (typed.isBlank()) {
            setting = AutoSpam.OFF;
        } else {
            try {
                setting = new AutoSpam(true, Double.parseDouble(typed.strip().replace(',', '.')));
            } catch (IllegalArgumentException e) {
                dialogs.showError("Auto-spam", "A score above 0 and at most 1, such as 0.95: not “" + typed + "”");
                askAutoSpam(typed); // again, with what was typed to correct
                return;
            }
        }
        lanes.run(Lane.WRITE, () -> {
            triage.saveAutoSpam(setting);
            return setting.on() ? triage.check(setting.threshold()).brief() : "";
        }, caught -> {
            moderation.messageProperty().set(setting.on() ? String.format(Locale.ROOT,
                    "Auto-spam on from %.2f: %s", setting.threshold(), caught)
                    : "Auto-spam off");
            vm.rescore();
        }, dialogs::showFailure);
    }

    /** The pending comments at or above the threshold (the score filter), highest score first. */
    public void showLikelySpam() {
        QueueQuery q = queue.query();
        queue.load(QueueQuery.of(QueueFilter.pending().withSearch(q.filter().search()))
                .withScope(q.scope().withMinScore(threshold())).sortedBy(SortKey.SCORE, true));
    }

    /** Every pending comment at or above the threshold, under the filter bar's other filters, marked spam. */
    public void spamLikely() {
        double t = threshold();
        Scope scope = queue.query().scope().withMinScore(t);
        QueueQuery pending = QueueQuery.of(QueueFilter.pending()).withScope(scope);
        String what = String.format(Locale.ROOT, "pending comments scoring %.2f or more", t);
        moderation.actOnAll(pending, ModerationAction.SPAM, what,
                () -> triage.check(t).sentence());
    }

    /** The score filter's minimum when one is set, else the triage's default. */
    private double threshold() {
        Double min = queue.query().scope().minScore();
        return min != null ? min : Triage.DEFAULT_THRESHOLD;
    }

    public TriageViewModel viewModel() {
        return vm;
    }
}
