package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.demo.DemoData;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.ui.dialogs.FirstStartChoice;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;

/** An empty database: the window offers the demo, an import, or nothing; and it remembers the last view. */
class FirstStartTest extends DeskUiTestBase {
    @Override
    protected int comments() {
        return 0;
    }

    @Test
    void offersTheDemoAndLoadsIt() {
        assertEquals(1, dialogs.firstStartAsked);
        assertEquals("ModDesk — desk.db", title());
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments"), "answered: start empty");
        dialogs.firstStart = FirstStartChoice.LOAD_DEMO;
        reopen();
        assertEquals(2, dialogs.firstStartAsked);
        assertNoErrors();
        assertDemoShown();
    }

    @Test
    void loadsTheDemoFromTheMenu() {
        robot.clickOn("#menu-file").clickOn("Load demo data");
        settle();
        assertNoErrors();
        assertEquals(1, dialogs.firstStartAsked, "the menu does not ask again");
        assertDemoShown();
    }

    private void assertDemoShown() {
        assertEquals(1, StoreProbe.number(file, "SELECT count(*) FROM sites WHERE base_url = ?", DemoData.SITE_URL));
        assertEquals(DemoData.DEFAULT_COMMENTS, StoreProbe.number(file, "SELECT count(*) FROM comments"));
        assertTrue(title().startsWith("ModDesk — ModDesk demo"), title());
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending'"), total());
    }

    /** Closes the window and opens a new one on the same database, as the next start does. */
    private void reopen() {
        robot.interact(() -> window.close());
        robot.interact(() -> {
            window = new DeskWindow(new Stage(), desk, dialogs, prefs);
            window.show();
        });
        settle();
    }

    @Test
    void importAFileFromTheFirstStartDialog() throws Exception {
        Path wxr = dir.resolve("first.xml");
        Files.writeString(wxr, ConflictsAndImportTest.wxr(List.of(ConflictsAndImportTest.comment(7, "0", "Ann", "Hello"))),
                StandardCharsets.UTF_8);
        dialogs.files.add(wxr);
        dialogs.firstStart = FirstStartChoice.IMPORT_FILE;
        reopen();
        assertEquals(2, dialogs.firstStartAsked);
        assertNoErrors();
        assertEquals("pending", StoreProbe.status(file, 7));
        assertEquals(1, total());
        assertEquals("ModDesk — Example Blog", title());
    }

    @Test
    void remembersTheLastViewAndSort() {
        key(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.DIGIT3);
        robot.interact(() -> window.close());
        assertEquals("Spam", prefs.get("view", null));
        robot.interact(() -> {
            window = new DeskWindow(new Stage(), desk, dialogs, prefs);
            window.show();
        });
        settle();
        assertEquals(dev.moddesk.core.Status.SPAM, window.queue().query().filter().status());
    }

    private String title() {
        return ((Stage) robot.lookup("#queue").query().getScene().getWindow()).getTitle();
    }
}
