package dev.moddesk.app.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.Comment;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.formats.FieldNormaliser;
import dev.moddesk.formats.ImportException;
import dev.moddesk.store.CommentQueries;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 2 item 5: every bad input is refused with an error that names the file (and the line and column
 * where there is one), and the database, already holding a real site with decisions, is exactly as before.
 */
class BadInputTest {
    static final String SITE = "http://127.0.0.1:8089";

    @TempDir
    Path dir;

    Database db;
    Importer importer;
    final List<String> warnings = new ArrayList<>();
    Map<String, List<String>> before;

    // ---------------------------------------------------------------- fixtures

    static byte[] sampleBytes() {
        try (InputStream in = BadInputTest.class.getResourceAsStream("/dev/moddesk/sample-export.xml")) {
            assertNotNull(in, "src/test/resources/dev/moddesk/sample-export.xml");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static String sampleText() {
        return new String(sampleBytes(), StandardCharsets.UTF_8);
    }

    /** The sample as a site would export it after changes: every pending comment approved, comment 1 edited. */
    static String changedSample() {
        String s = sampleText()
                .replace("<wp:comment_approved><![CDATA[0]]></wp:comment_approved>",
                        "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>")
                .replace("Edge case: a CDATA terminator", "Edited on the site: a CDATA terminator")
                .replace("<title><![CDATA[Stop trying to grow tomatoes #1]]></title>",
                        "<title><![CDATA[Renamed post]]></title>");
        assertFalse(s.equals(sampleText()));
        return s;
    }

    Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    Path write(String name, String text) throws IOException {
        return write(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static String restObject(long id, String status, String content) {
        return "{\"id\": " + id + ", \"post\": 1, \"parent\": 0, \"author\": 0, \"author_name\": \"Rest Person " + id + "\", "
                + "\"author_email\": \"rest" + id + "@example.com\", \"author_url\": \"\", \"author_ip\": \"192.0.2.9\", "
                + "\"author_user_agent\": \"TestAgent/1.0\", \"date\": \"2025-03-01T10:00:00\", "
                + "\"date_gmt\": \"2025-03-01T09:00:00\", \"content\": {\"rendered\": \"<p>x</p>\", \"raw\": \""
                + content + "\"}, \"status\": \"" + status + "\", \"type\": \"comment\", "
                + "\"_links\": {\"self\": [{\"href\": \"" + SITE + "/wp-json/wp/v2/comments/" + id + "\"}]}}";
    }

    @BeforeEach
    void aDatabaseWithARealSiteAndDecisions() throws IOException {
        db = Database.open(dir.resolve("desk.db"));
        importer = new Importer(db, warnings::add);
        ImportSummary first = importer.importFile(write("sample-export.xml", sampleBytes()), ImportProgress.NONE, () -> false);
        assertEquals(437, first.inserted());
        Moderation moderation = new Moderation(db, () -> "test");
        new Moderation(db, () -> "alice").decide(moderation.findBySiteIds(SITE, List.of(1L, 2L, 3L)), ModerationAction.APPROVE);
        new Moderation(db, () -> "bob").decide(moderation.findBySiteIds(SITE, List.of(6L)), ModerationAction.SPAM);
        new Moderation(db, () -> "bob").decide(moderation.findBySiteIds(SITE, List.of(7L)), ModerationAction.TRASH);
        // The site moved comment 3 under alice's decision: a conflict; and a REST pull filled agents.
        importer.importFile(write("pull.json", "[" + restObject(3, "spam", "Cyrillic") + "]"), ImportProgress.NONE,
                () -> false);
        StatusCounts counts = new CommentQueries(db.writer()).counts();
        assertEquals(1, counts.conflicts(), "the fixture holds a conflict");
        assertEquals(5, counts.unpushed(), "and decisions waiting in the outbox");
        before = dump(db.writer());
    }

    @AfterEach
    void close() {
        if (db != null) {
            db.close();
        }
    }

    // ---------------------------------------------------------------- the database, every table

    /** Every table row by row (every column), the schema, the full-text index and its integrity check. */
    static Map<String, List<String>> dump(Connection c) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try {
            out.put("sites", rows(c, "SELECT * FROM sites ORDER BY id"));
            out.put("posts", rows(c, "SELECT * FROM posts ORDER BY id"));
            out.put("comments", rows(c, "SELECT *, status FROM comments ORDER BY id"));
            out.put("outbox", rows(c, "SELECT * FROM outbox ORDER BY id"));
            out.put("audit_log", rows(c, "SELECT * FROM audit_log ORDER BY id"));
            out.put("decision_groups", rows(c, "SELECT * FROM decision_groups ORDER BY id"));
            out.put("fts", rows(c, "SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'a OR the' ORDER BY rowid"));
            out.put("fts-content", rows(c, "SELECT rowid FROM comments_fts WHERE comments_fts MATCH "
                    + "'carla OR tomatoes OR 127 OR example' ORDER BY rowid"));
            out.put("schema", rows(c, "SELECT type, name, tbl_name, sql FROM sqlite_master ORDER BY type, name"));
            out.put("user_version", rows(c, "PRAGMA user_version"));
            out.put("foreign_key_check", rows(c, "PRAGMA foreign_key_check"));
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO comments_fts(comments_fts) VALUES('integrity-check')");
                out.put("integrity-check", List.of("ok"));
            } catch (SQLException e) {
                out.put("integrity-check", List.of("FAILED: " + e.getMessage()));
            }
            out.put("autocommit", List.of(String.valueOf(c.getAutoCommit())));
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    sb.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(" | ");
                }
                out.add(sb.toString());
            }
        }
        return out;
    }

