package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.testing.ModDeskProcess;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code moddesk} and {@code moddesk --db FILE} open the desk (README and --help say so); anything else is the CLI. */
class DeskCommandLineTest {
    @TempDir
    Path dir;

    @Test
    void onlyNothingOrADatabaseOpensTheDesk() {
        assertTrue(Cli.opensDesk(new String[] {}));
        assertTrue(Cli.opensDesk(new String[] {"--db", "x.db"}));
        assertTrue(Cli.opensDesk(new String[] {"--db=x.db"}));
        assertFalse(Cli.opensDesk(new String[] {"--db", "x.db", "stats"}));
        assertFalse(Cli.opensDesk(new String[] {"--version"}));
        assertFalse(Cli.opensDesk(new String[] {"--help"}));
        assertFalse(Cli.opensDesk(new String[] {"--db"}));
        assertEquals(Path.of("x.db"), Cli.databaseArgument(new String[] {"stats", "--db", "x.db"}));
        assertEquals(Path.of("x.db"), Cli.databaseArgument(new String[] {"--db=x.db", "stats"}));
    }

    @Test
    void theDeskOnAFileWithoutADisplaySaysWhyInOneLineAndLetsTheDatabaseGo() throws Exception {
        Path db = dir.resolve("x.db");
        ProcessBuilder pb = new ProcessBuilder(ModDeskProcess.command(List.of(), "--db", db.toString()))
                .redirectError(dir.resolve("err.txt").toFile()).redirectOutput(dir.resolve("out.txt").toFile());
        pb.environment().remove("DISPLAY");
        pb.environment().remove("WAYLAND_DISPLAY");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String err = Files.readString(dir.resolve("err.txt"), StandardCharsets.UTF_8);
        assertEquals(1, p.exitValue(), err);
        assertFalse(err.contains("name a command"), err);
        assertTrue(err.lines().anyMatch(l -> l.startsWith("moddesk: cannot open the desk: ")), err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        ModDeskProcess.Result stats = ModDeskProcess.run(dir, 30, "--db", db.toString(), "stats", "--json");
        assertEquals(0, stats.exit(), stats.err());
    }
}
