package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk opens its database on a thread of its own and hears the outcome on the JavaFX thread; its window shows
 * at once, says what it opens, and adds a spinner when the opening takes more than a moment.
 */
class DeskOpeningTest {
    @TempDir
    Path dir;
    private final Preferences prefsNode = Preferences.userRoot().node("dev/moddesk/test/" + UUID.randomUUID());

    @AfterEach
    void forget() throws Exception {
        prefsNode.removeNode();
    }

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void opensOffTheFxThreadAndAnswersOnIt() throws Exception {
        Path db = dir.resolve("x.db");
        Fixtures.desk(db, 5, "setup").close();
        CompletableFuture<String> openedOn = new CompletableFuture<>();
        CompletableFuture<Boolean> answeredOnFx = new CompletableFuture<>();
        DeskOpening opening = DeskOpening.start(() -> {
            openedOn.complete(Thread.currentThread().getName());
            return Workspace.open(db, () -> "alice");
        });
        CompletableFuture<Workspace> desk = new CompletableFuture<>();
        opening.whenOpen(w -> {
            answeredOnFx.complete(Platform.isFxApplicationThread());
            desk.complete(w);
        }, desk::completeExceptionally);
        try (Workspace w = desk.get(30, TimeUnit.SECONDS)) {
            assertEquals(db.toAbsolutePath(), w.file().toAbsolutePath());
            assertNotEquals(Thread.currentThread().getName(), openedOn.get());
            assertFalse(openedOn.get().contains("JavaFX"), openedOn.get());
            assertTrue(answeredOnFx.get());
        }
    }

    @Test
    void aDamagedFileIsReportedAsDamage() throws Exception {
        Path db = dir.resolve("bad.db");
        Files.write(db, "SQLite format 3\0 this is not a database at all, just text".repeat(200).getBytes());
        CompletableFuture<RuntimeException> failed = new CompletableFuture<>();
        DeskOpening.start(db, () -> "alice").whenOpen(w -> {
            w.close();
            failed.completeExceptionally(new AssertionError("opened a damaged file"));
        }, failed::complete);
        assertTrue(Workspace.isDamage(failed.get(30, TimeUnit.SECONDS)));
    }

    @Test
    void aDatabaseOpenByTheTimeTheToolkitRunsHasItsDeskBuiltAtOnce() throws Exception {
        Path db = dir.resolve("x.db");
        Fixtures.desk(db, 5, "setup").close();
        DeskOpening opening = DeskOpening.start(db, () -> "alice");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> opening.openedAlready() != null);
        Stage[] stage = new Stage[1];
        CompletableFuture<Workspace> built = new CompletableFuture<>();
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            OpeningWindow.unlessOpen(stage[0], db, new DeskPrefs(prefsNode), opening, built::complete,
                    built::completeExceptionally);
            assertTrue(built.isDone(), "the desk waited for something");
        }).get(10, TimeUnit.SECONDS);
        try (Workspace w = built.get()) {
            assertEquals(db.toAbsolutePath(), w.file().toAbsolutePath());
            assertFalse(stage[0].isShowing(), "a window showed before the desk was built");
            assertNull(stage[0].getScene(), "the opening window was made");
        }
    }

    @Test
    void aDatabaseStillOpeningHasTheWindowSayWhatItOpensUntilItIsOpen() throws Exception {
        Path db = dir.resolve("x.db");
        Fixtures.desk(db, 5, "setup").close();
        CountDownLatch slowDisk = new CountDownLatch(1);
        DeskOpening opening = DeskOpening.start(() -> {
            try {
                slowDisk.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Workspace.open(db, () -> "alice");
        });
        Stage[] stage = new Stage[1];
        CompletableFuture<Boolean> builtInTheWindow = new CompletableFuture<>();
        List<Workspace> opened = new ArrayList<>();
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            OpeningWindow.unlessOpen(stage[0], db, new DeskPrefs(prefsNode), opening, w -> {
                opened.add(w);
                builtInTheWindow.complete(stage[0].isShowing());
            }, builtInTheWindow::completeExceptionally);
        }).get(10, TimeUnit.SECONDS);
        assertTrue(stage[0].isShowing(), "no window while the database opens");
        assertNotNull(stage[0].getScene().lookup("#opening"));
        assertFalse(builtInTheWindow.isDone(), "built before the database was open");
        slowDisk.countDown();
        assertTrue(builtInTheWindow.get(30, TimeUnit.SECONDS), "the desk was not built in the opening window");
        opened.get(0).close();
        WaitForAsyncUtils.asyncFx(() -> stage[0].hide()).get(10, TimeUnit.SECONDS);
    }

    @Test
    void theWindowShowsAtOnceAndASpinnerOnlyWhenTheOpeningIsSlow() throws Exception {
        Stage[] stages = new Stage[2];
        OpeningWindow[] windows = new OpeningWindow[2];
        DeskPrefs prefs = new DeskPrefs(prefsNode);
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 2; i++) {
                stages[i] = new Stage();
                windows[i] = OpeningWindow.show(stages[i], dir.resolve("site" + i + ".db"), prefs);
            }
            windows[0].stop(); // the quick one: opened before the spinner was due
        }).get(10, TimeUnit.SECONDS);
        for (Stage stage : stages) {
            assertTrue(stage.isShowing(), "the window waited for the database");
        }
        assertTrue(stages[1].getTitle().endsWith("site1.db"), stages[1].getTitle());
        Label what = (Label) stages[1].getScene().lookup("#opening");
        assertTrue(what.getText().startsWith("Opening ") && what.getText().contains("site1.db"), what.getText());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stages[1].getScene().lookup("#opening-spinner") != null);
        Thread.sleep((long) OpeningWindow.SLOW.toMillis() + 500); // the quick one's spinner would be due by now
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(stages[0].getScene().lookup("#opening-spinner"), "a quick open showed the spinner");
        WaitForAsyncUtils.asyncFx(() -> {
            for (Stage stage : stages) {
                stage.hide();
            }
        }).get(10, TimeUnit.SECONDS);
    }

    @Test
    void workWaitsUntilTheWindowHasBeenDrawn() throws Exception {
        CompletableFuture<Boolean> ranAfterPulse = new CompletableFuture<>();
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            OpeningWindow window = OpeningWindow.show(stage[0], dir.resolve("x.db"), new DeskPrefs(prefsNode));
            boolean[] pulsed = new boolean[1];
            stage[0].getScene().addPostLayoutPulseListener(() -> pulsed[0] = true);
            window.thenOnScreen(() -> ranAfterPulse.complete(pulsed[0]));
        }).get(10, TimeUnit.SECONDS);
        assertTrue(ranAfterPulse.get(10, TimeUnit.SECONDS), "the work ran before the window was laid out");
        WaitForAsyncUtils.asyncFx(() -> stage[0].hide()).get(10, TimeUnit.SECONDS);
    }
}
