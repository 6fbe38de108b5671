package dev.moddesk.ui.dialogs;

import dev.moddesk.ui.theme.ScreenFit;
import dev.moddesk.ui.theme.Themes;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.HostServices;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** The real dialogs: JavaFX alerts, the system file chooser and browser. */
public final class FxDialogService implements DialogService {
    /** How wide a question's prompt and its field are (a prompt wraps within it). */
    private static final double PROMPT_WIDTH = 420;
    private final Window owner;
    private final BrowserStart browser;

    public FxDialogService(Window owner, HostServices host) {
        this.owner = owner;
        this.browser = BrowserStart.forThisSystem(host);
    }

    @Override
    public FirstStartChoice askFirstStart() {
        ButtonType demo = new ButtonType("Load demo data", ButtonBar.ButtonData.OK_DONE);
        ButtonType file = new ButtonType("Import a file…", ButtonBar.ButtonData.OTHER);
        ButtonType empty = new ButtonType("Start empty", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, "", demo, file, empty);
        a.initOwner(owner);
        Themes.style(a.getDialogPane());
        a.setTitle("Welcome to ModDesk");
        a.setHeaderText("This database has no comments yet");
        a.setContentText("Load a demo site to try the desk, import a WordPress export (WXR, REST JSON or Disqus), "
                + "or start with an empty database.");
        ButtonType answer = a.showAndWait().orElse(empty);
        return answer == demo ? FirstStartChoice.LOAD_DEMO : answer == file ? FirstStartChoice.IMPORT_FILE
                : FirstStartChoice.START_EMPTY;
    }

