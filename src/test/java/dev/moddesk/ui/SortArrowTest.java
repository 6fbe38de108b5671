package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.SortKey;
import dev.moddesk.testing.FxSettle;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableColumnHeader;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** The Date header's arrow matches the order of the rows after a restart; a right-click on a header does not sort. */
class SortArrowTest extends DeskUiTestBase {

    private static TableColumn<?, ?> date(TableView<?> table) {
        return table.getColumns().stream().filter(c -> "col-date".equals(c.getId())).findFirst().orElseThrow();
    }

    /** A second desk on the same database and its window. */
    private record Other(Stage stage, DeskWindow desk) {
        TableView<?> table() {
            return (TableView<?>) stage.getScene().lookup("#queue");
        }
    }

    /** A second desk remembering the order {@code sort}: built and its reads settled, not shown yet. */
    private Other built(DeskPrefs saved, String sort) {
        saved.put("sort", sort);
        Other[] other = new Other[1];
        robot.interact(() -> {
            Stage stage = new Stage();
            other[0] = new Other(stage, new DeskWindow(stage, desk, dialogs, saved));
        });
        settleBoth(other[0]);
        return other[0];
    }

    private void settleBoth(Other other) {
        FxSettle.settle(() -> other.desk().lanes().idle() && window.lanes().idle(), 20);
    }

    private void show(Other other) {
        robot.interact(() -> other.desk().show());
        settleBoth(other);
    }

    private static DeskPrefs newPrefs() {
        return new DeskPrefs(Preferences.userRoot().node("dev/moddesk/test/" + UUID.randomUUID()));
    }

    @Test
    void anOrderRememberedOldestFirstOpensOldestFirstWithItsArrow() {
        DeskPrefs saved = newPrefs();
        Other other = built(saved, "DATE:asc");
        try {
            show(other);
            assertEquals(TableColumn.SortType.ASCENDING, date(other.table()).getSortType(), "the arrow: oldest first");
            assertEquals(SortKey.DATE, other.desk().queue().query().sort());
            assertFalse(other.desk().queue().query().descending(), "the rows: oldest first too");
            long first = other.desk().queue().rows().get(0).dateGmt();
            long second = other.desk().queue().rows().get(1).dateGmt();
            assertTrue(first <= second, first + " then " + second);
        } finally {
            robot.interact(() -> other.desk().close());
            saved.clear();
        }
    }

    @Test
    void anOrderByAnotherColumnIsTheOneTheFirstRowsAreReadIn() {
        DeskPrefs saved = newPrefs();
        Other other = built(saved, "AUTHOR:desc");
        try {
            assertEquals(1, other.desk().queue().loadsProperty().get(),
                    "the rows are read while the window is built, before it shows");
            show(other);
            TableView<?> table = other.table();
            TableColumn<?, ?> author = table.getColumns().stream().filter(c -> "col-author".equals(c.getId()))
                    .findFirst().orElseThrow();
            assertEquals(java.util.List.of(author), table.getSortOrder(), "the arrow is on Author");
            assertEquals(TableColumn.SortType.DESCENDING, author.getSortType());
            assertEquals(SortKey.AUTHOR, other.desk().queue().query().sort());
            assertTrue(other.desk().queue().query().descending());
            assertEquals(1, other.desk().queue().loadsProperty().get(), "one read of the rows, already in that order");
            String first = other.desk().queue().rows().get(0).author().toLowerCase(java.util.Locale.ROOT);
            String second = other.desk().queue().rows().get(1).author().toLowerCase(java.util.Locale.ROOT);
            assertTrue(first.compareTo(second) >= 0, first + " before " + second);
        } finally {
            robot.interact(() -> other.desk().close());
            saved.clear();
        }
    }

    private javafx.scene.Node authorHeader() {
        return robot.lookup(".column-header").match((java.util.function.Predicate<javafx.scene.Node>) n ->
                n instanceof TableColumnHeader h && h.getTableColumn() != null
                        && "col-author".equals(h.getTableColumn().getId())).query();
    }

    @Test
    void aRightClickOnAHeaderDoesNotSort() {
        TableView<?> table = robot.lookup("#queue").queryAs(TableView.class);
        assertTrue(window.queue().query().descending());
        robot.clickOn(authorHeader(), MouseButton.SECONDARY);
        settle();
        robot.push(javafx.scene.input.KeyCode.ESCAPE); // a menu the right-click may have opened
        settle();
        assertEquals(SortKey.DATE, window.queue().query().sort(), "still by date");
        assertEquals(java.util.List.of(date(table)), table.getSortOrder(), "the arrow stays on Date");
        robot.clickOn(authorHeader(), MouseButton.PRIMARY);
        settle();
        assertEquals(SortKey.AUTHOR, window.queue().query().sort(), "a left click does sort");
        assertNoErrors();
    }
}
