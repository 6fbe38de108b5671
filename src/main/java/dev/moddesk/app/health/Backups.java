package dev.moddesk.app.health;

import dev.moddesk.app.export.AtomicFile;
import dev.moddesk.store.BackupCopy;
import dev.moddesk.store.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups of one database, in the {@code backups} folder beside it, named {@code STEM-DATE-TIME-MS-REASON.db}
 * (UTC) so that they sort by age and open as ModDesk databases. Automatic backups come before risky work, at most
 * one an hour, and only the last {@value #KEEP_AUTOMATIC} are kept; backups made by hand are never removed here.
 */
public final class Backups {
    static final int KEEP_AUTOMATIC = 5;
    static final Duration AUTOMATIC_EVERY = Duration.ofHours(1);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    private final Path database;
    private final Clock clock;

    public Backups(Path database) {
        this(database, Clock.systemUTC());
    }

    public Backups(Path database, Clock clock) {
        this.database = database.toAbsolutePath();
        this.clock = clock;
    }

    public Path folder() {
        return database.resolveSibling("backups");
    }

    /** The backups of this database, newest first. */
    public List<BackupFile> list() {
        if (!Files.isDirectory(folder())) {
            return List.of();
        }
        Pattern names = Pattern.compile(Pattern.quote(stem()) + "-(\\d{8}-\\d{6}-\\d{3})-([a-z]+)\\.db");
        List<BackupFile> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder())) {
            for (Path f : (Iterable<Path>) files::iterator) {
                Matcher m = names.matcher(f.getFileName().toString());
                if (m.matches()) {
                    parse(m.group(1)).ifPresent(at -> out.add(new BackupFile(f, at, m.group(2), size(f))));
                }
            }
        } catch (IOException e) {
            throw new HealthException(folder() + ": cannot list the backups: " + e.getMessage(), e);
        }
        out.sort(Comparator.comparing(BackupFile::at).reversed());
        return out;
    }

    public Optional<BackupFile> latest() {
        return list().stream().findFirst();
    }

    /** A backup made by hand: into the backups folder, or to {@code target} when given. */
    public BackupFile now(Optional<Path> target) {
        if (!Files.isRegularFile(database)) {
            throw new HealthException(database + ": no such database");
        }
        if (target.map(t -> t.toAbsolutePath().equals(database)).orElse(false)) {
            throw new HealthException(database + ": a backup cannot replace the database itself");
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as the name keeps it
        Path file = target.map(Path::toAbsolutePath).orElseGet(() -> folder().resolve(name(at, BackupFile.MANUAL)));
        write(file);
        return new BackupFile(file, at, BackupFile.MANUAL, size(file));
    }

    /** What comes before risky work on {@code db}: an {@link #automatic} backup, unless the file is read-only. */
    public static Optional<BackupFile> before(Database db, String reason) {
        return db.readOnly() ? Optional.empty() : new Backups(db.file()).automatic(reason);
    }

    /**
     * A backup of a database about to be migrated to a newer schema, whenever one was made last: an older ModDesk
     * cannot open the migrated file, so the backup is the way back.
     */
    public Optional<BackupFile> beforeMigration() {
        if (!Files.isRegularFile(database) || Database.onReadOnlyPlace(database)) {
            return Optional.empty();
        }
        int version = BackupCopy.schemaVersion(database);
        if (version <= 0 || version >= BackupCopy.latestSchema()) {
            return Optional.empty();
        }
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as the name keeps it
        Path file = folder().resolve(name(at, "migration"));
        write(file);
        prune();
        return Optional.of(new BackupFile(file, at, "migration", size(file)));
    }

    /**
     * A backup before {@code reason} (import, sync, bulk) unless one was made within the hour or the
     * database holds no comments yet; then removes the automatic ones beyond the last {@value #KEEP_AUTOMATIC}.
     */
    public Optional<BackupFile> automatic(String reason) {
        Instant at = clock.instant().truncatedTo(ChronoUnit.MILLIS); // as the name keeps it
        boolean recent = list().stream().filter(BackupFile::automatic)
                .anyMatch(b -> b.at().isAfter(at.minus(AUTOMATIC_EVERY)));
        if (recent || !BackupCopy.holdsComments(database)) {
            return Optional.empty();
        }
        Path file = folder().resolve(name(at, reason));
        write(file);
        prune();
        return Optional.of(new BackupFile(file, at, reason, size(file)));
    }

    private void prune() {
        List<BackupFile> automatic = list().stream().filter(BackupFile::automatic).toList();
        for (BackupFile old : automatic.subList(Math.min(KEEP_AUTOMATIC, automatic.size()), automatic.size())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                throw new HealthException(old.file() + ": cannot remove this old backup: " + e.getMessage(), e);
            }
        }
    }

    private void write(Path file) {
        try {
            // through a hidden part file: a backup cut short never lies under a backup's name
            AtomicFile.writeVia(file, tmp -> BackupCopy.copy(database, tmp));
        } catch (IOException e) {
            throw new HealthException(file + ": cannot write the backup: " + e.getMessage(), e);
        }
    }

    private String stem() {
        String name = database.getFileName().toString();
        return name.endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }

    private String name(Instant at, String reason) {
        return stem() + "-" + STAMP.format(LocalDateTime.ofInstant(at, ZoneOffset.UTC)) + "-" + reason + ".db";
    }

    private static Optional<Instant> parse(String stamp) {
        try {
            return Optional.of(LocalDateTime.parse(stamp, STAMP).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }
}
