package dev.moddesk.ui;

import dev.moddesk.ui.actions.ActionFactory;
import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import dev.moddesk.ui.actions.KeyMap;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.value.ChangeListener;
import javafx.collections.ListChangeListener;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.MenuItem;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

/**
 * The size of the whole desk's text, in steps from 9 to 24 pt (Ctrl++, Ctrl+-, Ctrl+0), remembered. It is the
 * font size of the window's root, which the theme's and the desk's sizes (in em) follow; what is measured in
 * pixels (the queue's rows and narrow columns) follows {@link #scale()}. Every window the desk opens (Reports,
 * Settings, the editor, confirmations…) gets the same size as it shows, and again when the size changes, and the
 * keys work in the windows that are not modal: one watch over JavaFX's list of windows, so that no window has to
 * remember it. Only the preference is set here:
 * it is written to disk with the rest when the window closes, not on the FX thread now.
 */
final class TextSize {
    /** The theme's own size (14 px). */
    static final double NORMAL = 10.5;
    static final List<Double> STEPS = List.of(9.0, 10.0, 10.5, 11.0, 12.0, 13.0, 14.0, 16.0, 18.0, 20.0, 22.0, 24.0);
    private static final String PREF = "text.points";
    /** Marks a scene that has the text size's keys already (windows are shown again and again). */
    private static final String KEYS_GIVEN = "moddesk.text-size-keys";

    private final DeskPrefs prefs;
    private final Commands commands;
    private final ReadOnlyDoubleWrapper points = new ReadOnlyDoubleWrapper();

    TextSize(DeskPrefs prefs, Commands commands) {
        this.prefs = prefs;
        this.commands = commands;
        points.set(nearest(prefs.getDouble(PREF, NORMAL)));
        commands.on(DeskAction.TEXT_LARGER, () -> step(1));
        commands.on(DeskAction.TEXT_SMALLER, () -> step(-1));
        commands.on(DeskAction.TEXT_NORMAL, () -> set(NORMAL));
    }

    /**
     * Sizes the text of {@code desk}'s root and of every window {@code desk} opens, directly or through another
     * of its windows, now and whenever the size changes, until {@code desk} closes.
     */
    void apply(Stage desk, Parent root) {
        ListChangeListener<Window> opened = c -> {
            while (c.next()) {
                c.getAddedSubList().stream().filter(w -> ownedBy(w, desk)).forEach(w -> {
                    size(w);
                    keysIn((Stage) w);
                });
            }
        };
        // a dialog is modal: the size cannot change while one is open; the other windows are resizable
        ChangeListener<Number> changed = (o, a, b) -> {
            size(root);
            openWindows(desk).forEach(this::size);
        };
        Window.getWindows().addListener(opened);
        points.addListener(changed);
        desk.addEventHandler(WindowEvent.WINDOW_HIDDEN, e -> {
            Window.getWindows().removeListener(opened);
            points.removeListener(changed);
        });
        size(root);
    }

    private static List<Window> openWindows(Stage desk) {
        return Window.getWindows().stream().filter(w -> ownedBy(w, desk)).toList();
    }

    /** A window of the desk's own (not a menu's or a combo's popup: those follow the control they belong to). */
    private static boolean ownedBy(Window w, Stage desk) {
        Window owner = w instanceof Stage s ? s.getOwner() : null;
        while (owner != null && owner != desk) {
            owner = owner instanceof Stage s ? s.getOwner() : null;
        }
        return owner == desk;
    }

    /** Ctrl++, Ctrl+- and Ctrl+0 in a window that is not modal (a dialog's size is fixed while it is open). */
    private void keysIn(Stage w) {
        Scene scene = w.getScene();
        if (w.getModality() == Modality.NONE && scene != null
                && scene.getProperties().putIfAbsent(KEYS_GIVEN, Boolean.TRUE) == null) {
            KeyMap.installAnywhereKeys(scene, commands);
        }
    }

    private void size(Window w) {
        if (w.getScene() != null) {
            size(w.getScene().getRoot());
        }
    }

    private void size(Parent root) {
        root.setStyle(String.format(Locale.ROOT, "-fx-font-size: %.1fpt;", points.get()));
    }

    /** For the View menu. */
    List<MenuItem> menuItems(ActionFactory actions) {
        return List.of(actions.menuItem(DeskAction.TEXT_LARGER), actions.menuItem(DeskAction.TEXT_SMALLER),
                actions.menuItem(DeskAction.TEXT_NORMAL));
    }

    ReadOnlyDoubleProperty pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** The size against the normal one: 1 normally, 2 at 21 pt. */
    double scale() {
        return points.get() / NORMAL;
    }

    private void step(int by) {
        int at = STEPS.indexOf(points.get());
        set(STEPS.get(Math.max(0, Math.min(STEPS.size() - 1, at + by))));
    }

    private void set(double pt) {
        points.set(pt);
        prefs.putDouble(PREF, pt);
    }

    /** A remembered size as one of the steps (a hand-edited preference may be anything). */
    static double nearest(double pt) {
        double best = NORMAL;
        for (double s : STEPS) {
            if (Math.abs(s - pt) < Math.abs(best - pt)) {
                best = s;
            }
        }
        return best;
    }
}
