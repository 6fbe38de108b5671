package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;

/**
 * The window at the sizes a moderator uses: at 1280×800 no column header or status word is cut and the
 * Conflicts tool bar keeps Sync and ? in sight, and the filter bar shows every control's text whole (at the
 * normal text size and one step larger); at 3840×2160 the detail pane and the post column get room too.
 */
class LayoutAtSizesTest extends DeskUiTestBase {

    private void resize(double w, double h) {
        resizeWindow(w, h);
        assertEquals(w, OnScreen.fx(() -> queueTable().getScene().getWindow().getWidth()), 0.5, "the window is " + w + " wide");
    }

    /** What a label or cell draws: its text node's text, which ends with "…" when the text did not fit. */
    private static String drawn(Node labeled) {
        return labeled.lookupAll(".text").stream().filter(n -> n instanceof Text).map(n -> ((Text) n).getText())
                .findFirst().orElse("");
    }

    @Test
    void at1280NoColumnHeaderOrStatusWordIsCut() {
        resize(1280, 800);
        key(KeyCode.CONTROL, KeyCode.DIGIT6); // All: every status
        robot.clickOn("#queue");
        key(KeyCode.HOME);
        key(KeyCode.A); // the first comment decided: "approved •", the longest word in the list
        settle();
        List<String> headers = OnScreen.fx(() -> queueTable().lookupAll(".column-header .label").stream()
                .map(n -> (Label) n).filter(l -> !l.getText().isEmpty())
                .map(l -> l.getText() + "=" + drawn(l)).toList());
        assertEquals(6, headers.size(), headers.toString());
        for (String h : headers) {
            String[] parts = h.split("=", 2);
            assertEquals(parts[0], parts[1], "header drawn whole");
        }
        List<String> statuses = OnScreen.fx(() -> queueTable().lookupAll(".table-cell").stream()
                .map(n -> (TableCell<?, ?>) n)
                .filter(c -> c.getTableColumn() != null && "col-status".equals(c.getTableColumn().getId()))
                .filter(c -> c.getText() != null && !c.getText().isEmpty() && c.isVisible())
                .map(c -> c.getText() + "=" + drawn(c)).toList());
        assertTrue(statuses.stream().anyMatch(s -> s.startsWith("approved •=")), statuses.toString());
        for (String s : statuses) {
            String[] parts = s.split("=", 2);
            assertEquals(parts[0], parts[1], "status drawn whole");
        }
        assertTrue(columnWidth("col-excerpt") >= 150, "the comment column keeps room: " + columnWidth("col-excerpt"));
        assertNoErrors();
    }

    @Test
    void at1280TheFilterBarShowsEveryControlWhole() {
        resize(1280, 800);
        robot.clickOn("#queue");
        assertFilterBarWhole("at the normal text size");
        key(KeyCode.CONTROL, KeyCode.EQUALS);
        resize(1280, 800);
        assertFilterBarWhole("one step larger");
        assertNoErrors();
    }

    /** No text, prompt or chosen item of the filter bar is cut, and every control is inside the window. */
    private void assertFilterBarWhole(String when) {
        List<String> cut = OnScreen.fx(() -> {
            Node bar = robot.lookup("#filter-bar").query();
            double right = bar.getScene().getWidth();
            List<String> found = new java.util.ArrayList<>();
            for (Node n : ((javafx.scene.Parent) bar).getChildrenUnmodifiable()) {
                if (!n.isVisible() || n.getId() == null) {
                    continue;
                }
                if (n.localToScene(n.getLayoutBounds()).getMaxX() > right + 0.5) {
                    found.add(n.getId() + " past the window's edge");
                }
                for (Node t : n.lookupAll(".text-field")) {
                    javafx.scene.control.TextField f = (javafx.scene.control.TextField) t;
                    String shown = f.getText().isEmpty() ? f.getPromptText() : f.getText();
                    Text measure = new Text(shown);
                    measure.setFont(f.getFont());
                    double room = f.getWidth() - f.snappedLeftInset() - f.snappedRightInset();
                    if (measure.getLayoutBounds().getWidth() > room + 0.5) {
                        found.add(n.getId() + " \"" + shown + "\" needs " + measure.getLayoutBounds().getWidth()
                                + " px, has " + room);
                    }
                }
                for (Node l : n.lookupAll(".list-cell, .button")) {
                    if (l instanceof javafx.scene.control.Labeled labeled && labeled.getText() != null
                            && !labeled.getText().isEmpty() && !labeled.getText().equals(drawn(labeled))) {
                        found.add(n.getId() + " \"" + labeled.getText() + "\" drawn \"" + drawn(labeled) + "\"");
                    }
                }
            }
            return found;
        });
        assertEquals(List.of(), cut, "nothing cut in the filter bar " + when);
    }

    @Test
    void at1280TheConflictsToolBarKeepsSyncAndHelpInSight() {
        resize(1280, 800);
        key(KeyCode.CONTROL, KeyCode.DIGIT5);
        assertTrue(OnScreen.fx(() -> window.queue().query().filter().conflictsOnly()), "in Conflicts");
        assertTrue(OnScreen.fx(() -> robot.lookup("#btn-keep-mine").queryAs(Button.class).isVisible()),
                "Keep mine is on the bar");
        double sceneWidth = OnScreen.fx(() -> queueTable().getScene().getWidth());
        for (String id : List.of("#btn-take-site", "#btn-sync-now", "#btn-help")) {
            Bounds b = OnScreen.fx(() -> {
                Node n = robot.lookup(id).query();
                return n.getScene() == null || !n.isVisible() ? null : n.localToScene(n.getBoundsInLocal());
            });
            assertTrue(b != null && b.getMaxX() <= sceneWidth, id + " on the bar, in the window: " + b);
        }
        boolean overflow = OnScreen.fx(() -> robot.lookup(".tool-bar-overflow-button").queryAll().stream()
                .anyMatch(Node::isVisible));
        assertFalse(overflow, "no overflow menu");
    }

    @Test
    void at4KTheDetailPaneAndThePostColumnGrowWithTheWindow() {
        resize(1920, 1080);
        double detail = OnScreen.fx(() -> robot.lookup("#detail").query().getLayoutBounds().getWidth());
        double post = columnWidth("col-post");
        double comment = columnWidth("col-excerpt");
        resize(3840, 2160);
        double detail4k = OnScreen.fx(() -> robot.lookup("#detail").query().getLayoutBounds().getWidth());
        assertTrue(detail4k > 1.5 * detail, "the detail pane grows: " + detail + " → " + detail4k);
        assertTrue(columnWidth("col-post") > post + 100, "the post column grows: " + post + " → " + columnWidth("col-post"));
        assertTrue(columnWidth("col-excerpt") > comment + 300, "the comment grows most: " + comment + " → "
                + columnWidth("col-excerpt"));
        for (String fixed : Set.of("col-date", "col-score", "col-status")) {
            TableColumn<?, ?> c = OnScreen.fx(() -> queueTable().getColumns().stream()
                    .filter(x -> fixed.equals(x.getId())).findFirst().orElseThrow());
            assertEquals(c.getPrefWidth(), c.getWidth(), 0.5, fixed + " keeps the width its text needs");
        }
        assertNoErrors();
    }
}
