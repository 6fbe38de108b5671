package dev.moddesk.ui.settings;

import dev.moddesk.ui.admin.Closing;
import dev.moddesk.ui.theme.ScreenFit;
import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * File → Settings…: the pages listed down the left, the chosen one on the right. Closing the window (its close
 * box, Close, Esc or Ctrl+W) saves every page, then {@code saved} runs.
 */
public final class SettingsWindow {
    private final Stage stage = new Stage();

    public SettingsWindow(Window owner, List<SettingsPage> pages, Consumer<Scene> style, Runnable saved) {
        stage.initOwner(owner);
        ScreenFit.keep(stage);
        stage.setTitle("Settings");
        Closing closing = new Closing(stage, () -> {
            pages.forEach(SettingsPage::save);
            saved.run();
        });
        ListView<SettingsPage> list = new ListView<>();
        list.setId("settings-pages");
        list.getItems().setAll(pages);
        list.setCellFactory(v -> new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(SettingsPage page, boolean empty) {
                super.updateItem(page, empty);
                setText(empty || page == null ? null : page.title());
            }
        });
        list.setPrefWidth(140);
        StackPane shown = new StackPane();
        shown.setPadding(new Insets(0, 0, 0, 12));
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                shown.getChildren().setAll(b.content());
            }
        });
        list.getSelectionModel().selectFirst();
        HBox buttons = closing.buttonRow("settings-close");
        BorderPane root = new BorderPane(shown, null, null, buttons, list);
        root.setPadding(new Insets(12));
        Scene scene = new Scene(root, 720, 480);
        style.accept(scene);
        closing.keys(scene);
        stage.setScene(scene);
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public boolean isShowing() {
        return stage.isShowing();
    }
}
