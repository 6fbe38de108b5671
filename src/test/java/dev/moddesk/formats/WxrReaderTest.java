package dev.moddesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The WXR reader against hand-made files of every WXR version and against WordPress 6.1's own export. */
class WxrReaderTest {

    /** What a reader handed over, in order. */
    static final class Collected implements ImportSink {
        final List<String> sites = new ArrayList<>();
        final List<Post> posts = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();
        final List<String> order = new ArrayList<>();

        @Override
        public void site(String baseUrl, String name) {
            sites.add(baseUrl + " | " + name);
            order.add("site");
        }

        @Override
        public void post(Post post) {
            posts.add(post);
            order.add("post " + post.remoteId());
        }

        @Override
        public void comment(Comment comment) {
            comments.add(comment);
            order.add("comment " + comment.remoteId());
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }

        Comment byId(long id) {
            return comments.stream().filter(c -> c.remoteId() == id).findFirst()
                    .orElseThrow(() -> new AssertionError("no comment " + id + " among " + order));
        }
    }

    static Collected read(String xml) {
        return read(xml.getBytes(StandardCharsets.UTF_8));
    }

    static Collected read(byte[] bytes) {
        Collected sink = new Collected();
        new WxrReader("test.xml").read(new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    static String wxr(String version, String items) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<rss version=\"2.0\"\n"
                + "\txmlns:excerpt=\"http://wordpress.org/export/" + version + "/excerpt/\"\n"
                + "\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
                + "\txmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n"
                + "\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                + "\txmlns:wp=\"http://wordpress.org/export/" + version + "/\"\n"
                + ">\n<channel>\n"
                + "\t<title>Garden Notes</title>\n"
                + "\t<link>https://Garden.Example/blog/</link>\n"
                + "\t<wp:wxr_version>" + version + "</wp:wxr_version>\n"
                + "\t<wp:base_site_url>https://garden.example/blog</wp:base_site_url>\n"
                + "\t<wp:base_blog_url>https://Garden.Example/blog/</wp:base_blog_url>\n"
                + items
                + "</channel>\n</rss>\n";
    }

    static String item(long postId, String title, String link, String comments) {
        return "<item>\n"
                + "\t<title><![CDATA[" + title + "]]></title>\n"
                + "\t<link>" + link + "</link>\n"
                + "\t<wp:post_id>" + postId + "</wp:post_id>\n"
                + "\t<wp:comment_status><![CDATA[open]]></wp:comment_status>\n"
                + "\t<wp:status><![CDATA[publish]]></wp:status>\n"
                + "\t<wp:post_type><![CDATA[post]]></wp:post_type>\n"
                + "\t<wp:postmeta><wp:meta_key><![CDATA[_edit_last]]></wp:meta_key>"
                + "<wp:meta_value><![CDATA[1]]></wp:meta_value></wp:postmeta>\n"
                + comments
                + "</item>\n";
    }

    /** A comment with every field in CDATA except the author URL (as WordPress writes it). */
    static String comment(long id, String approved, String type, long parent, String content) {
        return "<wp:comment>\n"
                + "\t<wp:comment_id>" + id + "</wp:comment_id>\n"
                + "\t<wp:comment_author><![CDATA[Author " + id + "]]></wp:comment_author>\n"
                + "\t<wp:comment_author_email><![CDATA[a" + id + "@example.com]]></wp:comment_author_email>\n"
                + "\t<wp:comment_author_url>https://a" + id + ".example/</wp:comment_author_url>\n"
                + "\t<wp:comment_author_IP><![CDATA[192.0.2." + id + "]]></wp:comment_author_IP>\n"
                + "\t<wp:comment_date><![CDATA[2024-01-09 09:08:" + two(id) + "]]></wp:comment_date>\n"
                + "\t<wp:comment_date_gmt><![CDATA[2024-01-09 08:08:" + two(id) + "]]></wp:comment_date_gmt>\n"
                + "\t<wp:comment_content><![CDATA[" + content + "]]></wp:comment_content>\n"
                + "\t<wp:comment_approved><![CDATA[" + approved + "]]></wp:comment_approved>\n"
                + "\t<wp:comment_type><![CDATA[" + type + "]]></wp:comment_type>\n"
                + "\t<wp:comment_parent>" + parent + "</wp:comment_parent>\n"
                + "\t<wp:comment_user_id>0</wp:comment_user_id>\n"
                + "</wp:comment>\n";
    }

    private static String two(long id) {
        return String.format("%02d", id % 60);
    }

    static long epoch(String dateTime) {
        return LocalDateTime.parse(dateTime.replace(' ', 'T')).toEpochSecond(ZoneOffset.UTC);
    }

    // ---------------------------------------------------------------- versions and namespaces

    @ParameterizedTest
    @ValueSource(strings = {"1.0", "1.1", "1.2"})
    void readsEveryWxrVersionByTheNamespaceTheFileDeclares(String version) {
        Collected got = read(wxr(version, item(7, "Tomatoes", "https://garden.example/blog/tomatoes/",
                comment(1, "1", "comment", 0, "First!") + comment(2, "0", "comment", 1, "A reply"))));

        assertEquals(List.of("https://garden.example/blog | Garden Notes"), got.sites,
                "the site is base_blog_url, normalised (lower-case host, no trailing slash)");
        assertEquals(1, got.posts.size());
        assertEquals(2, got.comments.size());
        Comment first = got.byId(1);
        assertEquals(7, first.postId());
        assertEquals("Author 1", first.author());
        assertEquals("a1@example.com", first.email());
        assertEquals("https://a1.example/", first.url());
        assertEquals("192.0.2.1", first.ip());
        assertNull(first.agent(), "WXR carries no user agent");
        assertEquals(epoch("2024-01-09 08:08:01"), first.dateGmt(), "comment_date_gmt, not the local date");
        assertEquals("First!", first.content());
        assertEquals(Status.APPROVED, first.siteStatus());
        assertEquals(Status.PENDING, got.byId(2).siteStatus());
        assertTrue(got.warnings.isEmpty(), got.warnings.toString());
    }

    /** The same document with its {@code wp} prefix bound to {@code namespace}. */
    static String withWpNamespace(String xml, String namespace) {
        return xml.replace("xmlns:wp=\"http://wordpress.org/export/1.2/\"", "xmlns:wp=\"" + namespace + "\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://wordpress.org/export/1.2/", "https://wordpress.org/export/1.2",
            "http://wordpress.org/export/1.2", "http://wordpress.org/export/1.1/", "https://wordpress.org/export/1.0",
            "urn:x-any-namespace-bound-to-wp"})
    void everyWxrNamespaceFormReadsAsItsHttpTwin(String namespace) {
        String http = wxr("1.2", item(7, "Tomatoes", "https://garden.example/blog/tomatoes/",
                comment(1, "1", "comment", 0, "First!") + comment(2, "0", "comment", 1, "A reply")));
        Collected twin = read(http);
        Collected got = read(withWpNamespace(http, namespace));
        assertEquals(twin.sites, got.sites);
        assertEquals(twin.posts, got.posts);
        assertEquals(twin.comments, got.comments);
        assertEquals(2, got.comments.size());
    }

    @Test
    void anUnknownWxrVersionIsRefused_inTheNamespaceOrInWxrVersion() {
        String items = item(7, "T", "https://garden.example/blog/t/", comment(1, "1", "comment", 0, "x"));
        List<String> files = List.of(wxr("9.9", items),
                withWpNamespace(wxr("1.2", items), "https://wordpress.org/export/9.9/"),
                wxr("1.2", items).replace("<wp:wxr_version>1.2<", "<wp:wxr_version>9.9<"));
        for (String xml : files) {
            ImportException e = assertThrows(ImportException.class, () -> read(xml));
            assertEquals("unsupported WXR version 9.9: ModDesk reads WXR 1.0 to 1.2", e.getMessage());
            assertTrue(e.line() > 0 && e.column() > 0, e.describe());
        }
    }

    @Test
    void theWpPrefixIsNotWhatCounts_theNamespaceIs() {
        // Same document, the WordPress namespace bound to another prefix: still WXR.
        String xml = wxr("1.1", item(3, "P", "https://garden.example/blog/p/", comment(5, "1", "", 0, "x")))
                .replace("xmlns:wp=", "xmlns:wordpress=").replace("<wp:", "<wordpress:").replace("</wp:", "</wordpress:");
        Collected got = read(xml);
        assertEquals(1, got.comments.size());
        assertEquals(3, got.byId(5).postId());
    }

    @Test
    void elementsInAnotherNamespaceAreNotTakenForWordPressFields() {
        // A foreign namespace that happens to use WordPress's element names must not feed comments.
        String xml = wxr("1.2", item(3, "P", "https://garden.example/blog/p/",
                comment(5, "1", "", 0, "real")
                        + "<x:comment xmlns:x=\"urn:other\"><x:comment_id>99</x:comment_id>"
                        + "<x:comment_approved>1</x:comment_approved></x:comment>\n"));
        Collected got = read(xml);
        assertEquals(List.of(5L), got.comments.stream().map(Comment::remoteId).collect(Collectors.toList()));
    }

    @Test
    void anRssFeedWithoutWordPressMarkersIsRefused() {
        String xml = "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>Feed</title>"
                + "<link>https://x.example/</link>\n<item><title>t</title><link>https://x.example/1</link></item>"
                + "</channel></rss>";
        ImportException e = assertThrows(ImportException.class, () -> read(xml));
        assertTrue(e.describe().startsWith("test.xml:"), e.describe());
        assertTrue(e.getMessage().contains("not a WordPress export"), e.getMessage());
    }

    // ---------------------------------------------------------------- field encodings

    @Test
    void cdataAndPlainTextFieldsReadTheSame() {
        String cdata = wxr("1.2", item(1, "Post & more", "https://garden.example/blog/p/",
                "<wp:comment>\n"
                        + "<wp:comment_id><![CDATA[4]]></wp:comment_id>\n"
                        + "<wp:comment_author><![CDATA[Anna <Gardener>]]></wp:comment_author>\n"
                        + "<wp:comment_author_email><![CDATA[anna@example.com]]></wp:comment_author_email>\n"
                        + "<wp:comment_author_url><![CDATA[https://anna.example/]]></wp:comment_author_url>\n"
                        + "<wp:comment_author_IP><![CDATA[198.51.100.4]]></wp:comment_author_IP>\n"
                        + "<wp:comment_date><![CDATA[2024-02-01 11:00:00]]></wp:comment_date>\n"
                        + "<wp:comment_date_gmt><![CDATA[2024-02-01 10:00:00]]></wp:comment_date_gmt>\n"
                        + "<wp:comment_content><![CDATA[<p>1 < 2 & \"quotes\"</p>]]></wp:comment_content>\n"
                        + "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>\n"
                        + "<wp:comment_type><![CDATA[comment]]></wp:comment_type>\n"
                        + "<wp:comment_parent><![CDATA[0]]></wp:comment_parent>\n"
                        + "<wp:comment_user_id><![CDATA[0]]></wp:comment_user_id>\n"
                        + "</wp:comment>\n"));
        String plain = wxr("1.2", "<item>\n<title>Post &amp; more</title>\n<link>https://garden.example/blog/p/</link>\n"
                + "<wp:post_id>1</wp:post_id>\n<wp:comment_status>open</wp:comment_status>\n"
                + "<wp:status>publish</wp:status>\n<wp:post_type>post</wp:post_type>\n"
                + "<wp:comment>\n"
                + "<wp:comment_id>4</wp:comment_id>\n"
                + "<wp:comment_author>Anna &lt;Gardener&gt;</wp:comment_author>\n"
                + "<wp:comment_author_email>anna@example.com</wp:comment_author_email>\n"
                + "<wp:comment_author_url>https://anna.example/</wp:comment_author_url>\n"
                + "<wp:comment_author_IP>198.51.100.4</wp:comment_author_IP>\n"
                + "<wp:comment_date>2024-02-01 11:00:00</wp:comment_date>\n"
                + "<wp:comment_date_gmt>2024-02-01 10:00:00</wp:comment_date_gmt>\n"
                + "<wp:comment_content>&lt;p&gt;1 &lt; 2 &amp; \"quotes\"&lt;/p&gt;</wp:comment_content>\n"
                + "<wp:comment_approved>1</wp:comment_approved>\n"
                + "<wp:comment_type>comment</wp:comment_type>\n"
                + "<wp:comment_parent>0</wp:comment_parent>\n"
                + "<wp:comment_user_id>0</wp:comment_user_id>\n"
                + "</wp:comment>\n</item>\n");
        Collected a = read(cdata);
        Collected b = read(plain);
        assertEquals(a.comments, b.comments);
        assertEquals(a.posts, b.posts);
        assertEquals("<p>1 < 2 & \"quotes\"</p>", a.byId(4).content());
        assertEquals("Anna <Gardener>", a.byId(4).author());
        assertEquals("Post & more", a.posts.get(0).title());
    }

    @Test
    void aFieldSplitIntoSeveralCdataSectionsAndTextIsJoined() {
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/",
                comment(1, "1", "comment", 0, "one]]> two <![CDATA[three"))));
        assertEquals("one two three", got.byId(1).content());
    }

    @Test
    void cdataTerminatorSplitTheWordPressWayIsReadBackWhole() {
        // WordPress writes "]]>" inside content as "]]]]><![CDATA[>".
        String content = "Edge case: a CDATA terminator ]]]]><![CDATA[> inside the text, and ]]]]]]><![CDATA[>< once more.";
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/",
                comment(1, "0", "comment", 0, content))));
        assertEquals("Edge case: a CDATA terminator ]]> inside the text, and ]]]]>< once more.", got.byId(1).content());
    }

    @Test
    void entityEncodedAuthorIsDecodedOnce() {
        String c = comment(17, "0", "comment", 0, "x").replace("Author 17", "Tom &amp; Jerry Fan");
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", c)));
        assertEquals("Tom & Jerry Fan", got.byId(17).author());
    }

    @Test
    void rawAuthorUrlWithEscapedAmpersandIsDecodedByTheParser() {
        // WordPress prints the URL raw (no CDATA), escaped: the parser turns &amp; into &.
        String c = comment(17, "0", "comment", 0, "x")
                .replace("https://a17.example/", "https://example.com/?a=1&amp;b=2");
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", c)));
        assertEquals("https://example.com/?a=1&b=2", got.byId(17).url());
    }

    @Test
    void queryParametersThatLookLikeEntityNamesSurviveInTheUrl() {
        // WordPress stores "&region=" as "&amp;region=" and WXR prints it raw; after the parser's one decoding
        // the URL holds "&region=", "&param=", ... which must not become "®ion=", "¶m=" (HTML's legacy
        // entities without a semicolon: &reg, &para, &times, &curren, &not, &copy, &sect).
        String url = "https://shop.example/p?id=1&region=eu&param=2&timestamp=3&currency=EUR&notify=1&copy=4&section=5";
        String c = comment(1, "1", "comment", 0, "x").replace("https://a1.example/", url.replace("&", "&amp;"));
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", c)));
        assertEquals(url, got.byId(1).url());
    }

    @Test
    void crlfInContentBecomesLf_alsoWhenWrittenAsCharacterReferences() {
        // Raw CR LF bytes are normalised by the XML parser; &#13;&#10; reaches the reader as CR LF and
        // must be normalised by the reader itself.
        String raw = comment(1, "1", "comment", 0, "line one\r\nline two\rline three\ttab");
        String refs = comment(2, "1", "comment", 0, "x")
                .replace("<![CDATA[x]]>", "first&#13;&#10;second&#13;third");
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", raw + refs)));
        assertEquals("line one\nline two\nline three\ttab", got.byId(1).content());
        assertEquals("first\nsecond\nthird", got.byId(2).content());
        assertFalse(got.byId(2).content().contains("\r"));
    }

    @Test
    void theEncodingTheFileDeclaresIsUsed() {
        // Old WordPress sites may have a blog_charset of ISO-8859-1, and the export says so.
        String xml = wxr("1.0", item(1, "Caf\u00e9", "https://garden.example/blog/p/",
                comment(1, "1", "comment", 0, "D\u00e9j\u00e0 vu \u00a3")))
                .replace("encoding=\"UTF-8\"", "encoding=\"ISO-8859-1\"");
        Collected got = read(xml.getBytes(StandardCharsets.ISO_8859_1));
        assertEquals("D\u00e9j\u00e0 vu \u00a3", got.byId(1).content());
        assertEquals("Caf\u00e9", got.posts.get(0).title());
    }

    // ---------------------------------------------------------------- statuses and types

    @Test
    void commentApprovedValuesMapToStatuses() {
        Map<Long, String> approved = new LinkedHashMap<>();
        approved.put(1L, "1");
        approved.put(2L, "0");
        approved.put(3L, "trash");
        approved.put(4L, "post-trashed");
        approved.put(5L, "spam");
        StringBuilder comments = new StringBuilder();
        approved.forEach((id, value) -> comments.append(comment(id, value, "comment", 0, "c" + id)));
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", comments.toString())));
        assertEquals(Status.APPROVED, got.byId(1).siteStatus());
        assertEquals(Status.PENDING, got.byId(2).siteStatus());
        assertEquals(Status.TRASH, got.byId(3).siteStatus());
        assertEquals(Status.POST_TRASHED, got.byId(4).siteStatus());
        assertEquals(Status.SPAM, got.byId(5).siteStatus(), "a WXR that says spam is read as spam (rule 8)");
    }

    @Test
    void anUnknownCommentApprovedValueSkipsThatCommentWithAWarning() {
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/",
                comment(1, "maybe", "comment", 0, "?") + comment(2, "1", "comment", 0, "ok"))));
        assertEquals(List.of(2L), got.comments.stream().map(Comment::remoteId).collect(Collectors.toList()));
        assertEquals(1, got.warnings.size());
        assertTrue(got.warnings.get(0).contains("maybe"), got.warnings.get(0));
    }

    @Test
    void commentTypes_emptyIsComment_pingbackTrackbackKept_noteSkipped() {
        String items = comment(1, "1", "", 0, "empty type")
                + comment(2, "1", "comment", 0, "comment")
                + comment(3, "0", "pingback", 0, "[&#8230;] a pingback [&#8230;]")
                + comment(4, "1", "trackback", 0, "[&#8230;] a trackback [&#8230;]")
                + comment(5, "1", "note", 0, "an editorial note")
                + comment(6, "1", "comment", 0, "after the note")
                        .replace("<wp:comment_type><![CDATA[comment]]></wp:comment_type>\n", "");
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", items)));
        assertEquals(List.of(1L, 2L, 3L, 4L, 6L),
                got.comments.stream().map(Comment::remoteId).collect(Collectors.toList()), "the note is skipped");
        assertEquals(CommentType.COMMENT, got.byId(1).type());
        assertEquals(CommentType.COMMENT, got.byId(2).type());
        assertEquals(CommentType.PINGBACK, got.byId(3).type());
        assertEquals(CommentType.TRACKBACK, got.byId(4).type());
        assertEquals(CommentType.COMMENT, got.byId(6).type(), "a missing comment_type is a comment");
    }

    // ---------------------------------------------------------------- posts, replies, meta

    @Test
    void postsComeWithTitleLinkTypeStatusAndCommentStatus_beforeTheirComments() {
        String page = item(21, "About this test site", "http://127.0.0.1:8089/about/", "")
                .replace("<wp:post_type><![CDATA[post]]></wp:post_type>", "<wp:post_type><![CDATA[page]]></wp:post_type>");
        String trashed = item(20, "Gone", "http://127.0.0.1:8089/?p=20", comment(9, "post-trashed", "comment", 0, "z"))
                .replace("<wp:status><![CDATA[publish]]></wp:status>", "<wp:status><![CDATA[trash]]></wp:status>")
                .replace("<wp:comment_status><![CDATA[open]]></wp:comment_status>",
                        "<wp:comment_status><![CDATA[closed]]></wp:comment_status>");
        Collected got = read(wxr("1.2", item(1, "Stop trying to grow tomatoes #1", "http://127.0.0.1:8089/post-1/",
                comment(1, "1", "comment", 0, "hi")) + page + trashed));
        Map<Long, Post> posts = got.posts.stream().collect(Collectors.toMap(Post::remoteId, Function.identity()));
        assertEquals(3, posts.size());
        assertEquals(new Post(1, "Stop trying to grow tomatoes #1", "http://127.0.0.1:8089/post-1/", "post", "publish",
                "open"), posts.get(1L));
        assertEquals("page", posts.get(21L).type());
        assertEquals("About this test site", posts.get(21L).title());
        assertEquals(new Post(20, "Gone", "http://127.0.0.1:8089/?p=20", "post", "trash", "closed"), posts.get(20L));
        assertEquals(20, got.byId(9).postId());
        assertTrue(got.order.indexOf("post 1") < got.order.indexOf("comment 1"), got.order.toString());
        assertTrue(got.order.indexOf("post 20") < got.order.indexOf("comment 9"), got.order.toString());
        assertEquals("site", got.order.get(0));
    }

    @Test
    void repliesKeepTheirParent() {
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/",
                comment(8, "1", "comment", 0, "top")
                        + comment(9, "0", "comment", 8, "reply")
                        + comment(10, "0", "comment", 9, "reply to reply")
                        + comment(11, "1", "comment", 8, "admin reply"))));
        assertEquals(0, got.byId(8).parentId());
        assertEquals(8, got.byId(9).parentId());
        assertEquals(9, got.byId(10).parentId());
        assertEquals(8, got.byId(11).parentId());
    }

    @Test
    void commentMetaIsIgnored() {
        String meta = "\t<wp:commentmeta>\n\t<wp:meta_key><![CDATA[_wp_trash_meta_status]]></wp:meta_key>\n"
                + "\t<wp:meta_value><![CDATA[1]]></wp:meta_value>\n\t</wp:commentmeta>\n"
                + "\t<wp:commentmeta>\n\t<wp:meta_key><![CDATA[wp_peer_unfiltered]]></wp:meta_key>\n"
                + "\t<wp:meta_value><![CDATA[<script>alert(1)</script>]]></wp:meta_value>\n\t</wp:commentmeta>\n";
        String withMetaInTheMiddle = comment(12, "trash", "comment", 0, "the body")
                .replace("\t<wp:comment_approved>", meta + "\t<wp:comment_approved>");
        String withMetaAtTheEnd = comment(13, "0", "comment", 0, "other body")
                .replace("</wp:comment>", meta + "</wp:comment>");
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/",
                withMetaInTheMiddle + withMetaAtTheEnd)));
        assertEquals(2, got.comments.size());
        assertEquals(Status.TRASH, got.byId(12).siteStatus());
        assertEquals("the body", got.byId(12).content());
        assertEquals(Status.PENDING, got.byId(13).siteStatus());
        assertEquals("other body", got.byId(13).content());
        assertTrue(got.warnings.isEmpty(), got.warnings.toString());
    }

    @Test
    void gmtDatesOfZerosTakeTheLocalDate_withOneWarningForTheWholeFile() {
        // Old WordPress exports write zeros for a GMT date they do not know: such files must keep importing.
        String zeros = comment(1, "1", "comment", 0, "x").replace("2024-01-09 08:08:01", "0000-00-00 00:00:00");
        String missing = comment(2, "1", "comment", 0, "y")
                .replace("\t<wp:comment_date_gmt><![CDATA[2024-01-09 08:08:02]]></wp:comment_date_gmt>\n", "");
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/",
                zeros + missing + comment(3, "1", "comment", 0, "z"))));
        assertEquals(epoch("2024-01-09 09:08:01"), got.byId(1).dateGmt());
        assertEquals(epoch("2024-01-09 09:08:02"), got.byId(2).dateGmt());
        assertEquals(epoch("2024-01-09 08:08:03"), got.byId(3).dateGmt());
        assertEquals(1, got.warnings.size(), got.warnings.toString());
        assertTrue(got.warnings.get(0).startsWith("2 comments have no GMT date"), got.warnings.get(0));
        assertTrue(got.warnings.get(0).contains("test.xml:") && got.warnings.get(0).contains("comment 1"),
                got.warnings.get(0));
    }

    @Test
    void anInvalidGmtDateIsRefusedAtItsComment_notReplacedByTheLocalDate() {
        String c = comment(1, "1", "comment", 0, "x").replace("2024-01-09 08:08:01", "2024-13-45 08:08:01");
        ImportException e = assertThrows(ImportException.class,
                () -> read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", c))));
        assertTrue(e.line() > 0 && e.column() > 0, e.describe());
        assertTrue(e.getMessage().contains("comment_date_gmt '2024-13-45 08:08:01' is not a date"), e.getMessage());
    }

    @Test
    void yearsZeroToNineThousandNineHundredNinetyNineAreKept_othersRefused() {
        String items = comment(1, "1", "comment", 0, "x").replace("2024-01-09 08:08:01", "0000-03-01 12:34:56")
                + comment(2, "1", "comment", 0, "y").replace("2024-01-09 08:08:02", "9999-12-31 23:59:59");
        Collected got = read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", items)));
        assertEquals(epoch("0000-03-01 12:34:56"), got.byId(1).dateGmt());
        assertEquals(epoch("9999-12-31 23:59:59"), got.byId(2).dateGmt());
        for (String bad : List.of("-0005-01-01 00:00:00", "+10000-01-01 00:00:00", "10000-01-01 00:00:00")) {
            String c = comment(3, "1", "comment", 0, "z").replace("2024-01-09 08:08:03", bad);
            ImportException e = assertThrows(ImportException.class,
                    () -> read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", c))), bad);
            assertTrue(e.getMessage().contains("year from 0000 to 9999"), e.getMessage());
        }
    }

    @Test
    void aNonNumericCommentIdIsAnErrorWithItsPlace() {
        String c = comment(1, "1", "comment", 0, "x").replace("<wp:comment_id>1</wp:comment_id>",
                "<wp:comment_id>one</wp:comment_id>");
        ImportException e = assertThrows(ImportException.class,
                () -> read(wxr("1.2", item(1, "P", "https://garden.example/blog/p/", c))));
        assertTrue(e.line() > 0, e.describe());
        assertTrue(e.describe().startsWith("test.xml:" + e.line() + ":"), e.describe());
    }

    // ---------------------------------------------------------------- WordPress 6.1's own export

    static byte[] sample() throws IOException {
        try (InputStream in = WxrReaderTest.class.getResourceAsStream("/dev/moddesk/sample-export.xml")) {
            assertNotNull(in, "src/test/resources/dev/moddesk/sample-export.xml");
            return in.readAllBytes();
        }
    }

    @Test
    void theRealWordPressExportReadsCompletely() throws IOException {
        Collected got = read(sample());
        assertEquals(List.of("http://127.0.0.1:8089 | WP Peer: comment moderation test site"), got.sites);
        assertEquals(437, got.comments.size());
        assertEquals(21, got.posts.size());
        Map<Status, Long> byStatus = got.comments.stream()
                .collect(Collectors.groupingBy(Comment::siteStatus, Collectors.counting()));
        assertEquals(Map.of(Status.PENDING, 134L, Status.APPROVED, 258L, Status.TRASH, 36L, Status.POST_TRASHED, 9L),
                byStatus);
        Map<CommentType, Long> byType = got.comments.stream()
                .collect(Collectors.groupingBy(Comment::type, Collectors.counting()));
        assertEquals(Map.of(CommentType.COMMENT, 425L, CommentType.PINGBACK, 6L, CommentType.TRACKBACK, 6L), byType);
        assertEquals(130, got.comments.stream().filter(c -> c.parentId() != 0).count());
        assertTrue(got.warnings.isEmpty(), got.warnings.toString());
        assertTrue(got.comments.stream().noneMatch(c -> c.remoteId() == 13), "comment 13 is spam: never in WXR");

        assertEquals("Edge case: a CDATA terminator ]]> inside the text, and ]]]]>< once more.", got.byId(1).content());
        Comment tom = got.byId(17);
        assertEquals("Tom & Jerry Fan", tom.author());
        assertEquals("https://example.com/?a=1&b=2", tom.url());
        assertEquals("TOM.Jerry+blog@Example.COM", tom.email());
        assertEquals(epoch("2024-01-10 00:08:57"), tom.dateGmt());
        assertTrue(tom.content().startsWith("Plain text with &amp; ampersand"), "content stays as stored: "
                + tom.content());
        assertEquals("First line\nsecond line (single newline)\n\nNew paragraph after a blank line.\n"
                + "Windows line ending.\tTab.", got.byId(20).content());
        assertEquals(CommentType.PINGBACK, got.byId(14).type());
        assertEquals(CommentType.TRACKBACK, got.byId(15).type());
        assertEquals(8, got.byId(9).parentId());
        assertEquals(1, got.byId(11).userId());
        Comment empty = got.byId(16);
        assertEquals("", empty.author());
        assertEquals("", empty.email());
        assertEquals("", empty.url());
        Post trashed = got.posts.stream().filter(p -> p.remoteId() == 20).findFirst().orElseThrow();
        assertEquals("trash", trashed.status());
        assertTrue(got.comments.stream().filter(c -> c.postId() == 20).allMatch(c -> c.siteStatus() == Status.POST_TRASHED));
        assertEquals("Stop trying to grow tomatoes #1",
                got.posts.stream().filter(p -> p.remoteId() == 1).findFirst().orElseThrow().title());
        assertEquals("http://127.0.0.1:8089/post-1/",
                got.posts.stream().filter(p -> p.remoteId() == 1).findFirst().orElseThrow().link());
    }
}
