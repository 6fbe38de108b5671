package dev.moddesk.app.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackupsTest {
    @TempDir
    Path dir;

    private Path site(int comments) {
        Path db = dir.resolve("site.db");
        Fixtures.desk(db, comments, "ann").close();
        return db;
    }

    /** A clock that the test moves on. */
    private static final class Hands extends Clock {
        Instant now = Instant.parse("2026-11-30T10:00:00Z");

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    @Test
    void aBackupByHandIsACompleteDatabaseBesideTheOriginalOrWhereAsked() {
        Path db = site(300);
        BackupFile made = new Backups(db).now(Optional.empty());
        assertEquals(dir.resolve("backups"), made.file().getParent());
        assertTrue(made.file().getFileName().toString().matches("site-\\d{8}-\\d{6}-\\d{3}-manual\\.db"), made.toString());
        assertEquals(300, StoreProbe.number(made.file(), "SELECT count(*) FROM comments"));
        assertTrue(new Doctor(made.file()).check(true).ok());

        Path elsewhere = dir.resolve("copies").resolve("copy.db");
        new Backups(db).now(Optional.of(elsewhere));
        assertEquals(300, StoreProbe.number(elsewhere, "SELECT count(*) FROM comments"));
        assertEquals(List.of(made), new Backups(db).list());
    }

    @Test
    void automaticBackupsComeAtMostHourlyAndTheLastFiveAreKeptBesideEveryManualOne() {
        Path db = site(50);
        Hands clock = new Hands();
        Backups backups = new Backups(db, clock);
        BackupFile manual = backups.now(Optional.empty());
        assertTrue(backups.automatic("import").isPresent(), "a manual backup does not count against the hour");
        clock.now = clock.now.plus(Duration.ofMinutes(59));
        assertTrue(backups.automatic("sync").isEmpty(), "at most one an hour");
        for (int i = 0; i < 6; i++) {
            clock.now = clock.now.plus(Duration.ofMinutes(61));
            assertTrue(backups.automatic("bulk").isPresent());
        }
        List<BackupFile> kept = backups.list();
        assertEquals(5, kept.stream().filter(BackupFile::automatic).count(), kept.toString());
        assertTrue(kept.contains(manual));
        assertEquals(clock.now, kept.get(0).at(), "newest first");
        assertTrue(kept.stream().noneMatch(b -> b.reason().equals("import")), "the oldest went first");
    }

    @Test
    void anEmptyDatabaseNeedsNoAutomaticBackup() {
        Path db = site(0);
        assertTrue(new Backups(db).automatic("import").isEmpty());
        assertFalse(Files.exists(dir.resolve("backups")));
    }

    @Test
    void importsAndBulkDecisionsOverAThousandCommentsComeAfterABackup() {
        Path db = site(1_500);
        try (Workspace w = Workspace.open(db, () -> "ann")) {
            w.moderation().decide(w.moderation().findBySiteIds(null, List.of(1L, 2L)), ModerationAction.APPROVE);
            assertEquals(List.of(), new Backups(db).list(), "two comments are no bulk action");
            QueueQuery pending = QueueQuery.of(QueueFilter.pending());
            long before = w.moderation().countAll(pending);
            w.moderation().decideAll(pending, ModerationAction.SPAM);
            List<BackupFile> made = new Backups(db).list();
            assertEquals(List.of("bulk"), made.stream().map(BackupFile::reason).toList());
            assertEquals(before, StoreProbe.number(made.get(0).file(), "SELECT count(*) FROM comments WHERE status = 'pending'"),
                    "the backup holds the database as it was before the bulk action");
        }
    }

    @Test
    void anImportIntoADatabaseWithCommentsComesAfterABackup() {
        Path db = site(40);
        try (Workspace w = Workspace.open(db, () -> "ann")) {
            Fixtures.secondSite(w, 10);
        }
        List<BackupFile> made = new Backups(db).list();
        assertEquals(List.of("import"), made.stream().map(BackupFile::reason).toList());
        assertEquals(40, StoreProbe.number(made.get(0).file(), "SELECT count(*) FROM comments"));
    }

    @Test
    void aDatabaseOfAnOlderSchemaIsBackedUpBeforeItIsMigrated() {
        Path db = StoreProbe.olderSchema(dir.resolve("old.db"), 6, 3);
        Workspace.open(db, () -> "ann").close();
        List<BackupFile> made = new Backups(db).list();
        assertEquals(List.of("migration"), made.stream().map(BackupFile::reason).toList());
        assertEquals(6, StoreProbe.number(made.get(0).file(), "PRAGMA user_version"));
        Workspace.open(db, () -> "ann").close();
        assertEquals(1, new Backups(db).list().size(), "a database already migrated is not backed up again");
    }

    @Test
    void aBackupWhileAnotherConnectionWritesHoldsOnlyWhatWasCommittedAndDoesNotStopTheWriter() throws Exception {
        Path db = site(200);
        CountDownLatch inTransaction = new CountDownLatch(1);
        CountDownLatch backedUp = new CountDownLatch(1);
        AtomicReference<Throwable> writerFailed = new AtomicReference<>();
        Thread writer = new Thread(() -> {
            try {
                StoreProbe.inTransaction(db, () -> {
                    inTransaction.countDown();
                    backedUp.await();
                }, "INSERT INTO comments (site_id, remote_id, post_id, date_gmt, site_status) VALUES (1, 9001, 1, 0, 'pending')");
            } catch (Throwable t) {
                writerFailed.set(t);
            }
        });
        writer.start();
        inTransaction.await();
        BackupFile made = new Backups(db).now(Optional.empty());
        backedUp.countDown();
        writer.join();
        assertEquals(null, writerFailed.get());
        assertEquals(200, StoreProbe.number(made.file(), "SELECT count(*) FROM comments"));
        assertEquals(201, StoreProbe.number(db, "SELECT count(*) FROM comments"));
    }
}
