package dev.moddesk.ui;

import dev.moddesk.ui.actions.Commands;
import dev.moddesk.ui.actions.DeskAction;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.MenuBar;

/**
 * The keyboard between the window's main parts, as in other desktop apps: F6 and Shift+F6 go round the views,
 * the queue and the details; F10 opens the first menu, whose own keys (arrows, Enter, Esc) then work in it.
 */
final class KeyboardRegions {
    private final List<Node> regions;

    /** {@code regions} in the order F6 visits them. */
    KeyboardRegions(List<Node> regions, MenuBar menus, Commands commands) {
        this.regions = List.copyOf(regions);
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
