package dev.moddesk.app;

import dev.moddesk.app.demo.DemoData;
import dev.moddesk.app.health.Backups;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.app.sync.Sync;
import dev.moddesk.app.triage.SpamTriage;
import dev.moddesk.app.triage.TriageRules;
import dev.moddesk.store.CacheFolder;
import dev.moddesk.store.DamagedDatabaseException;
import dev.moddesk.store.DataVersion;
import dev.moddesk.store.Database;
import dev.moddesk.store.DatabaseLocation;
import dev.moddesk.store.LockWait;
import dev.moddesk.store.ReadSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One open database and the services on it: what the desk and the command line both use (neither reaches the
 * store). The writer-side services (moderation, import, sync, demo) share the one writer connection: call them
 * from a single thread (the desk's write lane).
 */
public final class Workspace implements AutoCloseable {
    private final Database db;
    private final Moderation moderation;
    private final Relay writerWaits;

    private Workspace(Database db, Supplier<String> moderator, Relay writerWaits) {
        this.db = db;
        this.moderation = new Moderation(db, moderator);
        this.writerWaits = writerWaits;
    }

    /**
     * Opens (creating and migrating if needed) the database at {@code file}. A decision never fails because
     * another command is writing: it waits as long as that takes ({@link #onWriterWaits} hears about it).
     */
    public static Workspace open(Path file, Supplier<String> moderator) {
        Relay waits = new Relay();
        LockWait wait = LockWait.PATIENT.withLimit(Duration.ofDays(1)).withNotice(Duration.ofMillis(300), waits);
        return new Workspace(openMigrated(file, wait), moderator, waits);
    }

    /**
     * Opens the database for a command line: a write waits up to {@code waitLimit} for another command's write
     * (then fails, changing nothing), and {@code waiting} hears about a wait that lasts more than two seconds.
     */
    public static Workspace open(Path file, Supplier<String> moderator, Duration waitLimit, Consumer<Duration> waiting) {
        LockWait wait = LockWait.PATIENT.withLimit(waitLimit).withNotice(Duration.ofSeconds(2), waiting);
        return new Workspace(openMigrated(file, wait), moderator, new Relay());
    }

    /** Opens the database; one that the opening migrates to a newer schema is backed up first. */
    private static Database openMigrated(Path file, LockWait wait) {
        new Backups(file).beforeMigration();
        return Database.open(file, wait);
    }

    /**
     * Loads the database driver and its native library ahead of time: about 100 ms that a command line can
     * spend on another thread while it reads its arguments.
     */
    public static void warmUp() {
        Database.warmUp();
    }

    /** {@code listener} hears, every quarter of a second, that a write is waiting for another command's write. */
    public void onWriterWaits(Consumer<Duration> listener) {
        writerWaits.to = listener;
    }

    /** Passes the writer's waits on to whoever listens by then (the window comes after the database). */
    private static final class Relay implements Consumer<Duration> {
        volatile Consumer<Duration> to = soFar -> { };

        @Override
        public void accept(Duration soFar) {
            to.accept(soFar);
        }
    }

    /** The database to use: {@code explicit} when given, else {@code MODDESK_DB}, else the user data folder. */
    public static Path location(Path explicit) {
        return DatabaseLocation.resolve(explicit);
    }

    /** The user's cache folder (what can be made again). */
    public static Path cacheFolder() {
        return CacheFolder.user();
    }

    public Path file() {
        return db.file();
    }

    public Moderation moderation() {
        return moderation;
    }

    /** A new importer on the writer connection; {@code warnings} hears skipped records. */
    public Importer importer(Consumer<String> warnings) {
        return new Importer(db, warnings);
    }

    /** Loads the demo site (a few thousand comments) into this database. */
    public ImportSummary loadDemo() {
        return loadDemo(DemoData.DEFAULT_COMMENTS, () -> false);
    }

    /** Loads a demo site of {@code comments} comments; stops, changing nothing, when {@code cancelled}. */
    public ImportSummary loadDemo(int comments, BooleanSupplier cancelled) {
        return importer(w -> { }).importFrom("demo", "demo",
                sink -> new DemoData(DemoData.DEFAULT_SEED, comments).generate(sink), cancelled);
    }

    /** Spam triage: scores the pending comments, learning from the decisions; it writes through the writer. */
    public SpamTriage triage() {
        return new SpamTriage(db);
    }

    /** The discussion rules kept here and their dry run; saving writes through the writer connection. */
    public TriageRules triageRules() {
        return new TriageRules(db);
    }

    /** Exports, the audit log and reports on this database. */
    public Admin admin() {
        return new Admin(db);
    }

    /** Whether {@code failure} (of {@link #open}) says the file is damaged: restoring a backup is the way out. */
    public static boolean isDamage(Throwable failure) {
        return failure instanceof DamagedDatabaseException;
    }

    /** True when the database cannot be written (a read-only folder or medium): reading works, changes fail. */
    public boolean readOnly() {
        return db.readOnly();
    }

    /** Sync with WordPress sites; it writes through the writer connection (call it from the write lane). */
    public Sync sync() {
        return new Sync(db);
    }

    /** A reader on its own connection, for one thread. */
    public QueueReader newReader() {
        return new QueueReader(new ReadSession(db));
    }

    /** Notices commits made by other connections, on a connection of its own (for one polling thread). */
    public ChangeWatch watchChanges() {
        return new ChangeWatch(new DataVersion(db));
    }

    @Override
    public void close() {
        db.close();
    }
}
