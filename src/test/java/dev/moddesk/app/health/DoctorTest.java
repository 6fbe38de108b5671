package dev.moddesk.app.health;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.UserFacingException;
import dev.moddesk.store.CheckMark;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorTest {
    private static final int COMMENTS = 600;

    @TempDir
    Path dir;

    private Path site() {
        Path db = dir.resolve("site.db");
        Fixtures.desk(db, COMMENTS, "ann").close();
        return db;
    }

    private static List<String> checks(HealthReport report) {
        return report.problems().stream().map(Problem::check).toList();
    }

    @Test
    void aSoundDatabaseIsWellInBothChecks() {
        Path db = site();
        assertTrue(new Doctor(db).check(false).ok(), () -> new Doctor(db).check(false).problems().toString());
        assertTrue(new Doctor(db).check(true).ok(), () -> new Doctor(db).check(true).problems().toString());
    }

    @Test
    void aSearchIndexThatMissesCommentsIsFoundAndRebuiltByTheRepair() {
        Path db = site();
        // an import cut short between the rows and their index: a comment the search cannot find
        StoreProbe.execute(db, "DROP TRIGGER comments_fts_insert");
        StoreProbe.execute(db, "INSERT INTO comments (site_id, remote_id, post_id, date_gmt, site_status, content) "
                + "VALUES (1, 99999, 1, 0, 'pending', 'zebracrossing')");
        HealthReport found = new Doctor(db).check(false);
        assertEquals(List.of("search index"), checks(found));
        assertTrue(found.problems().get(0).problem().contains(COMMENTS + " comments, the database " + (COMMENTS + 1)),
                found.problems().get(0).problem());
        assertTrue(found.problems().get(0).repairable());

        HealthReport repaired = new Doctor(db).repair(false);
        assertTrue(repaired.ok(), repaired.problems().toString());
        assertEquals(List.of("rebuilt the search index from the comments"), repaired.repaired());
        assertEquals(1, StoreProbe.number(db, "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'zebracrossing'"));
    }

    @Test
    void countsThatDisagreeWithTheCommentsAreNamedAndCountedAnew() {
        Path db = site();
        long pending = Fixtures.count(COMMENTS, dev.moddesk.core.Status.PENDING);
        StoreProbe.execute(db, "UPDATE comment_counts SET n = n + 5 WHERE status = 'pending'");
        StoreProbe.execute(db, "DELETE FROM comment_counts WHERE status = 'spam'");
        HealthReport found = new Doctor(db).check(false);
        assertEquals(List.of("counts", "counts"), checks(found));
        String lines = found.problems().toString();
        assertTrue(lines.contains("counts " + (pending + 5) + " pending comments, there are " + pending), lines);
        assertTrue(lines.contains("counts 0 spam comments, there are " + Fixtures.count(COMMENTS,
                dev.moddesk.core.Status.SPAM)), lines);

        HealthReport repaired = new Doctor(db).repair(false);
        assertTrue(repaired.ok(), repaired.problems().toString());
        assertEquals(List.of("counted the comments by site and status anew"), repaired.repaired());
        try (Workspace w = Workspace.open(db, () -> "ann"); var reader = w.newReader()) {
            assertEquals(pending, reader.counts().pending());
        }
    }

    @Test
    void leftoversOfKilledExportsAndBackupsAreFoundAndRemovedByTheRepairAlone() throws IOException {
        Path db = site();
        long dead = deadPid();
        Path exportPart = Files.writeString(dir.resolve(".out.csv." + dead + ".1a2b.part"), "half an export");
        Files.createDirectories(dir.resolve("backups"));
        Path backupPart = Files.writeString(dir.resolve("backups").resolve(".site-x.db." + dead + ".ff.part"), "half");
        Path unrelated = Files.writeString(dir.resolve("notes.part"), "not ours");

        HealthReport found = new Doctor(db).check(false);
        assertEquals(List.of("leftover", "leftover"), checks(found));
        assertTrue(Files.exists(exportPart) && Files.exists(backupPart), "a check removes nothing");

        HealthReport repaired = new Doctor(db).repair(false);
        assertTrue(repaired.ok(), repaired.problems().toString());
        assertFalse(Files.exists(exportPart));
        assertFalse(Files.exists(backupPart));
        assertTrue(Files.exists(unrelated));
        assertEquals(2, repaired.repaired().size(), repaired.repaired().toString());
    }

    @Test
    void outboxEntriesFailingForDaysOrForGoneCommentsAreReportedButLeftAlone() {
        Path db = site();
        try (Workspace w = Workspace.open(db, () -> "ann")) {
            w.moderation().decide(w.moderation().findBySiteIds(null, List.of(1L, 2L, 3L)), ModerationAction.APPROVE);
        }
        long fourDaysAgo = System.currentTimeMillis() - Duration.ofDays(4).toMillis();
        StoreProbe.execute(db, "UPDATE outbox SET last_error = 'HTTP 503', attempts = 9, queued_at = ? "
                + "WHERE comment_id IN (SELECT id FROM comments WHERE remote_id IN (1, 2))", fourDaysAgo);
        StoreProbe.execute(db, "UPDATE comments SET site_status = 'gone' WHERE remote_id = 3");
        HealthReport found = new Doctor(db).check(false);
        String lines = found.problems().toString();
        assertEquals(List.of("outbox", "outbox"), checks(found), lines);
        assertTrue(lines.contains("2 queued changes have failed for more than 3 days"), lines);
        assertTrue(lines.contains("1 queued changes are for comments the site no longer has"), lines);
        assertFalse(found.repairable());
        assertEquals(List.of(), new Doctor(db).repair(false).repaired());
        assertEquals(3, StoreProbe.outbox(db));
    }

    @Test
    void aDamagedFileIsReportedMarkedAndNotWrittenUntilABackupIsRestored() throws IOException {
        Path db = site();
        new Backups(db).now(java.util.Optional.empty());
        damageTheCommentsTable(db);

        HealthReport found = new Doctor(db).check(false);
        assertFalse(found.ok());
        assertTrue(checks(found).stream().allMatch("integrity"::equals), found.problems().toString());
        assertTrue(found.problems().get(0).todo().contains("restore --latest"), found.problems().get(0).todo());
        assertTrue(CheckMark.isSet(db));

        byte[] before = Files.readAllBytes(db);
        HealthReport repaired = new Doctor(db).repair(false);
        assertTrue(repaired.repaired().get(0).startsWith("nothing repaired"), repaired.repaired().toString());
        UserFacingException refused = assertThrows(UserFacingException.class, () -> Workspace.open(db, () -> "ann"));
        assertTrue(refused.getMessage().contains("failed its last check") && refused.getMessage().contains("doctor"),
                refused.getMessage());
        assertArrayEquals(before, Files.readAllBytes(db), "nothing wrote to the damaged file");

        new Restore(db).latest();
        assertFalse(CheckMark.isSet(db));
        assertTrue(new Doctor(db).check(false).ok());
        Workspace.open(db, () -> "ann").close();
    }

    @Test
    void damageOutsideTheCommentsTableIsFoundToo() throws IOException {
        // the quick check of the other tables runs on a connection of its own: its findings must not be lost
        for (String table : List.of("audit_log", "comments_fts_data")) {
            Path db = dir.resolve(table + ".db");
            Fixtures.desk(db, 50, "ann").close();
            damageTheRootPage(db, table);
            HealthReport found = new Doctor(db).check(false);
            assertFalse(found.ok(), table);
            assertTrue(checks(found).contains("integrity"), table + ": " + found.problems());
            assertTrue(CheckMark.isSet(db), table);
        }
    }

    @Test
    void aDatabaseFromANewerModDeskIsReportedAndLeftByteForByte() throws IOException {
        Path db = site();
        StoreProbe.execute(db, "PRAGMA user_version = 1000");
        byte[] before = Files.readAllBytes(db);
        HealthReport found = new Doctor(db).repair(true);
        assertEquals(List.of("schema"), checks(found));
        assertTrue(found.problems().get(0).problem().contains("newer ModDesk"));
        assertArrayEquals(before, Files.readAllBytes(db));
    }

    @Test
    void aFileThatIsNoDatabaseIsAProblemAndAMissingOneAnError() throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.db"), "this is no SQLite file, only some text. ".repeat(200));
        HealthReport found = new Doctor(junk).check(false);
        assertEquals(List.of("integrity"), checks(found));
        assertTrue(found.problems().get(0).problem().contains("not SQLite"), found.problems().get(0).problem());
        assertThrows(HealthException.class, () -> new Doctor(dir.resolve("missing.db")).check(false));
        assertFalse(Files.exists(dir.resolve("missing.db")));
    }

    /** Overwrites the header of the comments table's root page (an interior page at this size) with garbage. */
    static void damageTheCommentsTable(Path db) throws IOException {
        damageTheRootPage(db, "comments");
    }

    /** Overwrites the header of {@code table}'s root page with garbage (an invalid page type). */
    static void damageTheRootPage(Path db, String table) throws IOException {
        long page = StoreProbe.number(db, "SELECT rootpage FROM sqlite_master WHERE name = '" + table + "'");
        long pageSize = StoreProbe.number(db, "PRAGMA page_size");
        try (RandomAccessFile f = new RandomAccessFile(db.toFile(), "rw")) {
            f.seek((page - 1) * pageSize);
            f.write(new byte[] {(byte) 0x77, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff});
        }
    }

    static long deadPid() {
        long pid = 4_000_000;
        while (ProcessHandle.of(pid).isPresent()) {
            pid++;
        }
        return pid;
    }
}
