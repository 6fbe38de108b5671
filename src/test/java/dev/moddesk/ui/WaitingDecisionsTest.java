package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moddesk.core.QueueRow;
import dev.moddesk.store.StoreProbe;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A decision made while something else holds the database's writer (an import in the desk, another command's
 * write) waits in its lane with a visible "waiting" state, and is recorded after; it never fails.
 */
class WaitingDecisionsTest extends DeskUiTestBase {

    @Test
    void aDecisionWaitsForAnotherCommandsLongWriteAndIsRecordedAfter() throws Exception {
        QueueRow target = current();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            try (Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                st.execute("UPDATE sites SET name = name");
            }
            robot.push(KeyCode.A);
            waitFor(() -> waitingText().contains("another ModDesk command"), 5);
            assertTrue(waitingText().contains("1 decision will be recorded then"), waitingText());
            WaitForAsyncUtils.sleep(11, TimeUnit.SECONDS); // longer than the 10 s after which writes used to fail
            assertEquals("pending", StoreProbe.status(file, target.remoteId()));
            try (Statement st = other.createStatement()) {
                st.execute("COMMIT");
            }
        }
        settle();
        assertNoErrors();
        assertEquals("approved", StoreProbe.status(file, target.remoteId()));
        waitFor(() -> !waitingLabel().isVisible(), 5);
    }

    @Test
    void aDecisionMadeDuringAnImportWaitsForItAndIsRecordedAfter() throws Exception {
        Path big = dir.resolve("big.xml");
        DropAndCancelImportTest.writeBigWxr(big, 60_000);
        QueueRow target = current();
        dialogs.files.add(big);
        robot.clickOn("#menu-file").clickOn("Import…");
        waitFor(() -> window.importer().runningProperty().get(), 30);
        robot.clickOn("#queue");
        robot.push(KeyCode.HOME);
        robot.push(KeyCode.A);
        waitFor(() -> waitingText().contains("the import"), 5);
        assertTrue(window.importer().runningProperty().get(), "still importing");
        settle();
        assertNoErrors();
        assertFalse(waitingLabel().isVisible());
        assertEquals("approved", StoreProbe.status(file, target.remoteId()));
        assertEquals(60_000, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE remote_id > 100000"));
    }

    private Label waitingLabel() {
        return robot.lookup("#status-waiting").queryAs(Label.class);
    }

    private String waitingText() {
        return waitingLabel().getText();
    }

    private static void waitFor(BooleanSupplier condition, int seconds) {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                fail("not within " + seconds + " s");
            }
            WaitForAsyncUtils.sleep(20, TimeUnit.MILLISECONDS);
            WaitForAsyncUtils.waitForFxEvents();
        }
    }
}
