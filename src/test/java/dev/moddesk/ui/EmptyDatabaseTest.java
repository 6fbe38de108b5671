package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import org.junit.jupiter.api.Test;

/** A desk on a database with no comments says what to do next (import, sync, the demo), with its buttons off. */
class EmptyDatabaseTest extends DeskUiTestBase {
    @Override
    protected int comments() {
        return 0;
    }

    @Test
    void anEmptyDatabaseSaysHowToGetComments() {
        waitUntil("the view read", 5_000, () -> !"Loading…".equals(placeholder()));
        assertEquals(1, dialogs.firstStartAsked, "the first start offers the demo or an import");
        String said = placeholder();
        assertTrue(said.startsWith("No comments yet.") && said.contains("Import") && said.contains("Sync")
                && said.contains("demo"), said);
        for (String id : new String[] {"#btn-approve", "#btn-spam", "#btn-edit", "#btn-reply"}) {
            assertTrue(OnScreen.fx(() -> robot.lookup(id).queryAs(Button.class).isDisabled()), id + " is off");
        }
        assertNoErrors();
    }

    private String placeholder() {
        return OnScreen.fx(() -> ((Label) queueTable().getPlaceholder()).getText());
    }
}
