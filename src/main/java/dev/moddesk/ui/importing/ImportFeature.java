package dev.moddesk.ui.importing;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.background.Background.Lane;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.dialogs.DialogService;
import java.io.File;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;

/**
 * Comments into the desk: File → Import… (Ctrl+O), a file dropped on the window, the demo site, and the offer of
 * both when the database is empty.
 */
public final class ImportFeature {
    private final Background background;
    private final DialogService dialogs;
    private final ImportViewModel importer;

    /** {@code afterImport} reads the window's views again. */
    public ImportFeature(Background background, Workspace desk, DialogService dialogs, Runnable afterImport,
                         Commands commands) {
        this.background = background;
        this.dialogs = dialogs;
        this.importer = new ImportViewModel(background, desk, dialogs, afterImport);
        commands.on(DeskAction.IMPORT, importer::chooseAndImport);
        commands.on(DeskAction.LOAD_DEMO, importer::loadDemo);
    }

    public ImportViewModel viewModel() {
        return importer;
    }

    /** A file dropped anywhere on the window is imported (the first, when several are). */
    public void acceptDrops(Scene scene) {
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
                if (files.size() > 1 && importer.runningProperty().get()) {
                    importer.messageProperty().set("One file at a time: importing " + files.get(0).getName());
                }
            }
            e.setDropCompleted(!files.isEmpty());
            e.consume();
        });
    }

    /** When the database has no comment yet: offers the demo site or a file. */
    public void offerWhenEmpty(QueueReader reader) {
        background.run(Lane.INFO, () -> reader.counts().total(), total -> {
            if (total == 0) {
                background.toUi(this::firstStart); // after this callback: the question waits for an answer
            }
        }, null);
    }

    private void firstStart() {
        switch (dialogs.askFirstStart()) {
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
}
