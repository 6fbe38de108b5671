package dev.moddesk.ui.triage;

import dev.moddesk.app.triage.SpamTriage;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SortKey;
import dev.moddesk.triage.Triage;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
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
    static final Duration SETTLE = Duration.millis(1_500);

    private final TriageViewModel vm;
    private final SpamTriage triage;
    private final QueueViewModel queue;
    private final ModerationViewModel moderation;
    private final PauseTransition settle = new PauseTransition(SETTLE);

    public TriageFeature(TriageViewModel vm, SpamTriage triage, QueueViewModel queue, ModerationViewModel moderation,
                         Commands commands) {
        this.vm = vm;
        this.triage = triage;
        this.queue = queue;
        this.moderation = moderation;
        settle.setOnFinished(e -> vm.countsChanged(queue.countsProperty().get()));
        queue.countsProperty().addListener((o, a, b) -> settle.playFromStart());
        commands.on(DeskAction.SHOW_LIKELY_SPAM, this::showLikelySpam);
        commands.on(DeskAction.SPAM_LIKELY, this::spamLikely);
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
                () -> "Among the comments decided so far, this threshold " + triage.check(t).sentence() + ".");
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
