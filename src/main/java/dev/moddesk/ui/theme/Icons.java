package dev.moddesk.ui.theme;

import javafx.scene.control.Labeled;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

/** The desk's icons (Material Design, through Ikonli): drawn from a font, coloured by the theme's CSS. */
public final class Icons {
    public static final Ikon APPROVE = Material2OutlinedAL.CHECK_CIRCLE;
    public static final Ikon UNAPPROVE = Material2OutlinedMZ.PAUSE_CIRCLE_OUTLINE;
    public static final Ikon SPAM = Material2OutlinedMZ.REPORT;
    public static final Ikon RESTORE = Material2OutlinedMZ.RESTORE_FROM_TRASH;
    public static final Ikon TRASH = Material2OutlinedAL.DELETE;
    public static final Ikon DELETE = Material2OutlinedAL.DELETE_FOREVER;
    public static final Ikon UNDO = Material2MZ.UNDO;
    public static final Ikon REDO = Material2MZ.REDO;
    public static final Ikon KEEP_MINE = Material2MZ.PERSON;
    public static final Ikon TAKE_SITE = Material2MZ.PUBLIC;
    public static final Ikon HELP = Material2OutlinedAL.HELP_OUTLINE;
    public static final Ikon FILTER = Material2OutlinedAL.FILTER_ALT;
    public static final Ikon CLEAR = Material2AL.CLEAR;
    public static final Ikon OPEN = Material2AL.LAUNCH;
    public static final Ikon SEARCH = Material2MZ.SEARCH;
    public static final Ikon EDIT = Material2OutlinedAL.EDIT;
    public static final Ikon REPLY = Material2MZ.REPLY;

    private Icons() {
    }

    public static FontIcon icon(Ikon ikon) {
        FontIcon i = new FontIcon(ikon);
        i.getStyleClass().add("desk-icon");
        return i;
    }

    /** Puts the icon on a button or label, left of its text. */
    public static <T extends Labeled> T on(T control, Ikon ikon) {
        control.setGraphic(icon(ikon));
        return control;
    }
}
