package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.ui.actions.Commands;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Ctrl++ (or Ctrl+=, keypad +), Ctrl+- and Ctrl+0 size the whole desk's text, from the queue or while typing in
 * the search box; the queue's rows follow, the View menu has the same, and the size is remembered.
 */
class TextSizeTest extends DeskUiTestBase {

    private double headerFontSize() {
        return OnScreen.fx(() -> ((Label) robot.lookup("#queue").queryAs(TableView.class)
                .lookup(".column-header .label")).getFont().getSize());
    }

    private double rowHeight() {
        return OnScreen.fx(() -> robot.lookup("#queue").queryAs(TableView.class).getFixedCellSize());
    }

    @Test
    void ctrlPlusMinusAndZeroSizeTheWholeDeskAndItIsRemembered() {
        robot.clickOn("#queue");
        double font = headerFontSize();
        double row = rowHeight();
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        key(KeyCode.CONTROL, KeyCode.ADD);
        assertEquals(12.0, prefs.getDouble("text.points", 0), "two steps up from 10.5 pt, remembered");
        assertTrue(headerFontSize() > font * 1.1, "the headers' text grew: " + font + " → " + headerFontSize());
        assertTrue(rowHeight() > row, "the rows grew with it: " + row + " → " + rowHeight());
        assertColumnsFillTheTable();

        robot.clickOn("#search");
        key(KeyCode.CONTROL, KeyCode.MINUS);
        assertEquals(11.0, prefs.getDouble("text.points", 0), "from the search box too");
        assertEquals("", OnScreen.fx(() -> robot.lookup("#search").queryAs(javafx.scene.control.TextField.class)
                .getText()), "nothing typed into it");
        key(KeyCode.CONTROL, KeyCode.DIGIT0);
        assertEquals(10.5, prefs.getDouble("text.points", 0));
        assertEquals(font, headerFontSize(), 0.01, "back to the theme's size");
        assertEquals(row, rowHeight(), 0.5);

        key(KeyCode.CONTROL, KeyCode.PLUS);
        assertEquals(11.0, OnScreen.fx(() -> new TextSize(prefs, new Commands()).pointsProperty().get()),
                "the next window opens at the remembered size");
        assertNoErrors();
    }

    @Test
    void theStepsStopAt9And24Points() {
        robot.clickOn("#queue");
        for (int i = 0; i < 15; i++) {
            key(KeyCode.CONTROL, KeyCode.MINUS);
        }
        assertEquals(9.0, prefs.getDouble("text.points", 0));
        for (int i = 0; i < 15; i++) {
            key(KeyCode.CONTROL, KeyCode.EQUALS);
        }
        assertEquals(24.0, prefs.getDouble("text.points", 0));
        assertColumnsFillTheTable();
        assertTrue(OnScreen.fx(() -> robot.lookup("#queue").query().getScene().getRoot().getStyle()).contains("24.0pt"));
    }

    /** The comment column still takes the width the others leave: no gap after the last column. */
    private void assertColumnsFillTheTable() {
        robot.interact(() -> robot.lookup("#queue").query().getScene().getRoot().layout());
        settle();
        double[] widths = OnScreen.fx(() -> {
            TableView<?> t = robot.lookup("#queue").queryAs(TableView.class);
            double columns = t.getColumns().stream().mapToDouble(c -> c.getWidth()).sum();
            javafx.scene.Node header = t.lookup(".column-header-background");
            return new double[] {columns, header.getLayoutBounds().getWidth()};
        });
        assertTrue(widths[0] >= widths[1] - 30, "the columns fill the table: " + widths[0] + " of " + widths[1]);
    }

    @Test
    void theViewMenuSizesTheTextToo() {
        // the desk's menu bar: a window an earlier test class left open may have one too
        Menu view = robot.from(robot.lookup("#queue").query().getScene().getRoot()).lookup(".menu-bar")
                .queryAs(MenuBar.class).getMenus().stream().filter(m -> "menu-view".equals(m.getId())).findFirst()
                .orElseThrow();
        MenuItem larger = view.getItems().stream().filter(i -> "menu-text-larger".equals(i.getId())).findFirst()
                .orElseThrow();
        assertTrue(larger.getText().contains("Ctrl++"), larger.getText());
        robot.interact(larger::fire);
        settle();
        assertEquals(11.0, prefs.getDouble("text.points", 0));
        assertEquals(10.0, TextSize.nearest(9.8), "a hand-edited size is taken to the nearest step");
    }
}
