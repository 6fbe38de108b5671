package dev.moddesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.sqlite.SQLiteConnection;

/**
 * A consistent copy of a database made with SQLite's online backup, while the database stays in use: the copy is
 * read in a single step on a reading connection of its own, that is one read transaction (one snapshot), so the
 * writer goes on meanwhile (WAL) and the copy is exactly the database as of one commit.
 */
public final class BackupCopy {
    /** Copy every page in one step: a copy made in several steps starts over whenever another connection writes. */
    private static final int ALL_PAGES = -1;

    private BackupCopy() {
    }

    /** Copies the open database {@code db} to {@code target} (a new file, which it overwrites). */
    public static void copy(Database db, Path target) {
        copy(db.file(), target);
    }

    /** Copies the database file {@code source} (open elsewhere in this process or not at all) to {@code target}. */
    public static void copy(Path source, Path target) {
        try (Connection reader = Database.connect(source.toAbsolutePath(), true)) {
            ((SQLiteConnection) reader).getDatabase().backup("main", target.toAbsolutePath().toString(), null,
                    100, 50, ALL_PAGES);
        } catch (SQLException e) {
            throw new StoreException(source + ": cannot copy it to " + target + ": " + Database.explain(e), e);
        }
    }

    /** Whether the database at {@code file} holds any comment (an empty one needs no backup). */
    public static boolean holdsComments(Path file) {
        try (Connection reader = Database.connect(file.toAbsolutePath(), true);
             Statement st = reader.createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM comments)")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw Database.failure(file, e);
        }
    }

    /** The schema version of the database at {@code file}, read without opening it for writing. */
    public static int schemaVersion(Path file) {
        try (Connection reader = Database.connect(file.toAbsolutePath(), true)) {
            return Migrations.userVersion(reader);
        } catch (SQLException e) {
            throw Database.failure(file, e);
        }
    }

    /** The number of the schema this ModDesk writes. */
    public static int latestSchema() {
        return Migrations.LATEST;
    }
}
