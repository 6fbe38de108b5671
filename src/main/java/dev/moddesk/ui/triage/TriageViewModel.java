package dev.moddesk.ui.triage;

import dev.moddesk.app.triage.Rescore;
import dev.moddesk.app.triage.Scoring;
import dev.moddesk.app.triage.SpamTriage;
import dev.moddesk.app.triage.TriageSummary;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.core.Verdict;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.OneAtATime;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * Keeps the pending comments' scores current: learns and scores on the triage lane (seconds that hold up nothing),
 * then saves the verdicts on the write lane one batch at a time, so a decision made meanwhile waits for one batch at
 * most. A new request while a run is under way makes one more run afterwards.
 */
public final class TriageViewModel {
    private final Background lanes;
    private final SpamTriage triage;
    private final OneAtATime runs = new OneAtATime(this::run);
    private Rescore next = Rescore.ALL_WHEN_DECISIONS_CHANGED;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper();
    private final ObjectProperty<TriageSummary> last = new SimpleObjectProperty<>();
    private Consumer<Throwable> failed = e -> { };
    private volatile boolean closed;
    private StatusCounts scoredAt;

    /** The queue shows the new verdicts as it shows any commit: the window's change watcher sees them. */
    public TriageViewModel(Background lanes, SpamTriage triage) {
        this.lanes = lanes;
        this.triage = triage;
    }

    public void onError(Consumer<Throwable> handler) {
        this.failed = handler;
    }

    /** Whether a run is learning, scoring or saving. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the latest finished run did. */
    public ObjectProperty<TriageSummary> lastProperty() {
        return last;
    }

    /**
     * Scores again when the counts moved ({@code counts}: the database's counts by status; a verdict changes none
     * of them, so saving verdicts never asks for another run): every pending comment when the decisions changed
     * since the saved model learned from them, else only those without a verdict (new from an import or a pull).
     */
    public boolean countsChanged(StatusCounts counts) {
        if (counts == null || scoredAt != null && scoredAt.pending() == counts.pending()
                && scoredAt.approved() == counts.approved() && scoredAt.spam() == counts.spam()) {
            return false;
        }
        scoredAt = counts;
        runs.request();
        return true;
    }

    /** Learns and scores every pending comment again, once the run under way (if any) has finished. */
    public void rescore() {
        next = Rescore.ALL;
        runs.request();
    }

    /** Stops asking for runs; a run under way stops at its next comment. */
    public void close() {
        closed = true;
    }

    private void run(Runnable done) {
        if (closed) {
            done.run();
            return;
        }
        running.set(true);
        Rescore which = next;
        next = Rescore.ALL_WHEN_DECISIONS_CHANGED;
        lanes.run(Lane.TRIAGE, () -> triage.score(which, () -> closed), scoring -> save(scoring, done), e -> {
            finished(done);
            if (!(e instanceof CancellationException)) {
                failed.accept(e);
            }
        });
    }

    private void save(Scoring scoring, Runnable done) {
        saveNext(SpamTriage.batches(scoring.verdicts()).iterator(), scoring, done);
    }

    private void saveNext(Iterator<Map<Long, Verdict>> batches, Scoring scoring, Runnable done) {
        if (closed) {
            finished(done);
            return;
        }
        if (!batches.hasNext()) {
            lanes.run(Lane.WRITE, () -> {
                triage.saveModel(scoring);
                return triage.autoSpam();
            }, autoSpammed -> {
                last.set(SpamTriage.summary(scoring, autoSpammed));
                finished(done);
            }, e -> {
                finished(done);
                failed.accept(e);
            });
            return;
        }
        Map<Long, Verdict> batch = batches.next();
        lanes.run(Lane.WRITE, () -> {
            triage.save(batch);
            return List.of();
        }, ok -> {
            saveNext(batches, scoring, done);
        }, e -> {
            finished(done);
            failed.accept(e);
        });
    }

    private void finished(Runnable done) {
        running.set(false);
        done.run();
    }
}
