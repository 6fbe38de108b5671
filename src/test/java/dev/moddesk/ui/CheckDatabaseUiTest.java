package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import org.junit.jupiter.api.Test;

/** Help → Check database… finds what is wrong, offers the safe repair, and the views show the counts repaired. */
class CheckDatabaseUiTest extends DeskUiTestBase {
    @Override
    protected void prepare(Workspace d) {
        StoreProbe.execute(file, "UPDATE comment_counts SET n = n + 7 WHERE status = 'pending'");
    }

    @Test
    void theCheckFindsTheWrongCountAndTheRepairPutsItRight() {
        long pending = Fixtures.count(comments(), Status.PENDING);
        assertEquals(pending + 7, window.queue().countsProperty().get().pending(), "the sidebar shows the wrong count first");
        dialogs.confirmAnswer = true;
        robot.clickOn("Help").clickOn("Check database…");
        waitUntil("the repair reported", 20_000, () -> !dialogs.infos.isEmpty());
        settle();
        assertEquals(1, dialogs.confirms.size(), dialogs.confirms.toString());
        assertTrue(dialogs.confirms.get(0).contains("counts " + (pending + 7) + " pending comments, there are " + pending),
                dialogs.confirms.get(0));
        assertTrue(dialogs.infos.get(0).contains("counted the comments by site and status anew")
                && dialogs.infos.get(0).contains("All is well now"), dialogs.infos.toString());
        waitUntil("the sidebar counts the repaired total", 10_000, () -> window.queue().countsProperty().get().pending() == pending);
        assertNoErrors();
    }

    @Test
    void aSoundDatabaseIsSaidToBeWellWithoutAskingAnything() {
        StoreProbe.execute(file, "UPDATE comment_counts SET n = n - 7 WHERE status = 'pending'");
        robot.clickOn("Help").clickOn("Check database…");
        waitUntil("the answer", 20_000, () -> !dialogs.infos.isEmpty());
        assertTrue(dialogs.infos.get(0).contains("All is well"), dialogs.infos.toString());
        assertTrue(dialogs.confirms.isEmpty());
        assertNoErrors();
    }
}
