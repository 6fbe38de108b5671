package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fast path of a first import (rollback journal, indexes built at the end) leaves a normal database. */
class FirstImportTest {
    @TempDir
    Path dir;

    @Test
    void aFirstImportEndsInWalModeWithItsIndexes() throws SQLException {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            int indexes = count(db.writer(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
            write(db, 500);
            assertEquals("wal", pragma(db.writer(), "journal_mode"));
            assertEquals(indexes, count(db.writer(), "SELECT count(*) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"));
            assertEquals(500, count(db.writer(), "SELECT count(*) FROM comments_fts WHERE comments_fts MATCH 'words'"));
            assertEquals("ok", pragma(db.writer(), "integrity_check"));
        }
    }

    @Test
    void aFailedFirstImportLeavesAnEmptyWalDatabase() throws SQLException {
        try (Database db = Database.open(dir.resolve("b.db"))) {
            assertThrows(IllegalStateException.class, () -> {
                try (ImportWriter w = new ImportWriter(db)) {
                    w.site("https://x.example", "");
                    w.comment(comment(1));
                    throw new IllegalStateException("the reader failed");
                }
            });
            assertEquals("wal", pragma(db.writer(), "journal_mode"));
            assertEquals(0, count(db.writer(), "SELECT count(*) FROM comments"));
            write(db, 3); // and it still takes an import
            assertEquals(3, count(db.writer(), "SELECT count(*) FROM comments"));
        }
    }

    @Test
    void aFirstImportWhileAReaderIsOpenStaysInWal() throws SQLException {
        try (Database db = Database.open(dir.resolve("c.db")); Connection reader = db.openReader()) {
            count(reader, "SELECT count(*) FROM comments");
            write(db, 10);
            assertEquals("wal", pragma(db.writer(), "journal_mode"));
            assertEquals(10, count(reader, "SELECT count(*) FROM comments"));
        }
    }

    private static void write(Database db, int n) {
        try (ImportWriter w = new ImportWriter(db)) {
            w.site("https://x.example", "");
            for (int i = 1; i <= n; i++) {
                w.comment(comment(i));
            }
            w.commit();
        }
    }

    private static Comment comment(long id) {
        return new Comment(id, 1, 0, "A", "", "", "", null, 0, 1_700_000_000L + id, CommentType.COMMENT,
                "some words " + id, Status.PENDING);
    }

    private static int count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
