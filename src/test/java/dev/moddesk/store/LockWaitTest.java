package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.moderation.Outcome;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The writer waits for another connection's write instead of failing, tells about it, and gives up at its limit. */
class LockWaitTest {
    @TempDir
    Path dir;

    @Test
    void aWriteWaitsForAnotherWriteAndIsToldAboutIt() throws Exception {
        Path file = dir.resolve("a.db");
        Fixtures.desk(file, 10, "setup").close();
        List<Duration> heard = new CopyOnWriteArrayList<>();
        try (Database db = Database.open(file, LockWait.PATIENT.withNotice(Duration.ofMillis(200), heard::add));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            holdWriteLock(other, 1200);
            Moderation store = new Moderation(db, () -> "test");
            long started = System.nanoTime();
            Outcome r = new Moderation(db, () -> "m").decide(List.of(StoreProbe.rowId(file, 1)), ModerationAction.APPROVE);
            assertEquals(1, r.changed());
            assertTrue(System.nanoTime() - started > 1_000_000_000L, "it waited for the other write");
            assertTrue(heard.size() >= 2, "told while it waited: " + heard);
            assertTrue(heard.get(0).compareTo(Duration.ofMillis(200)) >= 0);
        }
        assertEquals("approved", StoreProbe.status(file, 1));
    }

    @Test
    void aWriteThatWaitsPastItsLimitFailsClearlyAndChangesNothing() throws Exception {
        Path file = dir.resolve("a.db");
        Fixtures.desk(file, 10, "setup").close();
        try (Database db = Database.open(file, LockWait.PATIENT.withLimit(Duration.ofMillis(300)));
             Connection other = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            holdWriteLock(other, 2000);
            StoreException e = assertThrows(StoreException.class, () -> new Moderation(db, () -> "m")
                    .decide(List.of(StoreProbe.rowId(file, 1)), ModerationAction.APPROVE));
            assertTrue(e.getMessage().contains("another ModDesk command kept writing"), e.getMessage());
            Thread.sleep(2100);
        }
        assertEquals("pending", StoreProbe.status(file, 1));
        assertEquals(0, StoreProbe.auditRows(file));
    }

    /** Takes the write lock on {@code c} now and lets it go after {@code millis} (another thread commits). */
    static void holdWriteLock(Connection c, long millis) throws Exception {
        try (Statement st = c.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
            st.execute("UPDATE sites SET name = name");
        }
        Thread t = new Thread(() -> {
            try {
                Thread.sleep(millis);
                try (Statement st = c.createStatement()) {
                    st.execute("COMMIT");
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.setDaemon(true);
        t.start();
    }
}
