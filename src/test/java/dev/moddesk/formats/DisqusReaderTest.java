package dev.moddesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.store.Database;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisqusReaderTest {
    private static final String SAMPLE = "disqus-sample.xml";
    private static final String SITE = "https://disqus.com/home/forum/moddeskdemo";

    @TempDir
    Path tmp;

    /** Records what a reader sends, in order. */
    static final class Collector implements ImportSink {
        final List<String> sites = new ArrayList<>();
        final Map<Long, Post> posts = new LinkedHashMap<>();
        final Map<Long, Comment> comments = new LinkedHashMap<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> order = new ArrayList<>();

        @Override
        public void site(String baseUrl, String name) {
            sites.add(baseUrl + "|" + name);
            order.add("site");
        }

        @Override
        public void post(Post post) {
            posts.put(post.remoteId(), post);
            order.add("post " + post.remoteId());
        }

        @Override
        public void comment(Comment comment) {
            comments.put(comment.remoteId(), comment);
            order.add("comment " + comment.remoteId());
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    private static byte[] sample() {
        try (InputStream in = DisqusReaderTest.class.getResourceAsStream(SAMPLE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Collector read(byte[] xml) {
        Collector c = new Collector();
        new DisqusReader("test.xml").read(new ByteArrayInputStream(xml), c);
        return c;
    }

    private static Collector read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    private static long utc(String iso) {
        return Instant.parse(iso).getEpochSecond();
    }

    @Test
    void siteComesFirstFromTheFirstThreadsForum() {
        Collector c = read(sample());
        assertEquals(List.of(SITE + "|moddeskdemo"), c.sites);
        assertEquals("site", c.order.get(0));
    }

    @Test
    void threadsBecomePosts() {
        Collector c = read(sample());
        assertEquals(List.of(7001L, 7002L, 7003L, 7004L), List.copyOf(c.posts.keySet()));
        assertEquals(new Post(7001, "Café & crème — Ünïcödé 日本語", "https://blog.example.org/2021/03/cafe-creme/",
                "post", "publish", "open"), c.posts.get(7001L));
        assertEquals(new Post(7002, "A closed discussion", "https://blog.example.org/2021/04/closed-post/",
                "post", "publish", "closed"), c.posts.get(7002L));
        assertEquals(new Post(7003, "A deleted page", "https://blog.example.org/2021/05/deleted-post/",
                "post", "trash", "open"), c.posts.get(7003L));
        assertEquals(new Post(7004, "Late thread", "https://blog.example.org/2021/06/late/",
                "post", "publish", "open"), c.posts.get(7004L));
    }

    @Test
    void everyCommentFieldIsMapped() {
        Collector c = read(sample());
        assertEquals(List.of(9001L, 9002L, 9003L, 9004L, 9005L, 9006L, 9007L, 9008L, 9009L),
                List.copyOf(c.comments.keySet()));

        assertEquals(new Comment(9001, 7001, 0, "Alice Martin", "alice@example.com", "", "198.51.100.7", null, 0,
                utc("2021-03-02T10:20:30Z"), CommentType.COMMENT,
                "<p>First! Great post about <a href=\"https://example.com/a?b=1&amp;c=2\" rel=\"nofollow noopener\">"
                        + "café</a>.</p>", Status.APPROVED), c.comments.get(9001L));
        // anonymous guest, reply to 9001, Unicode (astral plane too), IPv6
        assertEquals(new Comment(9002, 7001, 9001, "Zoë Gäst 😀", "guest@example.net", "", "2001:db8::42", null, 0,
                utc("2021-03-02T11:00:00Z"), CommentType.COMMENT, "<p>Réponse anonyme — merci ! 😀</p>",
                Status.APPROVED), c.comments.get(9002L));
        // second level of nesting; an entity-encoded name is decoded once more, as for WordPress
        assertEquals(new Comment(9003, 7001, 9002, "Tom & Jerry", "tj@example.com", "", "192.0.2.33", null, 0,
                utc("2021-03-03T00:00:00Z"), CommentType.COMMENT, "<p>Line one<br>Line two</p>", Status.APPROVED),
                c.comments.get(9003L));
        assertEquals(new Comment(9004, 7002, 0, "Best Deals", "seller@spam.example", "", "203.0.113.66", null, 0,
                utc("2021-04-02T12:00:00Z"), CommentType.COMMENT,
                "<p>Cheap watches at <a href=\"http://spam.example/\">spam.example</a></p>", Status.SPAM),
                c.comments.get(9004L));
        assertEquals(Status.TRASH, c.comments.get(9005L).siteStatus());
        assertEquals("Bob", c.comments.get(9005L).author());
        // spam wins over deleted; an empty email stays empty
        assertEquals(Status.SPAM, c.comments.get(9006L).siteStatus());
        assertEquals("", c.comments.get(9006L).email());
        assertEquals(new Comment(9007, 7003, 0, "Carol", "carol@example.com", "", "198.51.100.9", null, 0,
                utc("2021-05-02T16:45:00Z"), CommentType.COMMENT, "<p>Waiting for a moderator.</p>",
                Status.PENDING), c.comments.get(9007L));
        // the thread comes later in the file: the comment is written anyway, with the thread's id
        assertEquals(7004, c.comments.get(9008L).postId());
        assertTrue(c.order.indexOf("comment 9008") < c.order.indexOf("post 7004"));
        // thread never in the file; date without Z read as UTC; empty name falls back to the username
        Comment orphan = c.comments.get(9009L);
        assertEquals(7999, orphan.postId());
        assertEquals(utc("2012-12-12T12:12:12Z"), orphan.dateGmt());
        assertEquals("erin-x", orphan.author());
        for (Comment each : c.comments.values()) {
            assertEquals("", each.url());
            assertNull(each.agent());
            assertEquals(0, each.userId());
        }
    }

    @Test
    void postsOfAKnownThreadComeAfterIt() {
        Collector c = read(sample());
        assertTrue(c.order.indexOf("post 7001") < c.order.indexOf("comment 9001"));
        assertTrue(c.order.indexOf("post 7002") < c.order.indexOf("comment 9004"));
    }

    @Test
    void warnsAboutAPostWithoutIdAndAMissingThread() {
        Collector c = read(sample());
        assertEquals(2, c.warnings.size(), c.warnings.toString());
        assertTrue(c.warnings.get(0).contains("without dsq:id"), c.warnings.get(0));
        assertTrue(c.warnings.get(0).startsWith("test.xml:"), c.warnings.get(0));
        assertTrue(c.warnings.get(1).contains("7999"), c.warnings.get(1));
        assertTrue(!c.warnings.get(1).contains("7004"), c.warnings.get(1));
    }

    @Test
    void refusesADtd() {
        String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE disqus [<!ENTITY boom \"boom\">]>\n"
                + "<disqus xmlns=\"http://disqus.com\"><category><forum>&boom;</forum></category></disqus>";
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertTrue(e.getMessage().contains("DTD"), e.getMessage());
        assertEquals("test.xml", e.file());
        assertTrue(e.line() > 0, "line " + e.line());
    }

    @Test
    void aTruncatedFileFailsWithItsLine() {
        String whole = new String(sample(), StandardCharsets.UTF_8);
        int cut = whole.indexOf("<post dsq:id=\"9005\">") + 40;
        String truncated = whole.substring(0, cut);
        ImportException e = assertThrows(ImportException.class, () -> read(truncated));
        assertTrue(e.getMessage().contains("malformed XML"), e.getMessage());
        int lines = (int) truncated.lines().count();
        assertTrue(e.line() >= lines - 1 && e.line() <= lines + 1, "line " + e.line() + " of " + lines);
        assertTrue(e.describe().startsWith("test.xml:" + e.line() + ":"), e.describe());
    }

    @Test
    void aNonNumericIdFailsWithLineAndColumn() {
        String xml = "<?xml version=\"1.0\"?>\n"
                + "<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">\n"
                + "  <thread dsq:id=\"1\"><forum>f</forum><link>https://x.example/</link><title>t</title></thread>\n"
                + "  <post dsq:id=\"x299986073\">\n"
                + "    <message>bad</message><createdAt>2011-09-30T22:48:43Z</createdAt>\n"
                + "    <thread dsq:id=\"1\"/>\n"
                + "  </post>\n"
                + "</disqus>\n";
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertEquals(4, e.line());
        assertTrue(e.column() > 0, "column " + e.column());
        assertTrue(e.getMessage().contains("x299986073"), e.getMessage());
    }

    @Test
    void aNonNumericThreadReferenceFails() {
        String xml = "<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">\n"
                + "<post dsq:id=\"5\"><message>m</message><createdAt>2011-09-30T22:48:43Z</createdAt>\n"
                + "<thread dsq:id=\"abc\"/></post></disqus>";
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("abc"), e.getMessage());
    }

    @Test
    void aBadDateFailsAndABadFlagSkipsWithAWarning() {
        String badDate = "<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">\n"
                + "<post dsq:id=\"5\"><message>m</message><createdAt>2011-x09-30T22:48:43Z</createdAt>"
                + "<thread dsq:id=\"1\"/></post></disqus>";
        ImportException e = assertThrows(ImportException.class, () -> read(badDate));
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("createdAt"), e.getMessage());

        String badFlag = "<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">\n"
                + "<post dsq:id=\"5\"><message>m</message><createdAt>2011-09-30T22:48:43Z</createdAt>"
                + "<isSpam>123</isSpam><thread dsq:id=\"1\"/></post></disqus>";
        Collector c = read(badFlag);
        assertTrue(c.comments.isEmpty());
        assertTrue(c.warnings.get(0).contains("isSpam"), c.warnings.toString());
    }

    @Test
    void aPostBeforeAnyThreadUsesTheCategoryForum() {
        String xml = "<disqus xmlns=\"http://disqus.com\" xmlns:dsq=\"http://disqus.com/disqus-internals\">"
                + "<category dsq:id=\"1\"><forum>catforum</forum><title>General</title></category>"
                + "<post dsq:id=\"5\"><message>m</message><createdAt>2011-09-30T22:48:43Z</createdAt>"
                + "<thread dsq:id=\"1\"/></post>"
                + "<thread dsq:id=\"1\"><forum>catforum</forum><title>t</title></thread></disqus>";
        Collector c = read(xml);
        assertEquals(List.of("https://disqus.com/home/forum/catforum|catforum"), c.sites);
        assertEquals(List.of("site", "comment 5", "post 1"), c.order);
    }

    @Test
    void aWordPressFileIsNotADisqusExport() {
        ImportException e = assertThrows(ImportException.class,
                () -> read("<rss version=\"2.0\"><channel/></rss>"));
        assertTrue(e.getMessage().contains("not a Disqus export"), e.getMessage());
    }

    @Test
    void importsEndToEndAndIsIdempotent() throws Exception {
        Path file = tmp.resolve("forum-export.xml");
        Files.write(file, sample());
        List<String> warnings = new ArrayList<>();
        try (Database db = Database.open(tmp.resolve("moddesk.db"))) {
            Importer importer = new Importer(db, warnings::add);
            ImportSummary first = importer.importFile(file, ImportProgress.NONE, () -> false);
            assertEquals("disqus", first.format());
            assertEquals(9, first.comments());
            assertEquals(9, first.inserted());
            assertEquals(0, first.updated());
            assertEquals(0, first.unchanged());
            assertEquals(0, first.conflicts());
            assertEquals(4, first.posts());
            assertEquals(2, warnings.size(), warnings.toString());

            ImportSummary second = importer.importFile(file, ImportProgress.NONE, () -> false);
            assertEquals("disqus", second.format());
            assertEquals(9, second.comments());
            assertEquals(0, second.inserted());
            assertEquals(0, second.updated());
            assertEquals(9, second.unchanged());
            assertEquals(0, second.conflicts());

            try (Statement st = db.writer().createStatement()) {
                assertEquals(SITE + "|moddeskdemo", one(st, "SELECT base_url || '|' || name FROM sites"));
                assertEquals("4", one(st, "SELECT count(*) FROM posts"));
                assertEquals("approved=5,pending=1,spam=2,trash=1", one(st, "SELECT group_concat(s, ',') FROM "
                        + "(SELECT site_status || '=' || count(*) AS s FROM comments GROUP BY site_status "
                        + "ORDER BY site_status)"));
                assertEquals("9003|9002|7001|Tom & Jerry", one(st, "SELECT remote_id || '|' || parent_id || '|' "
                        + "|| post_id || '|' || author FROM comments WHERE remote_id = 9003"));
                assertEquals("closed", one(st, "SELECT comment_status FROM posts WHERE remote_id = 7002"));
            }
        }
    }

    @Test
    void aGzippedExportIsDetectedAsDisqus() throws Exception {
        Path file = tmp.resolve("forum-export.xml.gz");
        try (var out = new java.util.zip.GZIPOutputStream(Files.newOutputStream(file))) {
            out.write(sample());
        }
        try (Database db = Database.open(tmp.resolve("gz.db"))) {
            ImportSummary s = new Importer(db, w -> { }).importFile(file, ImportProgress.NONE, () -> false);
            assertEquals("disqus", s.format());
            assertEquals(9, s.inserted());
        }
    }

    @Test
    void aBrokenFileLeavesTheDatabaseUntouched() throws Exception {
        String whole = new String(sample(), StandardCharsets.UTF_8);
        Path file = tmp.resolve("truncated.xml");
        Files.writeString(file, whole.substring(0, whole.indexOf("<post dsq:id=\"9008\">") + 30));
        try (Database db = Database.open(tmp.resolve("broken.db"))) {
            ImportException e = assertThrows(ImportException.class,
                    () -> new Importer(db, w -> { }).importFile(file, ImportProgress.NONE, () -> false));
            assertTrue(e.line() > 0, e.describe());
            try (Statement st = db.writer().createStatement()) {
                assertEquals("0", one(st, "SELECT count(*) FROM comments"));
            }
        }
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }
}
