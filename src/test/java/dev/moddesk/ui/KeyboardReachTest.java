package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Status;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Every part of the window without the mouse: Tab reaches the tool bar, the views, Clear filters, Open in
 * browser and the history links; F6 goes round views, queue and details; Alt+F and F10 open the menus.
 */
class KeyboardReachTest extends DeskUiTestBase {

    private Scene scene() {
        return robot.lookup("#queue").query().getScene();
    }

    private Node focus() {
        return OnScreen.fx(() -> scene().getFocusOwner());
    }

    /** The id of the focused node or of its nearest parent with one. */
    private String focusedId() {
        return OnScreen.fx(() -> {
            for (Node n = scene().getFocusOwner(); n != null; n = n.getParent()) {
                if (n.getId() != null) {
                    return n.getId();
                }
            }
            return null;
        });
    }

    @Test
    void tabReachesTheToolBarViewsFiltersAndTheDetails() {
        robot.clickOn("#history-email"); // an author filter: Clear filters and the filter's chip are enabled
        settle();
        Set<String> reached = new LinkedHashSet<>();
        for (int i = 0; i < 60; i++) {
            key(KeyCode.TAB);
            reached.add(focusedId());
        }
        for (String id : new String[] {"search", "btn-approve", "btn-spam", "btn-sync-now", "btn-help", "views",
                "author-filter", "clear-filters", "queue", "open-post", "history-email", "history-ip"}) {
            assertTrue(reached.contains(id), id + " reached by Tab: " + reached);
        }
    }

    @Test
    void f6GoesRoundViewsQueueAndDetails() {
        robot.clickOn("#queue");
        assertEquals("queue", focusedId());
        key(KeyCode.F6);
        assertEquals("detail", focusedId());
        key(KeyCode.F6);
        assertEquals("views", focusedId());
        key(KeyCode.DOWN); // arrows move in the views list while it has the keyboard
        assertEquals(Status.APPROVED, window.queue().query().filter().status());
        key(KeyCode.F6);
        assertEquals("queue", focusedId());
        key(KeyCode.SHIFT, KeyCode.F6);
        assertEquals("views", focusedId());
        robot.clickOn("#search");
        key(KeyCode.F6);
        assertEquals("views", focusedId(), "from the search box F6 goes to the first part");
        assertTrue(dialogs.errors.isEmpty(), () -> "errors: " + dialogs.errors);
    }

    @Test
    void altFOpensTheFileMenu() {
        Menu file = fileMenu();
        deskWindowInFront();
        key(KeyCode.ALT, KeyCode.F);
        assertTrue(showsSoon(file), "Alt+F opens File");
        key(KeyCode.ESCAPE);
        robot.interact(file::hide);
    }

    /** Alt let go before the letter (as xdotool's "key alt+f" does): the menu stays open. */
    @Test
    void altLetGoFirstKeepsTheMenuOpen() {
        Menu view = menuBar().getMenus().stream().filter(m -> m.getText().equals("_View")).findFirst().orElseThrow();
        deskWindowInFront();
        robot.press(KeyCode.ALT).press(KeyCode.V);
        assertTrue(showsSoon(view), "Alt+V opens View");
        robot.release(KeyCode.ALT).release(KeyCode.V);
        settle();
        assertTrue(view.isShowing(), "View is still open after Alt and V are let go");
        robot.interact(view::hide);
    }

    @Test
    void afterF10TheArrowsMoveInTheMenuNotInTheQueue() {
        deskWindowInFront();
        int cursor = window.queue().cursor();
        key(KeyCode.F10);
        assertTrue(showsSoon(fileMenu()), "F10 opens the first menu");
        key(KeyCode.DOWN);
        assertEquals(cursor, window.queue().cursor(), "the queue's cursor did not move");
        robot.interact(fileMenu()::hide);
        assertFalse(fileMenu().isShowing());
    }

    /**
     * The keys go to the focused window: an earlier test in the same JVM may have left another one in front, and
     * a menu only opens from a focused window.
     */
    private void deskWindowInFront() {
        javafx.stage.Window desk = scene().getWindow();
        robot.interact(desk::requestFocus);
        waitUntil("the desk's window is focused", 3000, desk::isFocused);
        robot.clickOn("#queue");
        settle();
    }

    /** A menu's popup opens on a later pulse than the key press that asked for it. */
    private static boolean showsSoon(Menu menu) {
        try {
            WaitForAsyncUtils.waitFor(3, TimeUnit.SECONDS, menu::isShowing);
            return true;
        } catch (TimeoutException e) {
            return false;
        }
    }

    private Menu fileMenu() {
        return menuBar().getMenus().get(0);
    }

    /** The desk's own: a window an earlier test class left open may have a menu bar too. */
    private MenuBar menuBar() {
        return robot.from(scene().getRoot()).lookup(".menu-bar").queryAs(MenuBar.class);
    }
}