    void assertUnchanged() {
        Map<String, List<String>> after = dump(db.writer());
        assertEquals(before.keySet(), after.keySet());
        for (String table : before.keySet()) {
            List<String> b = before.get(table);
            List<String> a = after.get(table);
            if (!b.equals(a)) {
                int i = 0;
                while (i < Math.min(a.size(), b.size()) && a.get(i).equals(b.get(i))) {
                    i++;
                }
                String was = i < b.size() ? clip(b.get(i)) : "(none)";
                String now = i < a.size() ? clip(a.get(i)) : "(none)";
                throw new AssertionError(table + " changed (" + b.size() + " rows before, " + a.size()
                        + " after); first difference at row " + i + ":\n was: " + was + "\n now: " + now);
            }
        }
        assertEquals("ok", after.get("integrity-check").get(0));
    }

    private static String clip(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    /** Imports {@code file}, expects a refusal naming it, and checks the database did not move. */
    ImportException refused(Path file) {
        ImportException e = assertThrows(ImportException.class,
                () -> importer.importFile(file, ImportProgress.NONE, () -> false));
        String line = e.describe();
        assertTrue(line.startsWith(file.toString() + ":"), "names the file: " + line);
        assertFalse(line.contains("\n"), "one line: " + line);
        assertUnchanged();
        return e;
    }

    ImportException refusedAtAPlace(Path file) {
        ImportException e = refused(file);
        assertTrue(e.line() > 0 && e.column() > 0, "line and column: " + e.describe());
        assertTrue(Pattern.matches(Pattern.quote(file.toString()) + ":\\d+:\\d+: .+", e.describe()), e.describe());
        return e;
    }

    // ---------------------------------------------------------------- DTDs and entities

    static String wxrWith(String doctype, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + doctype
                + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n"
                + "<title>Evil</title><link>" + SITE + "</link>\n"
                + "<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_blog_url>" + SITE + "</wp:base_blog_url>\n"
                + "<item><title>Post</title><link>" + SITE + "/post-1/</link><wp:post_id>1</wp:post_id>\n"
                + "<wp:comment><wp:comment_id>1</wp:comment_id>\n"
                + "<wp:comment_author>" + content + "</wp:comment_author>\n"
                + "<wp:comment_author_url>https://x.example/?q=" + content + "</wp:comment_author_url>\n"
                + "<wp:comment_date_gmt>2024-01-09 08:08:57</wp:comment_date_gmt>\n"
                + "<wp:comment_content>" + content + "</wp:comment_content>\n"
                + "<wp:comment_approved>1</wp:comment_approved>\n"
                + "</wp:comment>\n</item>\n</channel>\n</rss>\n";
    }

    @Test
    void externalEntitiesAreRefusedAndTheFileNeverReachesTheDatabase() throws IOException {
        String secret = "TOP-SECRET-" + UUID.randomUUID();
        Path secretFile = write("secret.txt", secret + "\n");
        String uri = secretFile.toUri().toString();

        Path general = write("xxe.xml", wxrWith("<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM \"" + uri + "\">\n]>\n", "&xxe;"));
        ImportException e = refusedAtAPlace(general);
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertFalse(e.describe().contains(secret));

        Path parameter = write("xxe-param.xml", wxrWith("<!DOCTYPE rss [\n  <!ENTITY % ext SYSTEM \"" + uri
                + "\">\n  %ext;\n]>\n", "plain"));
        assertFalse(refusedAtAPlace(parameter).describe().contains(secret));

        Path external = write("xxe-dtd.xml", wxrWith("<!DOCTYPE rss SYSTEM \"" + uri + "\">\n", "plain"));
        assertFalse(refusedAtAPlace(external).describe().contains(secret));

        // A DOCTYPE far into the file, past what the format detector peeks at.
        String padding = "<!-- " + "padding ".repeat(12_000) + "-->\n";
        Path late = write("xxe-late.xml", wxrWith(padding + "<!DOCTYPE rss [\n  <!ENTITY xxe SYSTEM \"" + uri
                + "\">\n]>\n", "&xxe;"));
        assertFalse(refusedAtAPlace(late).describe().contains(secret));

        for (List<String> rows : dump(db.writer()).values()) {
            for (String row : rows) {
                assertFalse(row.contains(secret), "the secret reached the database: " + clip(row));
            }
        }
        assertTrue(warnings.stream().noneMatch(w -> w.contains(secret)));
    }

    @Test
    void anEntityExpansionBombIsRefusedQuickly() throws IOException {
        StringBuilder dtd = new StringBuilder("<!DOCTYPE rss [\n  <!ENTITY lol \"lol\">\n");
        dtd.append("  <!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n");
        for (int i = 2; i <= 9; i++) {
            dtd.append("  <!ENTITY lol").append(i).append(" \"");
            for (int k = 0; k < 10; k++) {
                dtd.append("&lol").append(i - 1).append(';');
            }
            dtd.append("\">\n");
        }
        dtd.append("]>\n");
        Path bomb = write("lol.xml", wxrWith(dtd.toString(), "&lol9;"));
        ImportException e = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusedAtAPlace(bomb));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());

