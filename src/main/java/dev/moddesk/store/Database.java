package dev.moddesk.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.sqlite.BusyHandler;
import org.sqlite.SQLiteConfig;

/**
 * One ModDesk database file: WAL, foreign keys on, schema migrated at open. It owns the single writer
 * connection; readers may open their own ({@link #openReader()}). A file that cannot be written (a read-only
 * folder or medium) opens for reading only ({@link #readOnly()}); one that failed its check ({@link CheckMark})
 * is not opened for writing.
 */
public final class Database implements AutoCloseable {
    private final Path file;
    private final Connection writer;
    private final boolean readOnly;
    /**
     * The decision groups this process wrote (committed) through this database: the desk's undo reverts those
     * without asking, and asks before a step another process made (a script, a second window) or an earlier run.
     */
    private final Set<Long> groupsMadeHere = ConcurrentHashMap.newKeySet();

    private Database(Path file, Connection writer, boolean readOnly) {
        this.file = file;
        this.writer = writer;
        this.readOnly = readOnly;
    }

    /** Opens (creating if needed) and migrates the database at {@code file}; writes wait {@link LockWait#PATIENT}ly. */
    public static Database open(Path file) {
        return open(file, LockWait.PATIENT);
    }

    /** Opens (creating if needed) and migrates the database at {@code file}; writes wait for others as {@code wait} says. */
    public static Database open(Path file, LockWait wait) {
        Path absolute = file.toAbsolutePath();
        if (ReadOnlyPlace.holds(absolute)) {
            return openReadOnly(absolute);
        }
        CheckMark.refuseWriting(absolute);
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new StoreException(absolute + ": cannot create the folder for the database: " + e.getMessage(), e);
        }
        return connectAndPrepare(absolute, false, connection -> {
            BusyHandler.setHandler(connection, new WaitingBusyHandler(wait));
            // Refuse an unknown schema before anything writes to it: switching to WAL rewrites the file header.
            Migrations.refuseUnknown(connection, absolute.toString());
            try (Statement st = connection.createStatement()) {
                st.execute("PRAGMA journal_mode = WAL");
            }
            Migrations.apply(connection, absolute.toString());
        });
    }

    /**
     * Opens a database that cannot be written (its folder or medium is read-only) for reading alone. SQLite cannot
     * keep its WAL index beside such a file, so it is opened as immutable: nothing else may change it meanwhile,
     * and nothing can on a read-only medium.
     */
    static Database openReadOnly(Path absolute) {
        return connectAndPrepare(absolute, true, connection -> {
            Migrations.refuseUnknown(connection, absolute.toString());
            if (Migrations.userVersion(connection) < Migrations.LATEST) {
                throw new StoreException(absolute + ": the file is read-only and its schema is older than this ModDesk "
                        + "reads; copy it to a folder you can write to and open it there once");
            }
        });
    }

    /** What is done on a fresh connection before it becomes a {@link Database}'s writer. */
    @FunctionalInterface
    private interface Preparation {
        void prepare(Connection connection) throws SQLException;
    }

    /**
     * Connects to {@code absolute} (a read-only connection as immutable) and prepares the connection; when either
     * fails, the connection is closed (an open one would keep the file's locks) and the failure explained.
     */
    private static Database connectAndPrepare(Path absolute, boolean readOnly, Preparation preparation) {
        Connection connection = null;
        try {
            connection = connect(absolute, readOnly, readOnly);
            preparation.prepare(connection);
            return new Database(absolute, connection, readOnly);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw failure(absolute, e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            throw e;
        }
    }

    /**
     * Loads the driver, its native library and its configuration classes (the JDK's date and locale data):
     * about 100 ms that a command line can spend on another thread while it parses its arguments.
     */
    public static void warmUp() {
        try {
            NativeLibraryCache.prepare();
            new SQLiteConfig();
            org.sqlite.SQLiteJDBCLoader.initialize();
        } catch (Exception | LinkageError e) {
            // the first real connection reports any problem
        }
    }

    public Path file() {
        return file;
    }

    /** Whether the existing file at {@code file} cannot be written (its folder or medium is read-only). */
    public static boolean onReadOnlyPlace(Path file) {
        return ReadOnlyPlace.holds(file.toAbsolutePath());
    }

    /** True when the file cannot be written: every read works, every write fails saying so. */
    public boolean readOnly() {
        return readOnly;
    }

    void madeHere(Collection<Long> groups) {
        groupsMadeHere.addAll(groups);
    }

    boolean madeHere(long group) {
        return groupsMadeHere.contains(group);
    }

    /** The one connection that writes. Callers keep writes on one thread. */
    public Connection writer() {
        return writer;
    }

    /** A separate connection for reading alongside the writer (WAL readers see the last commit). */
    public Connection openReader() {
        try {
            return connect(file, true, readOnly);
        } catch (SQLException e) {
            throw failure(file, e);
        }
    }

    @Override
    public void close() {
        closeQuietly(writer);
    }

    /** A connection to {@code file}; a read-only one on a read-only folder or medium opens it as immutable. */
    static Connection connect(Path file, boolean readOnly) throws SQLException {
        return connect(file, readOnly, readOnly && ReadOnlyPlace.holds(file));
    }

    private static Connection connect(Path file, boolean readOnly, boolean immutable) throws SQLException {
        NativeLibraryCache.prepare();
        SQLiteConfig config = new SQLiteConfig();
        // sqlite-jdbc refuses Connection.setReadOnly once connected: it must be set here.
        config.setReadOnly(readOnly);
        // The writer takes the write lock when its transaction begins, so that it waits there (busy handler)
        // instead of failing when it first writes after another connection committed.
        if (!readOnly) {
            config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        }
        config.enforceForeignKeys(true);
        config.setBusyTimeout(10_000);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTempStore(SQLiteConfig.TempStore.MEMORY);
        config.setCacheSize(-32_768); // 32 MB of page cache
        if (immutable) {
            return config.createConnection("jdbc:sqlite:" + file.toUri() + "?immutable=1");
        }
        return config.createConnection("jdbc:sqlite:" + file);
    }

    /** {@code e} met on {@code file}, explained; a damaged file's is a {@link DamagedDatabaseException}. */
    static StoreException failure(Path file, SQLException e) {
        return isDamage(e) ? new DamagedDatabaseException(file + ": " + explain(e), e)
                : new StoreException(file + ": " + explain(e), e);
    }

    private static boolean isDamage(SQLException e) {
        String m = String.valueOf(e.getMessage());
        return m.contains("SQLITE_CORRUPT") || m.contains("SQLITE_NOTADB") || m.contains("not a database");
    }

    static String explain(SQLException e) {
        String m = String.valueOf(e.getMessage());
        if (m.contains("SQLITE_NOTADB") || m.contains("not a database")) {
            return "not a ModDesk database (the file is not SQLite)";
        }
        if (m.contains("SQLITE_BUSY")) {
            return "the database stayed busy too long: another ModDesk command kept writing to it; nothing was changed. "
                    + "Try again when it has finished";
        }
        if (m.contains("SQLITE_CORRUPT")) {
            return "the database file is damaged: see what `moddesk doctor` finds, and `moddesk restore --latest` "
                    + "puts the last backup in place";
        }
        if (m.contains("SQLITE_READONLY")) {
            return "the database is read-only (its folder or medium cannot be written): nothing can be changed";
        }
        return m;
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing is best effort
            }
        }
    }
}
