package dev.moddesk.ui.triage;

import dev.moddesk.app.triage.DryRun;
import dev.moddesk.app.triage.RulesRefused;
import dev.moddesk.app.triage.TriageRules;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.LongWork;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The Spam rules window's state: the rules being edited, each key list's problem (shown next to it), the dry run
 * (in the background, with progress and Cancel) and its counts, and saving. Lives on the UI thread.
 */
public final class SpamRulesViewModel {
    private final Background background;
    private final TriageRules rules;
    private final StringProperty moderationKeys = new SimpleStringProperty("");
    private final StringProperty disallowedKeys = new SimpleStringProperty("");
    private final ObjectProperty<Integer> maxLinks = new SimpleObjectProperty<>(2);
    private final BooleanProperty previouslyApproved = new SimpleBooleanProperty(true);
    private final BooleanProperty requireNameEmail = new SimpleBooleanProperty(true);
    private final ObjectProperty<MatchMode> matchMode = new SimpleObjectProperty<>(MatchMode.WORDPRESS);
    private final ReadOnlyStringWrapper moderationProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper disallowedProblem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper details = new ReadOnlyStringWrapper("");
    private final LongWork dryRun;
    private Consumer<Throwable> onError = e -> { };
    private Runnable onSaved = () -> { };
    /** The rules as last read or saved: what the triage judges by; null until read. */
    private DiscussionRules saved;

    public SpamRulesViewModel(Background background, TriageRules rules) {
        this.background = background;
        this.rules = rules;
        this.dryRun = new LongWork(background);
        moderationKeys.addListener((o, a, b) -> moderationProblem.set(""));
        disallowedKeys.addListener((o, a, b) -> disallowedProblem.set(""));
        matchMode.addListener((o, a, b) -> {
            moderationProblem.set("");
            disallowedProblem.set("");
        });
        // a dry run's counts and "Saved" were about the rules before this edit
        ChangeListener<Object> forget = (o, a, b) -> forgetResults();
        for (ObservableValue<?> edited : List.of(moderationKeys, disallowedKeys, maxLinks, previouslyApproved,
                requireNameEmail, matchMode)) {
            edited.addListener(forget);
        }
    }

    private void forgetResults() {
        if (!dryRun.isRunning()) {
            result.set("");
            details.set("");
            dryRun.messageProperty().set("");
        }
    }

    public void onError(Consumer<Throwable> handler) {
        this.onError = handler;
    }

    /** {@code saved} runs on the UI thread after each save that reached the database. */
    public void onSaved(Runnable saved) {
        this.onSaved = saved;
    }

    public StringProperty moderationKeysProperty() {
        return moderationKeys;
    }

    public StringProperty disallowedKeysProperty() {
        return disallowedKeys;
    }

    public ObjectProperty<Integer> maxLinksProperty() {
        return maxLinks;
    }

    public BooleanProperty previouslyApprovedProperty() {
        return previouslyApproved;
    }

    public BooleanProperty requireNameEmailProperty() {
        return requireNameEmail;
    }

    public ObjectProperty<MatchMode> matchModeProperty() {
        return matchMode;
    }

    /** Why the moderation keys cannot be used; "" when they can. */
    public ReadOnlyStringProperty moderationProblemProperty() {
        return moderationProblem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty disallowedProblemProperty() {
        return disallowedProblem.getReadOnlyProperty();
    }

    /** The last dry run's headline: "Would have caught 412 spam and 3 approved comments". */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The last dry run's counts held and disallowed. */
    public ReadOnlyStringProperty detailsProperty() {
        return details.getReadOnlyProperty();
    }

    /** The dry run: running, progress, its message, Cancel. */
    public LongWork dryRun() {
        return dryRun;
    }

    /** The rules as edited. */
    public DiscussionRules rules() {
        Integer links = maxLinks.get();
        return new DiscussionRules(moderationKeys.get(), disallowedKeys.get(), links == null ? 0 : Math.max(0, links),
                previouslyApproved.get(), requireNameEmail.get(), matchMode.get());
    }

    /** Reads the saved rules (WordPress's defaults until saved) into the fields. */
    public void load() {
        background.run(Lane.INFO, rules::load, this::show, onError);
    }

    /** Whether the rules as edited differ from those saved (which the triage judges by). */
    public boolean unsaved() {
        return saved != null && !rules().equals(saved);
    }

    private void show(DiscussionRules r) {
        saved = r;
        moderationKeys.set(r.moderationKeys());
        disallowedKeys.set(r.disallowedKeys());
        maxLinks.set(r.maxLinks());
        previouslyApproved.set(r.previouslyApproved());
        requireNameEmail.set(r.requireNameEmail());
        matchMode.set(r.matchMode());
    }

    /** Runs the rules as edited over every comment decided approved or spam; not while one runs or a key is bad. */
    public void startDryRun() {
        DiscussionRules r = rules();
        if (dryRun.isRunning() || !usable(r)) {
            return;
        }
        result.set("");
        details.set("");
        dryRun.start(Lane.CHECK, "Checking the decided comments…", feedback -> rules.dryRun(r, (done, total) ->
                        feedback.report(String.format(Locale.ROOT, "Checked %,d of %,d decided comments", done, total),
                                total == 0 ? -1 : (double) done / total), feedback::cancelled),
                this::showDryRun, e -> {
                    if (e instanceof CancellationException) {
                        dryRun.messageProperty().set("Dry run cancelled");
                    } else {
                        dryRun.messageProperty().set("");
                        onError.accept(e);
                    }
                });
    }

    private void showDryRun(DryRun run) {
        String headline = run.headline();
        result.set(Character.toUpperCase(headline.charAt(0)) + headline.substring(1));
        String byRule = run.byRuleWords();
        details.set(run.details() + (byRule.isEmpty() ? "" : "\nBy rule (a comment may be caught by several): "
                + byRule));
        dryRun.messageProperty().set(String.format(Locale.ROOT, "%,d decided comments checked",
                run.spam() + run.approved()));
    }

    public void cancelDryRun() {
        dryRun.cancel("Cancelling…");
    }

    /** Saves the rules as edited, where the writes go; a bad key is shown next to its list instead. */
    public void save() {
        DiscussionRules r = rules();
        if (!usable(r)) {
            return;
        }
        background.run(Lane.WRITE, () -> {
            rules.save(r);
            return r;
        }, written -> {
            saved = written;
            dryRun.messageProperty().set("Saved");
            onSaved.run();
        }, e -> {
            if (e instanceof RulesRefused refused) {
                showProblems(refused.problems());
            } else {
                onError.accept(e);
            }
        });
    }

    private boolean usable(DiscussionRules r) {
        List<DiscussionRules.Problem> problems = r.problems();
        showProblems(problems);
        return problems.isEmpty();
    }

    private void showProblems(List<DiscussionRules.Problem> problems) {
        moderationProblem.set("");
        disallowedProblem.set("");
        for (DiscussionRules.Problem p : problems) {
            (p.list() == DiscussionRules.KeyList.MODERATION ? moderationProblem : disallowedProblem).set(p.message());
        }
    }
}
