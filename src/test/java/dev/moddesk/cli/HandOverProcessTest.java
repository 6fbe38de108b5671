package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.bench.SyntheticWxr;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.owner.HandedCommand;
import dev.moddesk.owner.Owned;
import dev.moddesk.owner.OwnerDuties;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.testing.ModDeskProcess;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The trust issue's first defect, between real processes: a desk-like owner of the database loses its POSIX
 * locks (code in its process opens and closes the database file, its -wal and its -shm, as GTK's file chooser
 * does), while command lines in other processes write. No decision of either may be lost.
 */
class HandOverProcessTest {
    @TempDir
    Path dir;

    @Test
    void noDecisionIsLostWhenCodeInTheOwnersProcessOpensAndClosesTheDatabaseFiles() throws Exception {
        Path db = dir.resolve("x.db");
        Fixtures.desk(db, 40, "setup").close();
        Owned owned = (Owned) DatabaseOwnership.claim(db, "the test desk");
        Workspace desk = Workspace.open(db, () -> "desk");
        try {
            owned.serve(commandLine());
            desk.moderation().decide(List.of(StoreProbe.rowId(db, 1)), ModerationAction.APPROVE);
            dropLocks(db);

            ModDeskProcess.Result cli = ModDeskProcess.run(dir, 60, "--db", "x.db", "moderate", "--action", "spam",
                    "--ids", "2", "--by", "cli");
            assertEquals(0, cli.exit(), cli.err());
            dropLocks(db);
            desk.moderation().decide(List.of(StoreProbe.rowId(db, 3)), ModerationAction.TRASH);

            ModDeskProcess.Result audit = ModDeskProcess.run(dir, 60, "--db", "x.db", "audit");
            assertEquals(0, audit.exit(), audit.err());
            assertEquals(3, audit.out().lines().filter(l -> l.contains("approve") || l.contains("spam")
                    || l.contains("trash")).count(), audit.out());
        } finally {
            desk.close();
            owned.close();
        }
        assertEquals("approved", StoreProbe.status(db, 1));
        assertEquals("spam", StoreProbe.status(db, 2));
        assertEquals("trash", StoreProbe.status(db, 3));
        assertEquals(List.of("ok"), StoreProbe.strings(db, "PRAGMA integrity_check"));
        ModDeskProcess.Result stats = ModDeskProcess.run(dir, 60, "--db", "x.db", "stats", "--json");
        assertTrue(stats.out().contains("\"unpushed\":3"), stats.out());
    }

    @Test
    void killingAProcessThatHandedOverAnImportCancelsItAndChangesNothing() throws Exception {
        Path export = dir.resolve("big.xml");
        new SyntheticWxr(5).write(export, 30_000);
        Path db = dir.resolve("x.db");
        Fixtures.desk(db, 10, "setup").close();
        Owned owned = (Owned) DatabaseOwnership.claim(db, "the test desk");
        try {
            owned.serve(commandLine());
            Process client = new ProcessBuilder(ModDeskProcess.command(List.of(), "--db", db.toString(), "import",
                    export.toString())).redirectErrorStream(true).redirectOutput(dir.resolve("out.txt").toFile()).start();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (owned.running() == 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(1, owned.running(), "the import was handed over");
            Thread.sleep(300);
            client.destroyForcibly();
            client.waitFor(10, TimeUnit.SECONDS);
            while (owned.running() > 0 && System.nanoTime() < until) {
                Thread.sleep(10);
            }
            assertEquals(0, owned.running(), "the handed-over import stopped");
        } finally {
            owned.close();
        }
        assertEquals(10, StoreProbe.number(db, "SELECT count(*) FROM comments"), "nothing of the import was kept");
    }

    /** What GTK's chooser does to the files of the folder it lists: open, read a little, close. */
    private static void dropLocks(Path db) throws IOException {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Path f = Path.of(db + suffix);
            if (Files.exists(f)) {
                try (FileInputStream in = new FileInputStream(f.toFile())) {
                    in.read(new byte[64]);
                }
                try (RandomAccessFile raf = new RandomAccessFile(f.toFile(), "r")) {
                    raf.length();
                }
            }
        }
    }

    /** Runs handed-over command lines as the desk does (the command line's own code). */
    static OwnerDuties commandLine() {
        return new OwnerDuties() {
            @Override
            public int runCommand(HandedCommand command, PrintStream out, PrintStream err, BooleanSupplier cancelled) {
                return Cli.runHandedOver(command, out, err, cancelled);
            }

            @Override
            public Optional<String> showDesk() {
                return Optional.empty();
            }
        };
    }
}
