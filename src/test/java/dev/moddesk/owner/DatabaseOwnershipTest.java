package dev.moddesk.owner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseOwnershipTest {
    @TempDir
    Path dir;

    @Test
    void theFirstClaimOwnsTheDatabaseAndTheNextFindsTheOwner() {
        Path db = dir.resolve("a.db");
        try (Owned owned = (Owned) DatabaseOwnership.claim(db, "first")) {
            assertInstanceOf(HeldElsewhere.class, DatabaseOwnership.claim(db, "second"));
            assertInstanceOf(Owned.class, claimAndClose(dir.resolve("other.db")), "another database is free");
        }
        assertInstanceOf(Owned.class, claimAndClose(db), "free again once closed");
    }

    @Test
    void everyNameOfTheDatabaseMeetsAtOneSocket() throws IOException {
        Path real = Files.createDirectories(dir.resolve("real"));
        Path link = Files.createSymbolicLink(dir.resolve("link"), real);
        try (Owned owned = (Owned) DatabaseOwnership.claim(real.resolve("a.db"), "first")) {
            assertInstanceOf(HeldElsewhere.class, DatabaseOwnership.claim(link.resolve("a.db"), "second"));
            assertInstanceOf(HeldElsewhere.class, DatabaseOwnership.claim(real.resolve("x/../a.db"), "third"));
        }
    }

    @Test
    void aSocketLeftByAKilledOwnerIsReplaced() throws IOException {
        Path db = dir.resolve("a.db");
        Path socket = Rendezvous.of(db).socket();
        try (ServerSocketChannel dead = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            dead.bind(UnixDomainSocketAddress.of(socket)); // closed without removing its file, as kill -9 leaves it
        }
        assertTrue(Files.exists(socket));
        assertInstanceOf(Owned.class, claimAndClose(db));
        assertFalse(Files.exists(socket), "the owner removes its socket when it lets go");
    }

    @Test
    void aHandedCommandRunsInTheOwnerWithItsOutputStreamedBack() {
        Path db = dir.resolve("a.db");
        Duties duties = new Duties((cmd, out, err, cancelled) -> {
            out.println("out: " + String.join(" ", cmd.args()) + " in " + cmd.workingDir());
            err.println("err: ünïcödé");
            return 7;
        });
        try (Owned owned = (Owned) DatabaseOwnership.claim(db, "owner")) {
            owned.serve(duties);
            Captured c = new Captured();
            OptionalInt code = ((HeldElsewhere) DatabaseOwnership.claim(db, "client"))
                    .handCommand(new HandedCommand(List.of("stats", "--json"), dir, db, false), c.out, c.err);
            assertEquals(OptionalInt.of(7), code);
            assertEquals("out: stats --json in " + dir + "\n", c.out());
            assertEquals("err: ünïcödé\n", c.err());
        }
    }

    @Test
    void aClientThatGoesAwayCancelsItsCommand() throws Exception {
        Path db = dir.resolve("a.db");
        CountDownLatch started = new CountDownLatch(1);
        CompletableFuture<Boolean> sawCancel = new CompletableFuture<>();
        Duties duties = new Duties((cmd, out, err, cancelled) -> {
            started.countDown();
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (!cancelled.getAsBoolean() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            sawCancel.complete(cancelled.getAsBoolean());
            return 0;
        });
        try (Owned owned = (Owned) DatabaseOwnership.claim(db, "owner")) {
            owned.serve(duties);
            HeldElsewhere client = (HeldElsewhere) DatabaseOwnership.claim(db, "client");
            Thread t = new Thread(() -> client.handCommand(new HandedCommand(List.of("import", "x"), dir, db, false),
                    new Captured().out, new Captured().err));
            t.start();
            assertTrue(started.await(5, TimeUnit.SECONDS));
            t.interrupt(); // an interrupted channel read closes the connection, as a killed process does
            assertTrue(sawCancel.get(5, TimeUnit.SECONDS), "the owner saw the client go");
        }
    }

    @Test
    void closingWaitsForHandedCommandsAndThenLetsTheNextOwnerIn() throws Exception {
        Path db = dir.resolve("a.db");
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Owned owned = (Owned) DatabaseOwnership.claim(db, "owner");
        owned.serve(new Duties((cmd, out, err, cancelled) -> {
            started.countDown();
            await(release);
            finished.set(true);
            return 0;
        }));
        HeldElsewhere client = (HeldElsewhere) DatabaseOwnership.claim(db, "client");
        CompletableFuture<OptionalInt> code = CompletableFuture.supplyAsync(() -> client.handCommand(
                new HandedCommand(List.of("moderate"), dir, db, false), new Captured().out, new Captured().err));
        assertTrue(started.await(5, TimeUnit.SECONDS));
        CompletableFuture<Void> closed = CompletableFuture.runAsync(owned::close);
        Thread.sleep(300);
        assertFalse(closed.isDone(), "the owner waits for the command it took");
        Claim meanwhile = DatabaseOwnership.claim(db, "late");
        assertInstanceOf(HeldElsewhere.class, meanwhile, "nobody else owns it while the command runs");
        Captured late = new Captured();
        assertEquals(OptionalInt.empty(), ((HeldElsewhere) meanwhile).handCommand(
                new HandedCommand(List.of("stats"), dir, db, false), late.out, late.err), "a closing owner says: not now");
        release.countDown();
        closed.get(5, TimeUnit.SECONDS);
        assertTrue(finished.get());
        assertEquals(OptionalInt.of(0), code.get(5, TimeUnit.SECONDS));
        assertInstanceOf(Owned.class, claimAndClose(db));
    }

    @Test
    void runOrHandOverRunsHereWhenFreeAndInTheOwnerOtherwise() {
        Path db = dir.resolve("a.db");
        HandedCommand cmd = new HandedCommand(List.of("stats"), dir, db, false);
        Captured c = new Captured();
        Duties none = new Duties((x, out, err, cancelled) -> 99);
        assertEquals(5, DatabaseOwnership.runOrHandOver(cmd, "me", none, () -> 5, c.out, c.err));
        try (Owned owned = (Owned) DatabaseOwnership.claim(db, "owner")) {
            owned.serve(new Duties((x, out, err, cancelled) -> 42));
            assertEquals(42, DatabaseOwnership.runOrHandOver(cmd, "me", none, () -> 5, c.out, c.err));
        }
    }

    @Test
    void aDeskRequestIsAnsweredByTheOwnersDuties() {
        Path db = dir.resolve("a.db");
        HandedCommand opening = new HandedCommand(List.of(), dir, db, false);
        try (Owned owned = (Owned) DatabaseOwnership.claim(db, "owner")) {
            Duties busy = new Duties((x, out, err, cancelled) -> 0);
            busy.desk = Optional.of("moddesk import (process 1)");
            owned.serve(busy);
            HeldElsewhere.DeskAnswer answer = ((HeldElsewhere) DatabaseOwnership.claim(db, "desk")).askForDesk(opening);
            assertEquals(new HeldElsewhere.Busy("moddesk import (process 1)"), answer);
            busy.desk = Optional.empty();
            assertInstanceOf(HeldElsewhere.Shown.class,
                    ((HeldElsewhere) DatabaseOwnership.claim(db, "desk")).askForDesk(opening));
        }
    }

    private static Claim claimAndClose(Path db) {
        Claim c = DatabaseOwnership.claim(db, "test");
        if (c instanceof Owned o) {
            o.close();
        }
        return c;
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static final class Duties implements OwnerDuties {
        private final CommandRunner commands;
        volatile Optional<String> desk = Optional.empty();

        Duties(CommandRunner commands) {
            this.commands = commands;
        }

        @Override
        public int runCommand(HandedCommand command, PrintStream out, PrintStream err, BooleanSupplier cancelled) {
            return commands.runCommand(command, out, err, cancelled);
        }

        @Override
        public Optional<String> showDesk() {
            return desk;
        }
    }

    private static final class Captured {
        private final ByteArrayOutputStream o = new ByteArrayOutputStream();
        private final ByteArrayOutputStream e = new ByteArrayOutputStream();
        final PrintStream out = new PrintStream(o, true, StandardCharsets.UTF_8);
        final PrintStream err = new PrintStream(e, true, StandardCharsets.UTF_8);

        String out() {
            return o.toString(StandardCharsets.UTF_8);
        }

        String err() {
            return e.toString(StandardCharsets.UTF_8);
        }
    }
}
