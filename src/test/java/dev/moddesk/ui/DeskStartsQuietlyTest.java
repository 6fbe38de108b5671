package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.testing.ModDeskProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The desk started as a user starts it prints nothing on the terminal: no JavaFX configuration warning. */
class DeskStartsQuietlyTest {
    @TempDir
    Path dir;

    @Test
    void theDeskStartsWithoutLogLines() throws Exception {
        Path db = dir.resolve("x.db");
        Fixtures.desk(db, 20, "setup").close();
        Path printed = dir.resolve("desk.txt");
        Process desk = new ProcessBuilder(ModDeskProcess.command(ModDeskProcess.HEADLESS_DESK, "--db", db.toString()))
                .redirectErrorStream(true).redirectOutput(printed.toFile()).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!DatabaseOwnership.isOwned(db)) {
                assertTrue(desk.isAlive() && System.nanoTime() < until, "the desk did not open its database");
                Thread.sleep(50);
            }
            // a command handed over runs in the desk only once its window is made: JavaFX has started by then
            ModDeskProcess.Result stats = ModDeskProcess.run(dir, 60, "--db", "x.db", "stats");
            assertEquals(0, stats.exit(), stats.err());
        } finally {
            desk.destroy();
            desk.waitFor(20, TimeUnit.SECONDS);
        }
        String out = Files.readString(printed);
        assertFalse(out.contains("Unsupported JavaFX configuration"), out);
        assertFalse(out.contains("WARNING"), out);
    }
}
