package dev.moddesk.ui;

import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import java.util.List;
import javafx.beans.value.ChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.MenuBar;

/**
 * The keyboard between the window's main parts, as in other desktop apps: F6 and Shift+F6 go round the views,
 * the queue and the details; F10 opens the first menu, whose own keys (arrows, Enter, Esc) then work in it.
 */
final class KeyboardRegions {
    private final List<Node> regions;

    /**
     * {@code regions} in the order F6 visits them; {@code home} (the queue) takes the keyboard back when the
     * control that had it goes away (a button of a comment that was just decided), instead of the first control
     * of the window, the search box, where the next key would be typed.
     */
    KeyboardRegions(List<Node> regions, Node home, MenuBar menus, Commands commands) {
        this.regions = List.copyOf(regions);
        // a node taken out of the window keeps the focus, and the window's keys no longer reach the key map
        ChangeListener<Scene> goneAway = (o, was, now) -> {
            if (now == null) {
                home.requestFocus();
            }
        };
        home.sceneProperty().addListener((o, a, scene) -> {
            if (scene != null) {
                scene.focusOwnerProperty().addListener((f, before, now) -> {
                    if (before != null) {
                        before.sceneProperty().removeListener(goneAway);
                    }
                    if (now != null) {
                        now.sceneProperty().addListener(goneAway);
                    }
                });
            }
        });
        commands.on(DeskAction.NEXT_REGION, () -> move(1));
        commands.on(DeskAction.PREVIOUS_REGION, () -> move(-1));
        commands.on(DeskAction.MENUS, () -> menus.getMenus().get(0).show());
    }

    private void move(int step) {
        Node focus = regions.get(0).getScene() == null ? null : regions.get(0).getScene().getFocusOwner();
        int at = regionOf(focus);
        int next = at < 0 ? 0 : Math.floorMod(at + step, regions.size());
        regions.get(next).requestFocus();
    }

    /** Which region holds {@code n}; -1 for none (the tool bar, the filter bar). */
    private int regionOf(Node n) {
        for (Node p = n; p != null; p = p.getParent()) {
            int i = regions.indexOf(p);
            if (i >= 0) {
                return i;
            }
        }
        return -1;
    }
}
