package dev.moddesk.ui.importing;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.formats.ImportException;
import dev.moddesk.ui.Background;
import dev.moddesk.ui.Format;
import dev.moddesk.ui.Lanes;
import dev.moddesk.ui.dialogs.DialogService;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;

/**
 * Imports a file from the window (menu or drop): on the WRITE lane in one transaction, with progress and
 * Cancel; a summary when done, the file and line in a dialog when the file is broken.
 */
public final class ImportViewModel {
    private final Lanes lanes;
    private final Workspace desk;
    private final DialogService dialogs;
    private final Runnable afterImport;
    private final BooleanProperty running = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final StringProperty message = new SimpleStringProperty("");
    private Task<ImportSummary> task;

    public ImportViewModel(Lanes lanes, Workspace desk, DialogService dialogs, Runnable afterImport) {
        this.lanes = lanes;
        this.desk = desk;
        this.dialogs = dialogs;
        this.afterImport = afterImport;
    }

    public BooleanProperty runningProperty() {
        return running;
    }

    public DoubleProperty progressProperty() {
        return progress;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** File → Import…: asks for a file, then imports it. */
    public void chooseAndImport() {
        dialogs.chooseImportFile().ifPresent(this::importFile);
    }

    public void importFile(Path file) {
        if (running.get()) {
            dialogs.showInfo("An import is running", "Wait for the import in progress to finish, or cancel it.");
            return;
        }
        List<String> warnings = new ArrayList<>();
        Task<ImportSummary> t = new Task<>() {
            @Override
            protected ImportSummary call() {
                return desk.importer(w -> {
                    synchronized (warnings) {
                        warnings.add(w);
                    }
                }).importFile(file, (read, total, comments) -> {
                    updateProgress(read, total > 0 ? total : -1);
                    updateMessage("Importing " + file.getFileName() + ": " + Format.count(comments, "comment"));
                }, this::isCancelled);
            }
        };
        task = t;
        running.set(true);
        message.unbind();
        progress.unbind();
        message.bind(t.messageProperty());
        progress.bind(t.progressProperty());
        lanes.submit(Background.Lane.WRITE, t, summary -> {
            done();
            message.set("Imported " + file.getFileName() + ": " + Format.count(summary.inserted()) + " new, "
                    + Format.count(summary.updated()) + " updated, " + Format.count(summary.conflicts(), "conflict"));
            afterImport.run();
            dialogs.showInfo("Import finished", file.getFileName() + " (" + summary.format() + ")\n\n"
                    + Format.count(summary.comments(), "comment") + " read\n"
                    + Format.count(summary.inserted()) + " inserted\n"
                    + Format.count(summary.updated()) + " updated\n"
                    + Format.count(summary.unchanged()) + " unchanged\n"
                    + Format.count(summary.conflicts(), "conflict") + "\n"
                    + String.format("%.1f s", summary.seconds())
                    + (warnings.isEmpty() ? "" : "\n\n" + Format.count(warnings.size(), "warning")
                            + ", e.g.: " + warnings.get(0)));
        }, e -> {
            done();
            if (e instanceof CancellationException || t.isCancelled()) {
                message.set("Import of " + file.getFileName() + " cancelled; nothing was changed");
                return;
            }
            String text = e instanceof ImportException ie ? ie.describe()
                    : file + ": " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            message.set("Import failed; nothing was changed");
            dialogs.showError("Import failed", text + "\n\nThe database was left as it was.");
        });
    }

    public void cancel() {
        if (task != null) {
            task.cancel(false);
        }
    }

    private void done() {
        message.unbind();
        progress.unbind();
        progress.set(-1);
        running.set(false);
        task = null;
    }
}
