package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.ui.theme.Themes;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import org.junit.jupiter.api.Test;

/**
 * The window at 1280×800 and wider: every column at least its minimum, the comment column taking the width
 * the others leave, post titles with their tooltip, the filter bar on one line, the dark theme.
 */
class LayoutTest extends DeskUiTestBase {




    @Test
    void theCommentColumnTakesTheSpareWidth() {
        resizeWindow(1280, 800);
        for (TableColumn<?, ?> c : queueTable().getColumns()) {
            assertTrue(c.getWidth() >= c.getMinWidth() - 0.5, c.getId() + " " + c.getWidth() + " < " + c.getMinWidth());
        }
        double excerpt = columnWidth("col-excerpt");
        double others = queueTable().getColumns().stream().filter(c -> !"col-excerpt".equals(c.getId()))
                .mapToDouble(TableColumn::getWidth).sum();
        assertTrue(excerpt + others <= queueTable().getWidth(), "no horizontal scrolling");
        assertTrue(excerpt >= 150, "comment column at 1280: " + excerpt);

        double author = columnWidth("col-author");
        double date = columnWidth("col-date");
        double post = columnWidth("col-post");
        resizeWindow(1600, 1000);
        // the detail pane takes its share of the 320 new pixels; of the queue's, the comment gets the most
        double grown = columnWidth("col-excerpt") - excerpt;
        assertTrue(grown > 100 && grown > columnWidth("col-post") - post, "the comment column gets the new width: +"
                + grown);
        assertEquals(date, columnWidth("col-date"), 0.5, "the date column keeps its width");
        assertTrue(columnWidth("col-author") >= author, "author keeps (or gets back) its width");
        assertTrue(columnWidth("col-excerpt") > 2 * columnWidth("col-post"), "the comment is the widest column");

        // the filter bar fits on one line, nothing pushed out of the window
        Node bar = robot.lookup("#filter-bar").query();
        Node clear = robot.lookup("#clear-filters").query();
        double right = clear.localToScene(clear.getBoundsInLocal()).getMaxX();
        assertTrue(right <= bar.getScene().getWidth(), "Clear filters visible: " + right);
        assertNoErrors();
    }

    @Test
    void thePostColumnShowsTheTitleWithATooltip() {
        List<Node> cells = List.copyOf(robot.lookup(".post-cell").queryAll());
        TableCell<?, ?> cell = cells.stream().map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getText() != null && !c.getText().isEmpty()).findFirst().orElseThrow();
        assertTrue(cell.getText().startsWith("Post number "), cell.getText());
        robot.moveTo(cell);
        settle();
        assertNotNull(cell.getTooltip(), "made once the pointer comes over the cell");
        assertEquals(cell.getText(), cell.getTooltip().getText());
    }

    @Test
    void theDarkThemeComesFromTheViewMenu() {
        robot.clickOn("View").clickOn("Dark theme");
        settle();
        assertTrue(queueTable().getScene().getRoot().getStyleClass().contains("theme-dark"));
        assertEquals(Themes.DARK, prefs.get("theme", null));
        robot.clickOn("View").clickOn("Light theme");
        settle();
        assertTrue(queueTable().getScene().getRoot().getStyleClass().contains("theme-light"));
    }
}
