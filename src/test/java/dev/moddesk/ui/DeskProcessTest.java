package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.testing.ModDeskProcess;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real desk in a process of its own (headless, through Monocle), with command lines and a second desk
 * started as other processes on its database: they hand their work to the desk, and nothing is lost.
 */
class DeskProcessTest {
    @TempDir
    Path dir;

    @Test
    void commandLinesAndASecondDeskHandTheirWorkToTheOpenDesk() throws Exception {
        Path db = dir.resolve("x.db");
        Fixtures.desk(db, 40, "setup").close();
        Process desk = new ProcessBuilder(ModDeskProcess.command(ModDeskProcess.HEADLESS_DESK, "--db", db.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("desk.txt").toFile()).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!DatabaseOwnership.isOwned(db)) {
                assertTrue(desk.isAlive() && System.nanoTime() < until, "the desk did not open its database");
                Thread.sleep(50);
            }
            ModDeskProcess.Result spam = ModDeskProcess.run(dir, 60, "--db", "x.db", "moderate", "--action", "spam",
                    "--ids", "2", "--by", "cli");
            assertEquals(0, spam.exit(), spam.err());
            assertEquals("spam: 1 changed, 0 unchanged\n", spam.out());

            ModDeskProcess.Result second = ModDeskProcess.run(dir, 60, "--db", db.toString());
            assertEquals(0, second.exit(), second.err());
            assertTrue(second.out().contains("already open"), second.out());
            assertTrue(desk.isAlive(), "the first desk stays");

            ModDeskProcess.Result audit = ModDeskProcess.run(dir, 60, "--db", "x.db", "audit");
            assertTrue(audit.out().contains("cli") && audit.out().contains("spam"), audit.out());
        } finally {
            desk.destroy();
            desk.waitFor(20, TimeUnit.SECONDS);
        }
        assertEquals("spam", StoreProbe.status(db, 2));
        assertEquals(List.of("ok"), StoreProbe.strings(db, "PRAGMA integrity_check"));
    }
}
