package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Work put off until the first frame runs once, after the window has been laid out and shown. */
class FirstFrameTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void runsOnceAfterTheWindowWasLaidOut() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch ran = new CountDownLatch(1);
        boolean[] laidOutWhenRun = new boolean[1];
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            Pane root = new Pane();
            stage[0] = new Stage();
            stage[0].setScene(new Scene(root, 200, 100));
            stage[0].show();
            FirstFrame.then(stage[0].getScene(), () -> {
                laidOutWhenRun[0] = stage[0].isShowing() && root.getWidth() == 200;
                runs.incrementAndGet();
                ran.countDown();
            });
            assertEquals(0, runs.get(), "ran at once, before a pulse");
        }).get(10, TimeUnit.SECONDS);
        assertTrue(ran.await(10, TimeUnit.SECONDS), "never ran");
        WaitForAsyncUtils.asyncFx(() -> stage[0].setWidth(300)).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, runs.get());
        assertTrue(laidOutWhenRun[0]);
        WaitForAsyncUtils.asyncFx(() -> stage[0].hide()).get(10, TimeUnit.SECONDS);
    }
}
