package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.QueueFilter;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * An empty table says what is happening: "Loading…" while a view is on its way (never "nothing" before the rows
 * came), and what to do next when a view or a search has nothing; the decisions' buttons are off with no comment.
 */
class EmptyAndLoadingTest extends DeskUiTestBase {

    private String placeholder() {
        return OnScreen.fx(() -> ((Label) robot.lookup("#queue").queryAs(TableView.class).getPlaceholder()).getText());
    }

    @Test
    void aViewOnItsWaySaysLoadingThenWhatToDo() {
        String[] whileLoading = new String[1];
        robot.interact(() -> {
            window.queue().show(QueueFilter.conflicts());
            whileLoading[0] = placeholder(); // the rows are read in the background: not here yet
        });
        assertEquals("Loading…", whileLoading[0]);
        settle();
        assertEquals(0, total());
        assertTrue(placeholder().startsWith("Nothing in this view"), placeholder());
        assertTrue(robot.lookup("#btn-approve").queryAs(Button.class).isDisabled(), "no comment: Approve is off");

        key(KeyCode.CONTROL, KeyCode.DIGIT1);
        assertFalse(robot.lookup("#btn-approve").queryAs(Button.class).isDisabled(), "a comment: Approve is on");
        robot.clickOn("#search").write("no such words anywhere");
        key(KeyCode.ENTER);
        assertEquals(0, total());
        assertTrue(placeholder().startsWith("Nothing matches"), placeholder());
        assertNoErrors();
    }
}
