package dev.moddesk.ui.theme;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import javafx.application.Application;
import javafx.scene.Scene;

/** Light and dark, from AtlantaFX (Primer), plus the desk's own stylesheet on top. */
public final class Themes {
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    private static final String DESK_CSS = Themes.class.getResource("/dev/moddesk/ui/desk.css").toExternalForm();

    private Themes() {
    }

    public static void apply(Scene scene, String theme) {
        boolean dark = DARK.equals(theme);
        Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                : new PrimerLight().getUserAgentStylesheet());
        if (!scene.getStylesheets().contains(DESK_CSS)) {
            scene.getStylesheets().add(DESK_CSS);
        }
        scene.getRoot().getStyleClass().removeAll("theme-dark", "theme-light");
        scene.getRoot().getStyleClass().add(dark ? "theme-dark" : "theme-light");
    }
}
