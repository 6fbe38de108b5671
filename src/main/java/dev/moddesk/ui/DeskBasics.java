package dev.moddesk.ui;

import dev.moddesk.app.Workspace;
import dev.moddesk.ui.about.AboutInfo;
import dev.moddesk.ui.about.AboutWindow;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.actions.Shortcuts;
import dev.moddesk.ui.dialogs.DialogService;
import dev.moddesk.ui.prefs.DeskPrefs;
import dev.moddesk.ui.settings.GeneralPage;
import dev.moddesk.ui.settings.RepliesPage;
import dev.moddesk.ui.settings.SettingsWindow;
import dev.moddesk.ui.theme.Themes;
import java.util.List;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

/**
 * What every desk window has whatever it shows: Settings… (the moderator's name, the canned replies), the light and dark theme, the
 * keyboard shortcuts ({@code ?}), About and Quit.
 */
final class DeskBasics {
    private final Stage stage;
    private final Workspace desk;
    private final DialogService dialogs;
    private final DeskPrefs prefs;
    private String theme;
    private Scene scene;
    private AboutWindow about;
    private SettingsWindow settings;

    DeskBasics(Stage stage, Workspace desk, DialogService dialogs, DeskPrefs prefs, Commands commands) {
        this.stage = stage;
        this.desk = desk;
        this.dialogs = dialogs;
        this.prefs = prefs;
        this.theme = prefs.get("theme", Themes.LIGHT);
        commands.on(DeskAction.SETTINGS, this::editSettings);
        commands.on(DeskAction.SHORTCUTS, () -> dialogs.showShortcuts(Shortcuts.all()));
        commands.on(DeskAction.ABOUT, this::showAbout);
        // as the window's close button does, so that whoever must ask first (an editor with unsaved text) can
        commands.on(DeskAction.QUIT, () -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    /** Gives the window's scene the theme chosen last time. */
    void style(Scene s) {
        scene = s;
        Themes.apply(scene, theme);
    }

    /** Gives another window's scene the theme of the moment. */
    void themed(Scene other) {
        Themes.apply(other, theme);
    }

    /** Light theme and Dark theme, for the View menu. */
    List<MenuItem> themeItems() {
        ToggleGroup themes = new ToggleGroup();
        RadioMenuItem light = new RadioMenuItem("Light theme");
        RadioMenuItem dark = new RadioMenuItem("Dark theme");
        light.setToggleGroup(themes);
        dark.setToggleGroup(themes);
        (Themes.DARK.equals(theme) ? dark : light).setSelected(true);
        light.setOnAction(e -> setTheme(Themes.LIGHT));
        dark.setOnAction(e -> setTheme(Themes.DARK));
        return List.of(light, dark);
    }

    private void setTheme(String t) {
        theme = t;
        Themes.apply(scene, t);
        prefs.put("theme", t);
    }

    /** Made on first use (in the theme of that moment) and reused. */
    private void showAbout() {
        if (about == null) {
            about = new AboutWindow(stage, AboutInfo.of(desk.file()), dialogs::openInBrowser,
                    s -> Themes.apply(s, theme));
        }
        about.show();
    }

    /**
     * The first start asks for the moderator's name, offering the login name: every decision records it, and a
     * silent "root" helps no one reading the audit log. Cancelled, it is asked again next time.
     */
    void askNameIfUnknown() {
        if (prefs.moderator().isBlank()) {
            dialogs.askText("Welcome to ModDesk", "Your name as moderator (recorded with every decision; "
                    + "File → Settings… changes it):", desk.moderation().moderator()).ifPresent(this::saveName);
        }
    }

    private void saveName(String name) {
        if (!name.isBlank()) {
            prefs.moderator(name);
            prefs.flush();
        }
    }

    /** One Settings window at a time; opened again, it shows what the preferences say then. */
    private void editSettings() {
        if (settings == null || !settings.isShowing()) {
            String current = prefs.moderator().isBlank() ? desk.moderation().moderator() : prefs.moderator();
            settings = new SettingsWindow(stage, List.of(new GeneralPage(prefs, current), new RepliesPage(prefs)),
                    this::themed, prefs::flush);
        }
        settings.show();
    }
}