    @Override
    public DamagedChoice askDamaged(Path database, String why, Optional<String> latestBackup) {
        ButtonType restore = new ButtonType("Restore the backup of " + latestBackup.orElse(""), ButtonBar.ButtonData.OK_DONE);
        ButtonType other = new ButtonType("Open another database…", ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType("Quit", ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = latestBackup.isPresent() ? new Alert(Alert.AlertType.ERROR, "", restore, other, quit)
                : new Alert(Alert.AlertType.ERROR, "", other, quit);
        a.initOwner(owner);
        Themes.style(a.getDialogPane());
        a.setTitle("The database is damaged");
        a.setHeaderText(database + " cannot be used");
        a.setContentText(why + "\n\n" + (latestBackup.isPresent()
                ? "Restoring puts the latest backup in place; the damaged file is kept beside it, its name ending in "
                + "\"damaged\"."
                : "There is no backup of it in the backups folder beside it."));
        ButtonType answer = a.showAndWait().orElse(quit);
        return answer == restore ? DamagedChoice.RESTORE : answer == other ? DamagedChoice.OPEN_ANOTHER : DamagedChoice.QUIT;
    }

    @Override
    public Optional<Path> chooseDatabase() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Open a ModDesk database");
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("ModDesk databases", "*.db"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        return Optional.ofNullable(fc.showOpenDialog(owner)).map(File::toPath);
    }

    @Override
    public boolean confirm(String title, String message, String okLabel) {
        return confirm(title, message, okLabel, ButtonType.CANCEL);
    }

    @Override
    public boolean confirm(String title, String message, String okLabel, String cancelLabel) {
        return confirm(title, message, okLabel, new ButtonType(cancelLabel, ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private boolean confirm(String title, String message, String okLabel, ButtonType cancel) {
        ButtonType ok = new ButtonType(okLabel, ButtonBar.ButtonData.OK_DONE);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, message, ok, cancel);
        a.initOwner(owner);
        Themes.style(a.getDialogPane());
        a.setTitle(title);
        a.setHeaderText(title);
        return a.showAndWait().orElse(cancel) == ok;
    }

    @Override
    public Optional<Path> chooseImportFile() {
        FileChooser fc = new FileChooser();
        fc.setTitle("Import a comment export");
        fc.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("WordPress and Disqus exports", "*.xml", "*.wxr", "*.json", "*.gz"),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String initialName, String description, String extension) {
        FileChooser fc = new FileChooser();
        fc.setTitle(title);
        fc.setInitialFileName(initialName);
        fc.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(description, "*." + extension),
                new FileChooser.ExtensionFilter("All files", "*.*"));
        File f = fc.showSaveDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public void showError(String title, String message) {
        tell(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInfo(String title, String message) {
        tell(Alert.AlertType.INFORMATION, title, message);
    }

    private void tell(Alert.AlertType type, String title, String message) {
        Alert a = new Alert(type, message, ButtonType.OK);
        a.initOwner(owner);
        Themes.style(a.getDialogPane());
        a.setTitle(title);
        a.setHeaderText(title);
        a.showAndWait();
    }

    @Override
    public Optional<String> askText(String title, String prompt, String current) {
        TextInputDialog d = new TextInputDialog(current);
        d.initOwner(owner);
        Themes.style(d.getDialogPane());
        d.setTitle(title);
        d.setHeaderText(title);
        // the prompt above the field, wrapped: beside it (the dialog's own layout) a long prompt squeezed the field
        // to a sliver in which what was typed did not show
        Label said = new Label(prompt);
        said.setWrapText(true);
        said.setMaxWidth(PROMPT_WIDTH);
        d.getEditor().setMaxWidth(PROMPT_WIDTH);
        d.getDialogPane().setContent(new VBox(8, said, d.getEditor()));
        return d.showAndWait();
    }

    @Override
    public void showShortcuts(List<ShortcutRow> rows) {
        GridPane grid = new GridPane();
        grid.setHgap(16);
        grid.setVgap(4);
        // two columns, the second starting with the section after the middle: the list fits a small screen
        int half = rows.size() / 2;
        int column = 0;
        int line = 0;
        String section = null;
        for (ShortcutRow r : rows) {
            if (!r.section().equals(section)) {
                if (section != null && column == 0 && line >= half) {
                    column = 2;
                    line = 0;
                }
                section = r.section();
                Label title = new Label(section);
                title.getStyleClass().add("section-label");
                title.setPadding(new Insets(line == 0 ? 0 : 8, 0, 0, 0));
                grid.add(title, column, line++, 2, 1);
            }
            Label key = new Label(r.keys());
            key.getStyleClass().add("shortcut-key");
            key.setMinWidth(Region.USE_PREF_SIZE);
            Label meaning = new Label(r.meaning());
            meaning.getStyleClass().add("shortcut-meaning"); // wraps beyond a width of its own: fits 1280×800
            meaning.setMinHeight(Region.USE_PREF_SIZE);
            grid.add(key, column, line);
            grid.add(meaning, column + 1, line++);
        }
        Alert a = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.CLOSE);
        a.initOwner(owner);
        Themes.style(a.getDialogPane());
        a.setTitle("Keyboard shortcuts");
        a.setHeaderText("Keyboard shortcuts (WordPress-compatible)");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setId("shortcut-list");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge"); // AtlantaFX: no frame of its own inside the dialog
        a.getDialogPane().setContent(scroll); // scrolls when the screen is lower than the list
        a.getDialogPane().setMinWidth(Region.USE_PREF_SIZE); // as wide as the two columns, not an alert's usual width
        a.setResizable(true); // and no higher than the screen: the dialog sizes itself to its content
        a.getDialogPane().setMaxHeight(ScreenFit.roomOn(owner).getHeight());
        ScreenFit.keep(a.getDialogPane().getScene().getWindow());
        a.showAndWait();
    }

    @Override
    public void openInBrowser(String url) {
        if (url == null || !(url.startsWith("http://") || url.startsWith("https://") || url.startsWith("file:"))) {
            showError("Not opened", "Only web addresses and folders are opened: " + url);
            return;
        }
        browser.open(url, why -> Platform.runLater(() -> showError("No browser could be started",
                "ModDesk could not start a browser (" + why + "). The address, to open yourself:\n" + url)));
    }
}
