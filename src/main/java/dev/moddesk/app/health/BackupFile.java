package dev.moddesk.app.health;

import java.nio.file.Path;
import java.time.Instant;

/** One backup of a database: where it is, when it was made, why ({@code manual} or what it came before), its size. */
public record BackupFile(Path file, Instant at, String reason, long bytes) {
    /** A backup made by hand; automatic ones carry the work they came before (import, sync, bulk, migration). */
    public static final String MANUAL = "manual";

    public boolean automatic() {
        return !MANUAL.equals(reason);
    }
}
