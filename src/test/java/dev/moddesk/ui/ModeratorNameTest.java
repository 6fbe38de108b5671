package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.app.Workspace;
import org.junit.jupiter.api.Test;

/**
 * The first start asks for the moderator's name and remembers it (the desk's workspace records decisions under
 * that remembered name; this fixture's workspace has its own fixed name, so only the asking is checked here).
 */
class ModeratorNameTest extends DeskUiTestBase {

    @Override
    protected void prepare(Workspace d) {
        dialogs.textAnswer = "Alice Moderator"; // what the moderator types when asked at the first start
    }

    @Test
    void theNameAskedAtTheFirstStartIsRemembered() {
        assertEquals("Alice Moderator", prefs.moderator());
        assertNoErrors();
    }
}
