package dev.moddesk.app;

import dev.moddesk.store.DataVersion;
import dev.moddesk.store.Database;
import dev.moddesk.store.DatabaseLocation;
import dev.moddesk.store.ReadSession;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * One open database and the services the desk window uses on it. The writer-side services (moderation,
 * import) share the one writer connection: the window calls them from a single thread.
 */
public final class Desk implements AutoCloseable {
    private final Database db;
    private final Moderation moderation;

    private Desk(Database db, Supplier<String> moderator) {
        this.db = db;
        this.moderation = new Moderation(db, moderator);
    }

    /** Opens (creating and migrating if needed) the database at {@code file}. */
    public static Desk open(Path file, Supplier<String> moderator) {
        return new Desk(Database.open(file), moderator);
    }

    /** Where the desk's database is when nothing says otherwise: {@code MODDESK_DB}, else the user data folder. */
    public static Path defaultLocation() {
        return DatabaseLocation.resolve(null);
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