        Path late = write("lol-late.xml", wxrWith("<!-- " + "padding ".repeat(12_000) + "-->\n" + dtd, "&lol9;"));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> refusedAtAPlace(late));
    }

    @Test
    void anUndeclaredEntityIsRefused() throws IOException {
        refusedAtAPlace(write("undeclared.xml", wxrWith("", "&nbsp;")));
    }

    // ---------------------------------------------------------------- broken files

    @Test
    void aTruncatedExportIsRefusedAndNothingOfItsFirstHalfStays() throws IOException {
        String changed = changedSample();
        // Cut in the middle of a tag: the error is placed where the file ends.
        String half = changed.substring(0, changed.length() / 2);
        ImportException e = refusedAtAPlace(write("truncated.xml", half));
        long lines = half.chars().filter(ch -> ch == '\n').count() + 1;
        assertTrue(e.line() >= lines - 1, "placed at the end (line " + lines + "): " + e.describe());
        // Cut cleanly after a comment: the message says the file ends early.
        String clean = changed.substring(0, changed.indexOf("</wp:comment>", changed.length() / 2) + "</wp:comment>".length());
        ImportException early = refusedAtAPlace(write("truncated-clean.xml", clean));
        assertTrue(early.getMessage().contains("truncated"), early.describe());
    }

    @Test
    void aCancelledImportLeavesNothingBehind() throws IOException {
        // 3,000 comments: several batches, so the first ones are written before the cancel is seen.
        StringBuilder many = new StringBuilder();
        for (int i = 1; i <= 3_000; i++) {
            many.append("<wp:comment><wp:comment_id>").append(100_000 + i).append("</wp:comment_id>")
                    .append("<wp:comment_date_gmt>2025-01-01 00:00:00</wp:comment_date_gmt>")
                    .append("<wp:comment_content>bulk ").append(i).append("</wp:comment_content>")
                    .append("<wp:comment_approved>0</wp:comment_approved></wp:comment>\n");
        }
        String xml = wxrWith("", "x").replace("<wp:comment><wp:comment_id>1</wp:comment_id>", many
                + "<wp:comment><wp:comment_id>1</wp:comment_id>");
        Path file = write("many.xml", xml);
        int[] polls = {0};
        assertThrows(java.util.concurrent.CancellationException.class,
                () -> importer.importFile(file, ImportProgress.NONE, () -> ++polls[0] > 1));
        assertUnchanged();
    }

    @Test
    void theChangedSampleWouldHaveChangedTheDatabase() throws IOException {
        // Guard against a vacuous truncation test: whole, the same changes do land.
        ImportSummary s = importer.importFile(write("changed.xml", changedSample()), ImportProgress.NONE, () -> false);
        assertTrue(s.updated() > 100, s.toString());
        assertFalse(before.equals(dump(db.writer())));
    }

    static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
            out.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return gz.toByteArray();
    }

    @Test
    void aTruncatedGzippedExportIsRefused() throws IOException {
        byte[] all = gzip(changedSample());
        byte[] half = java.util.Arrays.copyOf(all, all.length / 2);
        refused(write("truncated.xml.gz", half));
    }

    /** Refused, saying the gzip file is truncated or damaged; never "null". */
    void refusedAsDamagedGzip(String name, byte[] bytes) throws IOException {
        ImportException e = refused(write(name, bytes));
        assertTrue(e.getMessage().startsWith("truncated or damaged gzip file"), e.describe());
        assertFalse(e.describe().contains("null"), e.describe());
    }

    @Test
    void aGzipFileOfOnlyItsMagicBytesSaysSo() throws IOException {
        refusedAsDamagedGzip("magic.gz", new byte[] {0x1f, (byte) 0x8b});
    }

    @Test
    void everyTruncatedOrGarbledGzipSaysSo_forXmlAndJson() throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("xml.gz", gzip(changedSample()));
        files.put("json.gz", gzip("[" + restObject(1, "trash", "fine") + "]"));
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            byte[] all = f.getValue();
            for (int cut : new int[] {3, 9, 20, all.length / 2, all.length - 4, all.length - 1}) {
                refusedAsDamagedGzip("cut-" + cut + "-" + f.getKey(), java.util.Arrays.copyOf(all, cut));
            }
            byte[] method = all.clone();
            method[2] = 7; // a compression method gzip does not define
            refusedAsDamagedGzip("method-" + f.getKey(), method);
            byte[] crc = all.clone();
            crc[all.length - 8] ^= 0x55; // the data is whole, its checksum is not
            refusedAsDamagedGzip("crc-" + f.getKey(), crc);
        }
    }

    @Test
    void invalidUtf8InsideACommentIsRefusedAtItsPlace() throws IOException {
        byte[] changed = changedSample().getBytes(StandardCharsets.UTF_8);
        // Bad bytes inside the content of the last comment, after 400-odd good ones were read.
        int at = changedSample().lastIndexOf("<wp:comment_content><![CDATA[") + "<wp:comment_content><![CDATA[".length();
        byte[] prefix = changedSample().substring(0, at).getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(prefix);
        bad.write(new byte[] {'B', 'a', 'd', ' ', (byte) 0xC3, (byte) 0x28, ' ', (byte) 0xFF, (byte) 0xFE, ' '});
        bad.write(changed, prefix.length, changed.length - prefix.length);
        ImportException e = refusedAtAPlace(write("bad-utf8.xml", bad.toByteArray()));
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertTrue(e.line() > 7000, "the place of the bad bytes, not the start: " + e.describe());
    }

    @Test
    void invalidUtf8InJsonIsRefused() throws IOException {
        ByteArrayOutputStream bad = new ByteArrayOutputStream();
        bad.write(("[" + restObject(1, "trash", "fine") + ",\n").getBytes(StandardCharsets.UTF_8));
        bad.write(restObject(2, "trash", "bad").replace("\"bad\"", "\"b\u0001\"").getBytes(StandardCharsets.UTF_8));
        byte[] bytes = bad.toByteArray();
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 1) {
                bytes[i] = (byte) 0xFF;
            }
        }
        byte[] closed = java.util.Arrays.copyOf(bytes, bytes.length + 1);
        closed[bytes.length] = ']';
        refusedAtAPlace(write("bad-utf8.json", closed));
    }

    @Test
    void restJsonWithAFractionalIdOrAnInvalidGmtDateIsRefusedAtItsPlace() throws IOException {
        String good = restObject(1, "trash", "fine");
        ImportException fraction = refusedAtAPlace(write("fraction.json", "[" + good + ",\n"
                + restObject(5001, "hold", "x").replace("\"id\": 5001,", "\"id\": 5001.5,") + "]"));
        assertTrue(fraction.getMessage().contains("5001.5"), fraction.describe());
        ImportException date = refusedAtAPlace(write("bad-date.json", "[" + good + ",\n"
                + restObject(2, "hold", "x").replace("\"date_gmt\": \"2025-03-01T09:00:00\"", "\"date_gmt\": \"2025-02-30T09:00:00\"")
                + "]"));
        assertTrue(date.getMessage().contains("date_gmt '2025-02-30T09:00:00'"), date.describe());
    }

    @Test
    void anEmptyFileIsRefused() throws IOException {
        ImportException e = refused(write("empty.xml", new byte[0]));
        assertTrue(e.getMessage().contains("empty"), e.getMessage());
    }

    @Test
    void aWhitespaceOnlyFileIsRefused() throws IOException {
        ImportException e = refused(write("blank.xml", " \n\t\r\n   \n"));
        assertTrue(e.getMessage().contains("white space"), e.getMessage());
        refused(write("bom-blank.json", new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, ' ', '\n'}));
    }

    @Test
    void aMissingFileIsRefused() {
        ImportException e = refused(dir.resolve("no-such-export.xml"));
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void filesOfNoKnownFormatAreRefused() throws IOException {
        ImportException text = refused(write("notes.txt", "Hello,\nthis is a shopping list, not an export.\n"));
        assertTrue(text.getMessage().contains("unknown format"), text.getMessage());

        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
                0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
        assertTrue(refused(write("picture.png", png)).getMessage().contains("unknown format"));

        ImportException html = refusedAtAPlace(write("page.xml",
                "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>hi</p></body></html>\n"));
        assertTrue(html.getMessage().contains("html"), html.getMessage());

        refusedAtAPlace(write("atom.xml", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n"
                + "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Feed</title></feed>\n"));

        // An RSS feed that is not a WordPress export: right root, no wp:wxr_version.
        refused(write("feed.xml", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>News</title>"
                + "<link>https://news.example/</link>\n<item><title>t</title></item></channel></rss>\n"));
    }

    @Test
    void jsonOfTheWrongShapeIsRefused() throws IOException {
        ImportException object = refusedAtAPlace(write("object.json", "{\"comments\": [" + restObject(1, "trash", "x") + "]}"));
        assertEquals(1, object.line());

        refusedAtAPlace(write("numbers.json", "[1, 2, 3]"));
        refusedAtAPlace(write("strings.json", "[\"approved\", \"hold\"]"));

        // A good new comment and a changed one come first, then one without an id: none of it may stay.
        Path noId = write("no-id.json", "[\n" + restObject(900001, "approved", "brand new") + ",\n"
                + restObject(1, "trash", "changed") + ",\n" + restObject(2, "hold", "x").replace("\"id\": 2, ", "") + "\n]");
        ImportException e = refusedAtAPlace(noId);
        assertEquals(4, e.line());
        assertTrue(e.getMessage().contains("id"), e.getMessage());
    }

    @Test
    void aTruncatedJsonArrayIsRefused() throws IOException {
        StringBuilder json = new StringBuilder("[\n");
        for (int id = 1; id <= 40; id++) {
            json.append(restObject(id, "trash", "pulled again " + id)).append(id < 40 ? ",\n" : "\n");
        }
        json.append("]\n");
        String whole = json.toString();
        ImportException e = refusedAtAPlace(write("truncated.json", whole.substring(0, whole.length() / 2)));
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        ImportException unclosed = refusedAtAPlace(write("unclosed.json", whole.substring(0, whole.lastIndexOf(']'))));
        assertTrue(unclosed.getMessage().contains("truncated"), unclosed.getMessage());
    }

    @Test
    void afterEveryRefusalTheNextGoodImportStillWorksAndIsSearchable() throws IOException {
        refused(write("empty.xml", new byte[0]));
        String changed = changedSample();
        refused(write("truncated.xml", changed.substring(0, changed.length() / 2)));
        refused(write("no-id.json", "[" + restObject(900001, "approved", "x") + ", {\"post\": 1}]"));

        ImportSummary s = importer.importFile(write("good.json", "[" + restObject(900002, "hold",
                "xylophonist waltzes") + "]"), ImportProgress.NONE, () -> false);
        assertEquals(1, s.inserted());
        List<QueueItem> found = StoreProbe.queue(db.writer(), QueueFilter.all().withSearch("xylophonist"), 0);
        assertEquals(1, found.size());
        assertEquals(900002, found.get(0).comment().remoteId());
        assertEquals("ok", dump(db.writer()).get("integrity-check").get(0));
    }

    // ---------------------------------------------------------------- absurd fields

    static String oneCommentWxr(long id, String author, String content) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n<channel>\n"
                + "<title>Big</title><link>https://big.example</link>\n"
                + "<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_blog_url>https://big.example</wp:base_blog_url>\n"
                + "<item><title>Post</title><link>https://big.example/p/</link><wp:post_id>1</wp:post_id>\n"
                + "<wp:comment><wp:comment_id>" + id + "</wp:comment_id>\n"
                + "<wp:comment_author><![CDATA[" + author + "]]></wp:comment_author>\n"
                + "<wp:comment_author_email>big@example.com</wp:comment_author_email>\n"
                + "<wp:comment_date_gmt>2024-01-09 08:08:57</wp:comment_date_gmt>\n"
                + "<wp:comment_content><![CDATA[" + content + "]]></wp:comment_content>\n"
                + "<wp:comment_approved>0</wp:comment_approved>\n"
                + "</wp:comment>\n</item>\n</channel>\n</rss>\n";
    }

    static String storedText(Connection c, String column, long remoteId) throws SQLException {
        try (var ps = c.prepareStatement("SELECT " + column + " FROM comments c JOIN sites s ON s.id = c.site_id "
                + "WHERE s.base_url = 'https://big.example' AND c.remote_id = ?")) {
            ps.setLong(1, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "comment " + remoteId + " stored");
                return rs.getString(1);
            }
        }
    }

    @Test
    void aFiveMegabyteBodyIsStoredIntactAndSearchable() throws IOException, SQLException {
        StringBuilder body = new StringBuilder(5 * 1024 * 1024 + 100);
        String[] words = {"lorem ", "ipsum ", "dolor ", "sit ", "amet ", "<b>bold</b> ", "ünïcödé ", "\n"};
        for (int i = 0; body.length() < 5 * 1024 * 1024; i++) {
            body.append(words[i % words.length]);
        }
        body.append("quokkazebra at the very end");
        String content = body.toString();
        ImportSummary s = importer.importFile(write("big.xml", oneCommentWxr(5, "Big Writer", content)),
                ImportProgress.NONE, () -> false);
        assertEquals(1, s.inserted());
        assertEquals(content, storedText(db.writer(), "content", 5));
        List<QueueItem> hits = StoreProbe.queue(db.writer(), QueueFilter.all().withSearch("quokkazebra"), 0);
        assertEquals(1, hits.size());
        assertEquals(content.length(), hits.get(0).comment().content().length());
        assertEquals(1, StoreProbe.queue(db.writer(), QueueFilter.pending().withSearch("quokkazebra"), 0).size());
        assertEquals("ok", dump(db.writer()).get("integrity-check").get(0));
    }

    @Test
    void aTenThousandCharacterAuthorIsStoredClipped() throws IOException, SQLException {
        StringBuilder author = new StringBuilder();
        for (int i = 0; author.length() < 10_000; i++) {
            author.append("Name").append(i % 10);
        }
        String longAuthor = author.substring(0, 10_000);
        ImportSummary s = importer.importFile(write("long-author.xml", oneCommentWxr(6, longAuthor, "short body")),
                ImportProgress.NONE, () -> false);
        assertEquals(1, s.inserted());
        String stored = storedText(db.writer(), "author", 6);
        assertEquals(FieldNormaliser.MAX_FIELD, stored.length());
        assertEquals(longAuthor.substring(0, FieldNormaliser.MAX_FIELD), stored);
        assertEquals("short body", storedText(db.writer(), "content", 6));
        // The same file again: the clipped author compares equal, nothing is updated.
        ImportSummary again = importer.importFile(dir.resolve("long-author.xml"), ImportProgress.NONE, () -> false);
        assertEquals(0, again.updated());
        assertEquals(1, again.unchanged());
    }

    @Test
    void clippingNeverSplitsACharacter() throws IOException, SQLException {
        // 10,000 UTF-16 units of emoji (surrogate pairs) after one letter: a clip at an even index would cut
        // a pair in half and store a broken character.
        String longAuthor = "A" + "😀".repeat(5_000);
        importer.importFile(write("emoji-author.xml", oneCommentWxr(7, longAuthor, "clipcheck")), ImportProgress.NONE,
                () -> false);
        String stored = storedText(db.writer(), "author", 7);
        assertTrue(stored.length() <= FieldNormaliser.MAX_FIELD, "clipped: " + stored.length());
        assertTrue(stored.length() >= FieldNormaliser.MAX_FIELD - 1, "clipped, not emptied: " + stored.length());
        assertTrue(longAuthor.startsWith(stored), "a prefix of the name, no broken character at the end");
        Comment c = StoreProbe.queue(db.writer(), QueueFilter.all().withSearch("clipcheck"), 0).get(0).comment();
        assertEquals(stored, c.author());
    }

    // ---------------------------------------------------------------- idempotence on the real export

    @Test
    void theRealExportImportedTwiceChangesNothing() throws IOException {
        try (Database fresh = Database.open(dir.resolve("fresh.db"))) {
            Importer imp = new Importer(fresh, warnings::add);
            Path sample = dir.resolve("sample-export.xml");
            ImportSummary first = imp.importFile(sample, ImportProgress.NONE, () -> false);
            assertEquals("wxr", first.format());
            assertEquals(437, first.comments());
            assertEquals(437, first.inserted());
            assertEquals(21, first.posts());
            Map<String, List<String>> once = dump(fresh.writer());

            ImportSummary second = imp.importFile(sample, ImportProgress.NONE, () -> false);
            assertEquals(437, second.comments());
            assertEquals(0, second.inserted());
            assertEquals(0, second.updated());
            assertEquals(437, second.unchanged());
            assertEquals(0, second.conflicts());

            Map<String, List<String>> twice = dump(fresh.writer());
            for (String table : List.of("posts", "comments", "outbox", "audit_log", "fts", "fts-content", "schema")) {
                assertEquals(once.get(table), twice.get(table), table);
            }
            StatusCounts counts = new CommentQueries(fresh.writer()).counts();
            assertEquals(new StatusCounts(437, 134, 258, 0, 36, 9, 0, 0), counts);
        }
        assertTrue(warnings.isEmpty(), warnings.toString());
    }
}
