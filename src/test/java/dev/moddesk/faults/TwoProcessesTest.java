package dev.moddesk.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.bench.SyntheticWxr;
import dev.moddesk.core.Status;
import dev.moddesk.owner.DatabaseOwnership;
import dev.moddesk.site.FakeWordPress;
import dev.moddesk.store.DatabaseInvariants;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.testing.ModDeskProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several ModDesk processes on one database at once (command lines alone, and command lines while a desk holds
 * it): three deciding on different comments, one importing, one pulling from a site. Every one succeeds without
 * "database is locked", and afterwards every decision is there with its audit line and outbox entry.
 */
class TwoProcessesTest {
    private static final int COMMENTS = 1_800;
    @TempDir
    Path dir;
    private Path db;
    private Path export;

    /** One command's moderator, action, and the status its comments end in. */
    private record Decision(String by, String action, Status ends, long from, long to) { }

    private static final List<Decision> DECISIONS = List.of(
            new Decision("ann", "spam", Status.SPAM, 1, 600),
            new Decision("bob", "approve", Status.APPROVED, 601, 1200),
            new Decision("cy", "hold", Status.PENDING, 1201, 1800));

    @BeforeEach
    void site() throws Exception {
        db = dir.resolve("x.db");
        Fixtures.desk(db, COMMENTS, "setup").close();
        export = dir.resolve("other-site.xml");
        new SyntheticWxr(5).write(export, 3_000);
    }

    @Test
    void commandLinesDecidingImportingAndPullingAtOnceLoseNothing() throws Exception {
        runAllAtOnce();
    }

    @Test
    void commandLinesAtOnceWhileADeskHoldsTheDatabase() throws Exception {
        Process desk = new ProcessBuilder(ModDeskProcess.command(ModDeskProcess.HEADLESS_DESK, "--db", db.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("desk.txt").toFile()).start();
        try {
            long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
            while (!DatabaseOwnership.isOwned(db)) {
                assertTrue(desk.isAlive() && System.nanoTime() < until, "the desk did not open its database");
                Thread.sleep(50); // another process: nothing to wait on but its socket
            }
            runAllAtOnce();
            assertTrue(desk.isAlive(), "the desk stays open");
        } finally {
            desk.destroy();
            assertTrue(desk.waitFor(30, TimeUnit.SECONDS), "the desk closes");
        }
        assertEquals(List.of(), DatabaseInvariants.problems(db));
    }

    private void runAllAtOnce() throws Exception {
        try (FakeWordPress wp = new FakeWordPress()) {
            for (int i = 1; i <= 200; i++) {
                wp.comment(i, 1 + i % 4, i % 3 == 0 ? "approved" : "hold");
            }
            Path password = Files.writeString(dir.resolve("pw"), FakeWordPress.PASSWORD);
            Files.setPosixFilePermissions(password, PosixFilePermissions.fromString("rw-------"));
            List<Process> processes = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (Decision d : DECISIONS) {
                names.add(d.by);
                processes.add(start(d.by, "moderate", "--action", d.action, "--site", Fixtures.SITE, "--by", d.by,
                        "--ids", FaultSuiteIT.ids(d.from, d.to)));
            }
            names.add("import");
            processes.add(start("import", "import", export.toString()));
            names.add("sync");
            processes.add(start("sync", "sync", "--site", wp.url(), "--user", FakeWordPress.USER, "--password-file",
                    password.toString(), "--pull-only"));
            for (int i = 0; i < processes.size(); i++) {
                Process p = processes.get(i);
                assertTrue(p.waitFor(5, TimeUnit.MINUTES), names.get(i) + " did not finish");
                String err = Files.readString(dir.resolve(names.get(i) + ".err"));
                assertEquals(0, p.exitValue(), names.get(i) + ": " + err);
                assertFalse(err.contains("locked"), names.get(i) + ": " + err);
            }
            assertEquals(200, StoreProbe.number(db, "SELECT count(*) FROM comments c JOIN sites s ON s.id = c.site_id "
                    + "WHERE s.base_url LIKE 'http://127.0.0.1:%'"), "every pulled comment");
        }
        assertEquals(3_000, StoreProbe.number(db, "SELECT count(*) FROM comments c JOIN sites s ON s.id = c.site_id "
                + "WHERE s.base_url = ?", SyntheticWxr.BASE_URL), "every imported comment");
        for (Decision d : DECISIONS) {
            long changed = changed(Files.readString(dir.resolve(d.by + ".out")), d.action);
            long expected = 0;
            for (long i = d.from; i <= d.to; i++) {
                expected += Fixtures.statusOf(i) == d.ends ? 0 : 1;
            }
            assertEquals(expected, changed, d.by + "'s command says");
            assertEquals(changed, StoreProbe.number(db, "SELECT count(*) FROM audit_log WHERE moderator = ?", d.by),
                    d.by + "'s audit lines");
            assertEquals(d.to - d.from + 1, StoreProbe.number(db, "SELECT count(*) FROM comments c JOIN sites s "
                    + "ON s.id = c.site_id WHERE s.base_url = ? AND c.remote_id BETWEEN ? AND ? AND c.status = ?",
                    Fixtures.SITE, d.from, d.to, d.ends.word()), d.by + "'s decisions all there");
        }
        assertEquals(List.of(), DatabaseInvariants.problems(db));
    }

    private Process start(String name, String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of("--db", db.toString()));
        all.addAll(List.of(args));
        return new ProcessBuilder(ModDeskProcess.command(List.of(), all.toArray(String[]::new))).directory(dir.toFile())
                .redirectOutput(dir.resolve(name + ".out").toFile()).redirectError(dir.resolve(name + ".err").toFile()).start();
    }

    private static long changed(String out, String action) {
        Matcher m = Pattern.compile(Pattern.quote(action) + ": (\\d+) changed").matcher(out);
        assertTrue(m.find(), out);
        return Long.parseLong(m.group(1));
    }
}
