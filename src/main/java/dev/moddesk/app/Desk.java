package dev.moddesk.app;

import dev.moddesk.store.DataVersion;
import dev.moddesk.store.Database;
import dev.moddesk.store.DatabaseLocation;
import dev.moddesk.store.LockWait;
import dev.moddesk.store.ReadSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One open database and the services the desk window uses on it. The writer-side services (moderation,
 * import) share the one writer connection: the window calls them from a single thread.
 */
public final class Desk implements AutoCloseable {
    private final Database db;
    private final Moderation moderation;
    private final Relay writerWaits;

    private Desk(Database db, Supplier<String> moderator, Relay writerWaits) {
        this.db = db;
        this.moderation = new Moderation(db, moderator);
        this.writerWaits = writerWaits;
    }

    /**
     * Opens (creating and migrating if needed) the database at {@code file}. A decision never fails because
     * another command is writing: it waits as long as that takes ({@link #onWriterWaits} hears about it).
     */
    public static Desk open(Path file, Supplier<String> moderator) {
        Relay waits = new Relay();
        LockWait wait = LockWait.PATIENT.withLimit(Duration.ofDays(1)).withNotice(Duration.ofMillis(300), waits);
        return new Desk(Database.open(file, wait), moderator, waits);
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

    /** The desk's database: {@code explicit} when given, else {@code MODDESK_DB}, else the user data folder. */
    public static Path location(Path explicit) {
        return DatabaseLocation.resolve(explicit);
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
        return importer(w -> { }).importFrom("demo", "demo",
                sink -> new DemoData(DemoData.DEFAULT_SEED, DemoData.DEFAULT_COMMENTS).generate(sink));
    }

    /** Exports, the audit log and reports on this database. */
    public Admin admin() {
        return new Admin(db);
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
