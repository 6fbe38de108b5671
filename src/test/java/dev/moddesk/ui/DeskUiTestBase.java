package dev.moddesk.ui;

import dev.moddesk.testing.FxSettle;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Desk;
import dev.moddesk.core.QueueRow;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.Preferences;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Opens the real desk window on a fresh fixture database for every test, with {@link FakeDialogs}
 * answering, and helps wait for the background lanes.
 */
abstract class DeskUiTestBase {
    protected final FxRobot robot = new FxRobot();
    protected Path dir;
    protected Path file;
    protected Desk desk;
    protected DeskWindow window;
    protected DeskPrefs prefs;
    protected final FakeDialogs dialogs = new FakeDialogs();

    /** How many fixture comments the database starts with. */
    protected int comments() {
        return 120;
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWindow() throws Exception {
        FxToolkit.setupFixture(() -> {
            try {
                start(new Stage());
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        settle();
    }

    private void start(Stage stage) throws Exception {
        dir = Files.createTempDirectory("moddesk-ui");
        file = dir.resolve("desk.db");
        desk = Fixtures.desk(file, comments(), "ui-tester");
        prepare(desk);
        prefs = new DeskPrefs(Preferences.userRoot().node("dev/moddesk/test/" + UUID.randomUUID()));
        try {
            window = new DeskWindow(stage, desk, dialogs, prefs);
            window.show();
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** Changes to the database before the window opens. */
    protected void prepare(Desk d) {
    }

    @AfterEach
    void closeWindow() throws Exception {
        robot.interact(() -> window.close());
        desk.close();
        prefs.clear();
    }

    /** Waits until the lanes are idle and the FX thread has caught up (twice in a row). */
    protected void settle() {
        FxSettle.settle(() -> window.lanes().idle(), 20);
    }

    protected void key(KeyCode... codes) {
        robot.push(codes);
        settle();
    }

    protected void shiftKey(KeyCode code) {
        robot.push(KeyCode.SHIFT, code);
        settle();
    }

    protected QueueRow current() {
        return window.queue().current();
    }

    protected long total() {
        return window.queue().totalProperty().get();
    }

    protected void assertNoErrors() {
        assertTrue(dialogs.errors.isEmpty(), () -> "errors: " + dialogs.errors);
    }
}
