package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The database file: pragmas, migrations, refusals that leave the file alone, FTS triggers, its location. */
class DatabaseTest {
    @TempDir
    Path dir;

    static String text(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    static List<Long> ids(Connection c, String sql) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    static void integrityCheck(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO comments_fts(comments_fts) VALUES('integrity-check')");
        }
        assertEquals("ok", text(c, "PRAGMA integrity_check"));
    }

    // ---------------------------------------------------------------- pragmas and migrations

    @Test
    void walAndForeignKeysAreOnForTheWriterAndForReaders() throws SQLException {
        try (Database db = Database.open(dir.resolve("a.db"))) {
            assertEquals("wal", text(db.writer(), "PRAGMA journal_mode"));
            assertEquals("1", text(db.writer(), "PRAGMA foreign_keys"));
            try (Connection reader = db.openReader()) {
                assertEquals("wal", text(reader, "PRAGMA journal_mode"));
                assertEquals("1", text(reader, "PRAGMA foreign_keys"));
                assertTrue(Integer.parseInt(text(reader, "PRAGMA busy_timeout")) > 0, "readers wait for the writer");
                try (Statement st = reader.createStatement()) {
                    assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO sites (base_url) VALUES ('x')"),
                            "a reader does not write");
                }
            }
            try (Statement st = db.writer().createStatement()) {
                SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate(
                        "INSERT INTO comments (site_id, remote_id, post_id, date_gmt, site_status) VALUES (999, 1, 1, 0, 'pending')"));
                assertTrue(e.getMessage().contains("FOREIGN KEY"), e.getMessage());
            }
        }
    }

    @Test
    void theSchemaIsAtTheLatestVersion_andReopeningChangesNothing() throws SQLException, IOException {
        Path file = dir.resolve("nested/folder/a.db");
        try (Database db = Database.open(file)) {
            assertEquals(Migrations.LATEST, Integer.parseInt(text(db.writer(), "PRAGMA user_version")));
            assertTrue(Migrations.LATEST >= 1);
            assertEquals(file.toAbsolutePath(), db.file());
        }
        assertTrue(Files.isRegularFile(file), "the folder is created");
        String schema;
        try (Database db = Database.open(file)) {
            schema = text(db.writer(), "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master ORDER BY name)");
            assertEquals(Migrations.LATEST, Integer.parseInt(text(db.writer(), "PRAGMA user_version")));
        }
        try (Database db = Database.open(file)) {
            assertEquals(schema, text(db.writer(),
                    "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master ORDER BY name)"));
        }
        for (String table : List.of("sites", "posts", "comments", "outbox", "audit_log", "decision_groups", "comments_fts")) {
            assertTrue(schema.contains(table), table + " in " + schema);
        }
    }

    @Test
    void aDatabaseFromANewerModDeskIsRefusedAndLeftByteForByte() throws SQLException, IOException {
        Path file = dbWithSchemaVersion("future.db", Migrations.LATEST + 41);
        StoreException e = refusedUntouched(file);
        assertTrue(e.getMessage().contains("newer"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, Integer.MIN_VALUE})
    void aSchemaVersionNoModDeskWroteIsRefusedAndLeftByteForByte(int version) throws SQLException, IOException {
        Path file = dbWithSchemaVersion("odd.db", version);
        StoreException e = refusedUntouched(file);
        assertTrue(e.getMessage().contains("schema version " + version + " was not written by ModDesk"), e.getMessage());
    }

    /** A SQLite file with a table of its own and the given {@code PRAGMA user_version}. */
    private Path dbWithSchemaVersion(String name, int version) throws SQLException {
        Path file = dir.resolve(name);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE comments (id INTEGER PRIMARY KEY, something_new TEXT)");
            st.execute("INSERT INTO comments (something_new) VALUES ('not ours to migrate')");
            st.execute("PRAGMA user_version = " + version);
        }
        return file;
    }

    /** Opening {@code file} fails with one line naming it, twice, and leaves the folder byte for byte. */
    private StoreException refusedUntouched(Path file) throws IOException {
        byte[] before = Files.readAllBytes(file);
        List<Path> siblings;
        try (var s = Files.list(dir)) {
            siblings = s.sorted().toList();
        }

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), "names the file: " + e.getMessage());
        assertTrue(e.getMessage().contains("left untouched"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), e.getMessage());

        assertArrayEquals(before, Files.readAllBytes(file), "the file is not touched (not even its journal mode)");
        try (var s = Files.list(dir)) {
            assertEquals(siblings, s.sorted().toList(), "no -wal or -shm files left behind");
        }
        // And it can be refused again, the same way.
        assertThrows(StoreException.class, () -> Database.open(file));
        assertArrayEquals(before, Files.readAllBytes(file));
        return e;
    }

    @Test
    void aFileThatIsNotSqliteIsRefusedClearlyAndLeftAlone() throws IOException {
        Path file = dir.resolve("notes.db");
        StringBuilder text = new StringBuilder();
        while (text.length() < 8192) {
            text.append("These are my notes, not a database.\n");
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
        byte[] before = Files.readAllBytes(file);

        StoreException e = assertThrows(StoreException.class, () -> Database.open(file));
        assertTrue(e.getMessage().contains("not a ModDesk database") || e.getMessage().contains("not SQLite"),
                e.getMessage());
        assertTrue(e.getMessage().contains(file.toAbsolutePath().toString()), e.getMessage());
        assertArrayEquals(before, Files.readAllBytes(file));
    }

    // ---------------------------------------------------------------- the full-text index

    @Test
    void ftsTriggersFollowInsertUpdateAndDelete() throws SQLException {
        try (Database db = Database.open(dir.resolve("fts.db"))) {
            Connection c = db.writer();
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO sites (base_url) VALUES ('https://site.example')");
                st.execute("INSERT INTO comments (site_id, remote_id, post_id, author, email, url, ip, date_gmt, content, "
                        + "site_status) VALUES (1, 7, 1, 'Zelda Quartz', 'zelda@mail.example', 'https://zelda.example/', "
                        + "'203.0.113.77', 0, 'pumpkins are great', 'pending')");
                long id = ids(c, "SELECT id FROM comments WHERE remote_id = 7").get(0);
                String match = "SELECT rowid FROM comments_fts WHERE comments_fts MATCH ";
                assertEquals(List.of(id), ids(c, match + "'pumpkins'"));
                assertEquals(List.of(id), ids(c, match + "'zelda'"), "author and email are indexed");
                assertEquals(List.of(id), ids(c, match + "'\"203.0.113.77\"'"), "the IP is indexed");
                assertEquals(List.of(id), ids(c, match + "'author:quartz'"));
                integrityCheck(c);

                st.execute("UPDATE comments SET content = 'turnips instead' WHERE id = " + id);
                assertEquals(List.of(), ids(c, match + "'pumpkins'"));
                assertEquals(List.of(id), ids(c, match + "'turnips'"));
                st.execute("UPDATE comments SET author = 'Link Hero' WHERE id = " + id);
                assertEquals(List.of(), ids(c, match + "'quartz'"));
                assertEquals(List.of(id), ids(c, match + "'hero'"));
                st.execute("UPDATE comments SET site_status = 'approved', decision = 'spam' WHERE id = " + id);
                assertEquals(List.of(id), ids(c, match + "'turnips'"), "a status change keeps the row indexed");
                integrityCheck(c);

                st.execute("DELETE FROM comments WHERE id = " + id);
                assertEquals(List.of(), ids(c, match + "'turnips'"));
                assertEquals(List.of(), ids(c, match + "'hero'"));
                integrityCheck(c);
            }
        }
    }

    @Test
    void anImportKeepsTheIndexInStepAndRestoresItsTrigger() throws SQLException {
        try (Database db = Database.open(dir.resolve("import.db"))) {
            String triggers = "SELECT group_concat(name, ',') FROM (SELECT name FROM sqlite_master WHERE type = 'trigger' "
                    + "ORDER BY name)";
            String before = text(db.writer(), triggers);
            try (ImportWriter w = new ImportWriter(db)) {
                w.site("https://site.example", "Site");
                for (long i = 1; i <= 10_000; i++) {
                    w.comment(new Comment(i, 1, 0, "Author " + i, "", "", "", null, 0, i, CommentType.COMMENT,
                            (i % 1000 == 0 ? "needle " : "hay ") + i, Status.PENDING));
                }
                w.commit();
            }
            assertEquals(before, text(db.writer(), triggers), "the per-row trigger is back after the import");
            assertEquals(10, ids(db.writer(), "SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'needle'").size());
            assertEquals(10_000, ids(db.writer(), "SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'author'").size());
            integrityCheck(db.writer());
            // And a rolled-back import leaves it in place too.
            try (ImportWriter w = new ImportWriter(db)) {
                w.site("https://site.example", "Site");
                w.comment(new Comment(20_000, 1, 0, "Late", "", "", "", null, 0, 1, CommentType.COMMENT, "needle",
                        Status.PENDING));
                w.rollback();
            }
            assertEquals(before, text(db.writer(), triggers));
            assertEquals(10, ids(db.writer(), "SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'needle'").size());
            integrityCheck(db.writer());
        }
    }

    @Test
    void aReaderSeesTheLastCommitWhileTheWriterIsInAnImport() throws SQLException {
        try (Database db = Database.open(dir.resolve("wal.db")); Connection reader = db.openReader()) {
            ImportWriter w = new ImportWriter(db);
            try {
                w.site("https://site.example", "Site");
                w.comment(new Comment(1, 1, 0, "A", "", "", "", null, 0, 1, CommentType.COMMENT, "x", Status.PENDING));
                assertEquals("0", text(reader, "SELECT count(*) FROM comments"), "uncommitted work is not visible");
                w.commit();
            } finally {
                w.close();
            }
            assertEquals("1", text(reader, "SELECT count(*) FROM comments"));
        }
    }

    // ---------------------------------------------------------------- where the database lives

    @Test
    void locationPrecedence_dbOptionThenEnvironmentThenPlatformFolder() {
        Path explicit = Path.of("/data/explicit.db");
        Map<String, String> env = Map.of(DatabaseLocation.ENV, "/data/from-env.db", "XDG_DATA_HOME", "/xdg",
                "APPDATA", "C:\\Users\\me\\AppData\\Roaming");
        assertEquals(explicit, DatabaseLocation.resolve(explicit, env, "Linux", "/home/me"));
        assertEquals(Path.of("/data/from-env.db"), DatabaseLocation.resolve(null, env, "Linux", "/home/me"));
        assertEquals(Path.of("/data/from-env.db"), DatabaseLocation.resolve(null, env, "Windows 11", "C:\\Users\\me"));
        assertEquals(Path.of("/home/me/.local/share/moddesk/moddesk.db"),
                DatabaseLocation.resolve(null, Map.of(DatabaseLocation.ENV, "  "), "Linux", "/home/me"),
                "a blank MODDESK_DB is no setting");
    }

    @Test
    void platformFolders() {
        assertEquals(Path.of("/home/me/.local/share/moddesk/moddesk.db"),
                DatabaseLocation.resolve(null, Map.of(), "Linux", "/home/me"));
        assertEquals(Path.of("/xdg/moddesk/moddesk.db"),
                DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", "/home/me"));
        assertEquals(Path.of("/Users/me/Library/Application Support/ModDesk/moddesk.db"),
                DatabaseLocation.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Mac OS X", "/Users/me"));
        assertEquals(Path.of("C:\\Users\\me\\AppData\\Roaming", "ModDesk", "moddesk.db"),
                DatabaseLocation.resolve(null, Map.of("APPDATA", "C:\\Users\\me\\AppData\\Roaming"), "Windows 10",
                        "C:\\Users\\me"));
        assertEquals(Path.of("C:\\Users\\me", "ModDesk", "moddesk.db"),
                DatabaseLocation.resolve(null, Map.of(), "Windows 10", "C:\\Users\\me"));
    }
}
