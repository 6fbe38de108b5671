package dev.moddesk.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.store.Database;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

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

    /** {@code text} in {@code charset}, after the byte order mark {@code bom} (hex, may be empty). */
    static byte[] encode(String text, String charset, String bom) {
        byte[] body = text.getBytes(Charset.forName(charset));
        byte[] out = new byte[bom.length() / 2 + body.length];
        for (int i = 0; i < bom.length(); i += 2) {
            out[i / 2] = (byte) Integer.parseInt(bom.substring(i, i + 2), 16);
        }
        System.arraycopy(body, 0, out, bom.length() / 2, body.length);
        return out;
    }

    @ParameterizedTest(name = "{0} declared {1} BOM ''{2}''")
    @CsvSource({
            "UTF-8, UTF-8, EFBBBF", "UTF-16LE, UTF-16, FFFE", "UTF-16BE, UTF-16, FEFF", "UTF-32LE, UTF-32, FFFE0000",
            "UTF-32BE, UTF-32, 0000FEFF", "UTF-16BE, UTF-16BE, ''", "UTF-32BE, UTF-32BE, ''",
    })
    void theSampleInAnyUnicodeEncodingImportsAsItsUtf8Twin(String charset, String declared, String bom)
            throws IOException {
        String text = BadInputTest.sampleText();
        Imported twin = importAlone("utf-8.xml", text.getBytes(StandardCharsets.UTF_8));
        String redeclared = text.replaceFirst("encoding=\"UTF-8\"", "encoding=\"" + declared + "\"");
        assertSameImport(twin, importAlone("encoded.xml", encode(redeclared, charset, bom)));
    }

    @ParameterizedTest(name = "{0} BOM ''{1}''")
    @CsvSource({
            "UTF-8, EFBBBF", "UTF-16LE, FFFE", "UTF-16BE, FEFF", "UTF-32LE, FFFE0000", "UTF-32BE, 0000FEFF",
            "UTF-16BE, ''", "UTF-32LE, ''",
    })
    void restJsonInAnyUnicodeEncodingImportsAsItsUtf8Twin(String charset, String bom) throws IOException {
        String json = "[" + BadInputTest.restObject(3, "hold", "Zo\u00eb \ud83d\ude00 \u05e9\u05dc\u05d5\u05dd") + ",\n"
                + BadInputTest.restObject(4, "approved", "plain") + "]";
        Imported twin = importAlone("utf-8.json", json.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, twin.summary().inserted());
        assertSameImport(twin, importAlone("encoded.json", encode(json, charset, bom)));
    }
}
