package dev.moddesk.ui.importing;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.demo.DemoData;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.triage.ImportTriage;
import dev.moddesk.app.triage.TriageSummary;
import dev.moddesk.formats.ImportException;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.background.LongWork;
import dev.moddesk.ui.dialogs.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;

/**
 * Brings comments into the database from the window: a file (menu or drop) or the demo site. On the WRITE lane
 * in one transaction, with progress and Cancel; a summary when done, the file and line in a dialog when the file
 * is broken. A file's new pending comments are scored before the summary, as the command line's import scores
 * them, so the queue the summary leaves is already in the order of their scores.
 */
public final class ImportViewModel {
    private final Workspace desk;
    private final DialogService dialogs;
    private final Runnable afterImport;
    private final LongWork work;
    private final ReadOnlyStringWrapper what = new ReadOnlyStringWrapper("");

    public ImportViewModel(Background background, Workspace desk, DialogService dialogs, Runnable afterImport) {
        this.desk = desk;
        this.dialogs = dialogs;
        this.afterImport = afterImport;
        this.work = new LongWork(background);
        work.runningProperty().addListener((o, a, b) -> {
            if (!b) {
                what.set("");
            }
        });
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return work.runningProperty();
    }

    /** What runs, for a person: "the import", "the demo data", or empty. */
    public ReadOnlyStringProperty whatProperty() {
        return what.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return work.progressProperty();
    }

    public StringProperty messageProperty() {
        return work.messageProperty();
    }

    /** File → Import…: asks for a file, then imports it. */
    public void chooseAndImport() {
        dialogs.chooseImportFile().ifPresent(this::importFile);
    }

    public void importFile(Path file) {
        if (alreadyRunning()) {
            return;
        }
        List<String> warnings = new ArrayList<>();
        what.set("the import");
        work.start(Lane.WRITE, "Importing " + file.getFileName() + "…", feedback -> read(file, warnings, feedback),
                done -> imported(file, done, warnings),
                e -> failed("Import of " + file.getFileName(), e, e instanceof ImportException ie ? ie.describe()
                        : file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage())));
    }

    /** What an import of a file did, and the scoring of what it brought (null when there was none). */
    private record Imported(ImportSummary summary, TriageSummary scored) { }

    /** On the write lane; {@code warnings} hears the records passed over. */
    private Imported read(Path file, List<String> warnings, LongWork.Feedback feedback) {
        try (ImportTriage heard = desk.triage().hearImport()) {
            ImportSummary summary = desk.importer(w -> {
                synchronized (warnings) {
                    warnings.add(w);
                }
            }).heardBy(heard).importFile(file, (read, total, comments) -> feedback.report("Importing "
                    + file.getFileName() + ": " + Format.count(comments, "comment"), total > 0 ? (double) read / total
                    : -1), feedback::cancelled);
            return new Imported(summary, summary.inserted() + summary.updated() == 0 ? null
                    : scored(heard, feedback));
        }
    }

    /**
     * Scores the pending comments the import brought; null when Cancel stopped it or it failed. The comments are
     * in the database either way, and the desk's own triage scores what is left a moment later.
     */
    private TriageSummary scored(ImportTriage heard, LongWork.Feedback feedback) {
        feedback.report("Scoring the new pending comments…", -1);
        try {
            return desk.triage().scoreImported(heard, feedback::cancelled);
        } catch (RuntimeException notNow) {
            return null;
        }
    }

    private void imported(Path file, Imported done, List<String> warnings) {
        ImportSummary summary = done.summary();
        work.messageProperty().set("Imported " + file.getFileName() + ": " + Format.count(summary.inserted()) + " new, "
                + Format.count(summary.updated()) + " updated, " + Format.count(summary.conflicts(), "conflict"));
        afterImport.run();
        TriageSummary scored = done.scored();
        dialogs.showInfo("Import finished", file.getFileName() + " (" + summary.format() + ")\n\n"
                + Format.count(summary.comments(), "comment") + " read\n"
                + Format.count(summary.inserted()) + " inserted\n"
                + Format.count(summary.updated()) + " updated\n"
                + Format.count(summary.unchanged()) + " unchanged\n"
                + Format.count(summary.conflicts(), "conflict") + "\n"
                + (scored == null || scored.scored() == 0 ? "" : Format.count(scored.scored(), "pending comment")
                        + " scored, " + Format.count(scored.likelySpam()) + " likely spam\n")
                + String.format("%.1f s", summary.seconds())
                + (warnings.isEmpty() ? "" : "\n\n" + Format.count(warnings.size(), "warning") + ", e.g.: "
                        + warnings.get(0)));
    }

    /** Loads the demo site (a few thousand realistic comments). */
    public void loadDemo() {
        if (alreadyRunning()) {
            return;
        }
        what.set("the demo data");
        work.start(Lane.WRITE, "Loading the demo site…",
                feedback -> desk.loadDemo(DemoData.DEFAULT_COMMENTS, feedback::cancelled), (ImportSummary s) -> {
                    work.messageProperty().set("Demo site loaded: " + Format.count(s.inserted(), "comment"));
                    afterImport.run();
                }, e -> failed("Loading the demo site", e, String.valueOf(e.getMessage())));
    }

    private boolean alreadyRunning() {
        if (work.isRunning()) {
            dialogs.showInfo("An import is running", "Wait for the import in progress to finish, or cancel it.");
        }
        return work.isRunning();
    }

    /** {@code subject}: "Import of file.xml", "Loading the demo site". */
    private void failed(String subject, Throwable e, String detail) {
        if (e instanceof CancellationException) {
            work.messageProperty().set(subject + " cancelled; nothing was changed");
            return;
        }
        work.messageProperty().set("Import failed; nothing was changed");
        dialogs.showError("Import failed", detail + "\n\nThe database was left as it was.");
    }

    public void cancel() {
        work.cancel("Cancelling the import…");
    }
}
