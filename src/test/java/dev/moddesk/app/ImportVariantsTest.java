package dev.moddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moddesk.store.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files that say the same thing in another form import exactly the same rows as their plain twin. */
class ImportVariantsTest {
    @TempDir
    Path dir;

    record Imported(ImportSummary summary, List<String> rows, List<String> warnings) { }

    /** Imports one file into a fresh database: its summary, every post and comment row, and the warnings. */
    Imported importAlone(String name, byte[] bytes) throws IOException {
        Path file = Files.write(dir.resolve(name), bytes);
        List<String> warnings = new ArrayList<>();
        try (Database db = Database.open(dir.resolve(name + ".db"))) {
            ImportSummary s = new Importer(db, warnings::add).importFile(file, ImportProgress.NONE, () -> false);
            List<String> rows = new ArrayList<>();
            rows.addAll(BadInputTest.rows(db.writer(), "SELECT base_url, name FROM sites ORDER BY id"));
            rows.addAll(BadInputTest.rows(db.writer(), "SELECT * FROM posts ORDER BY id"));
            rows.addAll(BadInputTest.rows(db.writer(), "SELECT * FROM comments ORDER BY id"));
            return new Imported(s, rows, warnings);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void assertSameImport(Imported expected, Imported got) {
        assertEquals(expected.summary().comments(), got.summary().comments());
        assertEquals(expected.summary().inserted(), got.summary().inserted());
        assertEquals(expected.summary().posts(), got.summary().posts());
        assertEquals(expected.rows(), got.rows());
        assertEquals(expected.warnings(), got.warnings());
    }

    @Test
    void aWordPressComExportWithTheHttpsNamespaceImportsAsItsHttpTwin() throws IOException {
        String http = BadInputTest.sampleText();
        String https = http.replace("xmlns:wp=\"http://wordpress.org/export/1.2/\"",
                "xmlns:wp=\"https://wordpress.org/export/1.2/\"");
        assertFalse(http.equals(https));
        Imported twin = importAlone("http.xml", http.getBytes(StandardCharsets.UTF_8));
        assertEquals(437, twin.summary().inserted());
        assertSameImport(twin, importAlone("https.xml", https.getBytes(StandardCharsets.UTF_8)));
    }
}
