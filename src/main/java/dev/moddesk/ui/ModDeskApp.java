package dev.moddesk.ui;

import dev.moddesk.app.Desk;
import dev.moddesk.ui.dialogs.FxDialogService;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/** The desk application: opens the database ({@code MODDESK_DB} or the user data folder) and its window. */
public final class ModDeskApp extends Application {
    private Desk desk;
    private DeskWindow window;

    public static void launchDesk(String[] args) {
        Application.launch(ModDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        DeskPrefs prefs = DeskPrefs.user();
        Path file = Desk.defaultLocation();
        try {
            desk = Desk.open(file, prefs::moderator);
        } catch (RuntimeException e) {
            Alert a = new Alert(Alert.AlertType.ERROR, String.valueOf(e.getMessage()), ButtonType.OK);
            a.setTitle("ModDesk cannot open its database");
            a.setHeaderText("Cannot open " + file);
            a.showAndWait();
            Platform.exit();
            return;
        }
        window = new DeskWindow(stage, desk, new FxDialogService(stage, getHostServices()), prefs);
        window.show();
    }

    @Override
    public void stop() {
        if (window != null) {
            window.close();
        }
        if (desk != null) {
            desk.close();
        }
    }
}
