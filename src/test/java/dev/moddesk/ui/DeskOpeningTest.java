package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The desk opens its database on a thread of its own and hears the outcome on the JavaFX thread; an open that
 * takes more than a moment shows a notice, a quick one never does.
 */
class DeskOpeningTest {
    @TempDir
    Path dir;

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
    void aSlowOpenShowsANoticeAndAQuickOneDoesNot() throws Exception {
        Stage[] stages = new Stage[2];
        SlowOpeningNotice[] notices = new SlowOpeningNotice[2];
        WaitForAsyncUtils.asyncFx(() -> {
            for (int i = 0; i < 2; i++) {
                stages[i] = new Stage();
                notices[i] = new SlowOpeningNotice(stages[i], dir.resolve("site" + i + ".db"));
            }
            notices[0].cancel(); // the quick one: opened before the notice was due
        }).get(10, TimeUnit.SECONDS);
        CountDownLatch shown = new CountDownLatch(1);
        WaitForAsyncUtils.asyncFx(() -> stages[1].showingProperty().addListener((o, was, is) -> shown.countDown()));
        assertTrue(shown.await(10, TimeUnit.SECONDS), "the slow open showed no notice");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(stages[1].getTitle().startsWith("Opening site1.db"), stages[1].getTitle());
        assertFalse(stages[0].isShowing(), "a quick open showed the notice");
        WaitForAsyncUtils.asyncFx(() -> stages[1].hide()).get(10, TimeUnit.SECONDS);
    }
}
