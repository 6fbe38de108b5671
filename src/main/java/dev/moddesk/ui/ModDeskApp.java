package dev.moddesk.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/** Placeholder desk window. */
public final class ModDeskApp extends Application {
    public static void launchDesk(String[] args) {
        Application.launch(ModDeskApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("ModDesk"), 800, 600));
        stage.show();
    }
}
