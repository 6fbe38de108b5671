package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A command whose write meets another command's long write waits for it, saying so in one line, and succeeds. */
class WaitingForAnotherWriterTest {
    @TempDir
    Path dir;

    @Test
    void aDecisionWaitsWithANoticeInsteadOfFailingAfterTenSeconds() throws Exception {
        Path db = dir.resolve("a.db");
        Fixtures.desk(db, 10, "setup").close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement st = other.createStatement()) {
                st.execute("BEGIN IMMEDIATE");
                st.execute("UPDATE sites SET name = name");
            }
            Thread release = new Thread(() -> {
                try {
                    Thread.sleep(11_000);
                    try (Statement st = other.createStatement()) {
                        st.execute("COMMIT");
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            release.start();
            int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "--db", db.toString(), "moderate",
                    "--action", "approve", "--ids", "1");
            release.join();
            assertEquals(0, code, err.toString());
        }
        assertEquals(1, err.toString().lines().count(), "one line: " + err);
        assertTrue(err.toString().startsWith("moddesk: waiting for another ModDesk command to finish writing"), err.toString());
        assertEquals("approved", StoreProbe.status(db, 1));
    }
}
