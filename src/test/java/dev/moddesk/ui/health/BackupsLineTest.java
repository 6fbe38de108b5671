package dev.moddesk.ui.health;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.app.health.BackupFile;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Check database's line on the backups counts them in good English: "1 backup", "2 backups". */
class BackupsLineTest {
    private static final BackupFile ONE = new BackupFile(Path.of("b1.db"), Instant.parse("2026-01-02T03:04:05Z"),
            "before import", 10);

    @Test
    void oneBackupIsSingular() {
        assertEquals("No backups yet.", HealthFeature.backups(List.of()));
        assertEquals("1 backup; the latest of 2026-01-02T03:04:05Z: b1.db", HealthFeature.backups(List.of(ONE)));
        assertEquals("2 backups; the latest of 2026-01-02T03:04:05Z: b1.db", HealthFeature.backups(List.of(ONE, ONE)));
    }
}
