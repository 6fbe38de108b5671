package dev.moddesk.app.health;

import dev.moddesk.app.export.AtomicFile;
import dev.moddesk.store.BackupCopy;
import dev.moddesk.store.CheckMark;
import dev.moddesk.store.Checkup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * Puts a backup in place of a database. The backup is checked first and copied beside the database; only then is
 * the current file (with its write-ahead log) moved aside under a name containing {@code damaged}, never deleted,
 * and the copy renamed into place. Run it only where no connection has the database open.
 */
public final class Restore {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    /** What a restore did: which backup it put in place, and where the file it replaced went (empty: there was none). */
    public record Restored(Path backup, Optional<Path> setAside) {
    }

    private final Path database;
    private final Clock clock;

    public Restore(Path database) {
        this(database, Clock.systemUTC());
    }

    public Restore(Path database, Clock clock) {
        this.database = database.toAbsolutePath();
        this.clock = clock;
    }

    /** Puts the newest backup of the database in place. */
    public Restored latest() {
        BackupFile latest = new Backups(database, clock).latest().orElseThrow(() -> new HealthException(
                database + ": has no backups in " + new Backups(database).folder() + " (restore --from FILE names one)"));
        return from(latest.file());
    }

    /** Puts {@code backup} in place. */
    public Restored from(Path backup) {
        Path source = backup.toAbsolutePath();
        if (source.equals(database)) {
            throw new HealthException(source + ": is the database itself, not a backup of it");
        }
        check(source);
        try {
            Path copy = database.resolveSibling("." + database.getFileName() + ".restoring");
            AtomicFile.writeVia(copy, tmp -> BackupCopy.copy(source, tmp));
            Optional<Path> aside = setAside();
            Files.move(copy, database, StandardCopyOption.ATOMIC_MOVE);
            CheckMark.clear(database);
            return new Restored(source, aside);
        } catch (IOException e) {
            throw new HealthException(database + ": cannot restore " + source + ": " + e.getMessage(), e);
        }
    }

    /** Refuses a backup that is not a sound ModDesk database this version can open. */
    private static void check(Path backup) {
        if (!Files.isRegularFile(backup)) {
            throw new HealthException(backup + ": no such backup");
        }
        try (Checkup checkup = Checkup.of(backup)) {
            int version = checkup.schemaVersion();
            if (version <= 0 || version > Checkup.latestSchema()) {
                throw new HealthException(backup + ": is not a database this ModDesk can open (schema " + version
                        + "); nothing was changed");
            }
            List<String> findings = checkup.integrity(false);
            if (!findings.isEmpty()) {
                throw new HealthException(backup + ": this backup is damaged too (" + findings.get(0)
                        + "); nothing was changed. Try an older one with restore --from FILE");
            }
        }
    }

    /** Moves the current database and its companions to {@code NAME.damaged-STAMP}; empty when there is none. */
    private Optional<Path> setAside() throws IOException {
        if (!Files.exists(database)) {
            return Optional.empty();
        }
        String stamp = STAMP.format(LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        Path aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp);
        for (int n = 2; Files.exists(aside); n++) {
            aside = database.resolveSibling(database.getFileName() + ".damaged-" + stamp + "-" + n);
        }
        // the log first: a database file without its log is an older state of it; a log without its file, nothing
        for (String suffix : List.of("-wal", "-shm", "")) {
            Path from = Path.of(database + suffix);
            if (Files.exists(from)) {
                Files.move(from, Path.of(aside + suffix), StandardCopyOption.ATOMIC_MOVE);
            }
        }
        return Optional.of(aside);
    }
}
