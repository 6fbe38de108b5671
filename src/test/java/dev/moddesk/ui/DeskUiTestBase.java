package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moddesk.app.Workspace;
import dev.moddesk.cli.Cli;
import dev.moddesk.core.QueueRow;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.testing.FxSettle;
import dev.moddesk.testing.TempTrees;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Opens the real desk window on a fresh fixture database for every test, with {@link FakeDialogs}
 * answering, and helps wait for the background lanes.
 */
abstract class DeskUiTestBase {
    protected final FxRobot robot = new FxRobot();
    protected Path dir;
    protected Path file;
    protected Workspace desk;
    protected DeskWindow window;
    protected DeskPrefs prefs;
    protected OnScreen screen;
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
            screen = new OnScreen(window, stage.getScene());
        } catch (RuntimeException | Error e) {
            e.printStackTrace();
            throw e;
        }
    }

    /** Changes to the database before the window opens. */
    protected void prepare(Workspace d) {
    }

    @AfterEach
    void closeWindow() throws Exception {
        robot.interact(() -> window.close());
        desk.close();
        prefs.clear();
        TempTrees.delete(dir);
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

    protected TableView<?> queueTable() {
        return robot.lookup("#queue").queryAs(TableView.class);
    }

    /** The width of the queue's column {@code id}, read on the FX thread. */
    protected double columnWidth(String id) {
        return OnScreen.fx(() -> queueTable().getColumns().stream().filter(c -> id.equals(c.getId())).findFirst()
                .orElseThrow().getWidth());
    }

    /** Gives the window {@code w} × {@code h} and waits until it has laid itself out again. */
    protected void resizeWindow(double w, double h) {
        Stage stage = (Stage) queueTable().getScene().getWindow();
        robot.interact(() -> {
            stage.setWidth(w);
            stage.setHeight(h);
        });
        settle();
        robot.interact(() -> queueTable().getScene().getRoot().layout());
        settle();
    }

    protected QueueRow current() {
        return window.queue().current();
    }

    protected long total() {
        return window.queue().totalProperty().get();
    }

    /** Runs the command line on the desk's database, as another process would; fails unless it succeeds. */
    protected void cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--db";
        all[1] = file.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), all);
        assertEquals(0, code, () -> "moddesk " + String.join(" ", args) + ": " + err);
    }

    /** Waits, without touching keys or mouse, until {@code shown} holds on the FX thread. */
    protected void waitUntil(String what, long millis, BooleanSupplier shown) {
        try {
            WaitForAsyncUtils.waitFor(millis, TimeUnit.MILLISECONDS, () -> OnScreen.fx(shown::getAsBoolean));
        } catch (TimeoutException e) {
            fail(what + " within " + millis + " ms");
        }
    }

    protected void assertNoErrors() {
        assertTrue(dialogs.errors.isEmpty(), () -> "errors: " + dialogs.errors);
    }
}
