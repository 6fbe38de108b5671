package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The start trace says once when the window showed, once when the first row came and once when the window was laid
 * out with it, in that order.
 */
class StartTraceTest {
    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void printsTheWindowAndTheFirstRowOnceEach() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        SimpleObjectProperty<String> row = new SimpleObjectProperty<>();
        Stage[] stage = new Stage[1];
        WaitForAsyncUtils.asyncFx(() -> {
            stage[0] = new Stage();
            stage[0].setScene(new Scene(new Pane(), 100, 100));
            StartTrace.follow(stage[0], row, out);
            stage[0].show();
            row.set(null);
            row.set("first");
            row.set("second");
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> bytes.toString(StandardCharsets.UTF_8).contains("drawn"));
        WaitForAsyncUtils.asyncFx(() -> {
            row.set("third");
            stage[0].hide();
            stage[0].show();
            stage[0].hide();
        }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        assertEquals(3, lines.length, bytes.toString(StandardCharsets.UTF_8));
        assertTrue(lines[0].matches("start: window shown at \\d+ ms"), lines[0]);
        assertTrue(lines[1].matches("start: first row at \\d+ ms"), lines[1]);
        assertTrue(lines[2].matches("start: first row drawn at \\d+ ms"), lines[2]);
    }
}
