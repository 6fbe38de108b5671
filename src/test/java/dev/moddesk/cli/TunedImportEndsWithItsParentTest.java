package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.bench.SyntheticWxr;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.ModDeskProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A large import re-runs itself in a tuned JVM ({@link TunedJvm}); when the process the user started is killed
 * (by PID, with SIGKILL or SIGTERM), the tuned run must end too and its transaction roll back.
 */
class TunedImportEndsWithItsParentTest {
    @TempDir
    static Path shared;
    private static Path export;

    @BeforeAll
    static void bigEnoughToBeRelaunched() throws Exception {
        export = shared.resolve("big.xml");
        new SyntheticWxr(3).write(export, 30_000);
        assertTrue(Files.size(export) > TunedJvm.THRESHOLD_BYTES);
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void killingTheParentEndsTheTunedImportAndCommitsNothing(boolean sigkill, @TempDir Path dir) throws Exception {
        Path db = dir.resolve("x.db");
        Process parent = new ProcessBuilder(ModDeskProcess.command(List.of(), "--db", db.toString(), "import",
                export.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
        ProcessHandle child = tunedChild(parent);
        waitUntilWriting(db);
        if (sigkill) {
            parent.destroyForcibly();
        } else {
            parent.destroy();
        }
        assertTrue(parent.waitFor(10, TimeUnit.SECONDS));
        assertTrue(child.onExit().get(15, TimeUnit.SECONDS) != null);
        assertFalse(child.isAlive(), "the tuned import outlived its parent");
        assertEquals(0, Files.exists(db) ? StoreProbe.number(db, "SELECT count(*) FROM comments") : 0,
                "the import was rolled back");
    }

    private static ProcessHandle tunedChild(Process parent) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            Optional<ProcessHandle> child = parent.children().findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the import was not re-run in a tuned JVM");
    }

    /**
     * The tuned run is inside the import's transaction: a first import into a new database leaves WAL mode for a
     * rollback journal (ImportWriter), so the -wal of the schema migration is gone, the schema is in the file,
     * and a -journal is there. (Creating the file takes a journal too, for a moment, before there is a schema.)
     */
    private static void waitUntilWriting(Path db) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < until) {
            if (Files.exists(Path.of(db + "-journal")) && !Files.exists(Path.of(db + "-wal"))
                    && sizeOf(db) > 32 * 1024) {
                return;
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the import never started writing");
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (java.io.IOException e) {
            return 0;
        }
    }
}
