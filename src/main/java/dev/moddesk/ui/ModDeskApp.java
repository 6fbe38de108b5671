package dev.moddesk.ui;

import dev.moddesk.app.Workspace;
import dev.moddesk.owner.Claim;
import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.owner.HandedCommand;
import dev.moddesk.owner.Owned;
import dev.moddesk.owner.OwnerDuties;
import dev.moddesk.ui.dialogs.FxDialogService;
import dev.moddesk.ui.health.DamagedDatabase;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The desk application: owns its database ({@link DeskLauncher}), opens it and its window, and runs the
 * commands other ModDesk processes hand over while it is open.
 */
public final class ModDeskApp extends Application {
    /** How long quitting waits for commands handed over before it cancels them. */
    private static final Duration GRACE = Duration.ofSeconds(5);

    private static Path database;
    private static Owned initialClaim;
    /** The database opening while the toolkit starts (when this process already owns it). */
    private static DeskOpening initialOpening;

    private Owned owned;
    private DeskOpening opening;
    private Workspace desk;
    private DeskWindow window;

    /** Runs the desk on {@code file}; {@code claim} is null while a command line still has the database. */
    static void launchDesk(Path file, Owned claim) {
        database = file;
        initialClaim = claim;
        if (claim != null) {
            initialOpening = DeskOpening.start(file, DeskPrefs.user()::moderator);
        }
        JavaFxLog.dropClassPathWarning();
        Application.launch(ModDeskApp.class);
    }

    @Override
    public void start(Stage stage) {
        if (initialClaim != null) {
            open(stage, initialClaim, initialOpening);
        } else {
            new DeskWaiting(stage, database).waitFor(claim -> open(stage, claim));
        }
    }

    private void open(Stage stage, Owned claim) {
        open(stage, claim, DeskOpening.start(database, DeskPrefs.user()::moderator));
    }

    /** Builds the desk once {@code opening} has the database open, or says why it could not open. */
    private void open(Stage stage, Owned claim, DeskOpening opening) {
        owned = claim;
        this.opening = opening;
        StartTrace.followIfAsked(stage);
        OpeningWindow.unlessOpen(stage, database, DeskPrefs.user(), opening, workspace -> show(stage, workspace),
                failure -> cannotOpen(stage, failure));
    }

    private void show(Stage stage, Workspace workspace) {
        desk = workspace;
        FxDialogService dialogs = new FxDialogService(stage, getHostServices());
        window = new DeskWindow(stage, desk, dialogs, DeskPrefs.user());
        owned.serve(duties(stage));
        window.show();
        StartTrace.mark("desk built");
    }

    private void cannotOpen(Stage stage, RuntimeException failure) {
        if (Workspace.isDamage(failure)) {
            openInstead(stage, DamagedDatabase.resolve(database, String.valueOf(failure.getMessage()),
                    new FxDialogService(stage, getHostServices())));
            return;
        }
        Alert a = new Alert(Alert.AlertType.ERROR, String.valueOf(failure.getMessage()), ButtonType.OK);
        a.setTitle("ModDesk cannot open its database");
        a.setHeaderText("Cannot open " + database);
        a.showAndWait();
        Platform.exit();
    }

    /** Opens {@code next} (the same database restored, or another one, which needs a claim of its own), or quits. */
    private void openInstead(Stage stage, Optional<Path> next) {
        if (next.isEmpty()) {
            Platform.exit(); // stop() gives up the claim
            return;
        }
        Path target = next.get().toAbsolutePath();
        if (target.equals(database)) {
            open(stage, owned);
            return;
        }
        Claim claim = DatabaseOwnership.claim(target, DeskLauncher.role());
        if (claim instanceof Owned other) {
            owned.close();
            database = target;
            open(stage, other);
        } else {
            new FxDialogService(stage, getHostServices()).showError("ModDesk", target
                    + " is open in another ModDesk already; switch to that window.");
            open(stage, owned);
        }
    }

    /** What the desk does for other processes: runs their commands, and comes forward when one wants a desk. */
    private static OwnerDuties duties(Stage stage) {
        return new OwnerDuties() {
            @Override
            public int runCommand(HandedCommand command, PrintStream out, PrintStream err, BooleanSupplier cancelled) {
                return DeskLauncher.commands().runCommand(command, out, err, cancelled);
            }

            @Override
            public Optional<String> showDesk() {
                Platform.runLater(() -> {
                    stage.setIconified(false);
                    stage.toFront();
                    stage.requestFocus();
                });
                return Optional.empty();
            }
        };
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (desk != null) {
            desk.close();
        } else if (opening != null) {
            opening.abandon(); // quit before the window was built: close the database once it has opened
        }
        if (owned != null) {
            owned.close(GRACE);
        }
    }
}
