package dev.moddesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.SiteUrl;
import dev.moddesk.core.Status;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The REST JSON reader against the {@code context=edit} shape that WordPress 6.1 returns. */
class RestJsonReaderTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String SELF = "http://127.0.0.1:8089/wp-json/wp/v2/comments/";

    /** One comment object as {@code GET /wp/v2/comments?context=edit} gives it. */
    static ObjectNode restComment(long id, String status, String selfBase) {
        ObjectNode c = JSON.createObjectNode();
        c.put("id", id);
        c.put("post", 1);
        c.put("parent", 0);
        c.put("author", 0);
        c.put("author_name", "Author " + id);
        c.put("author_email", "a" + id + "@example.com");
        c.put("author_url", "https://a" + id + ".example/");
        c.put("author_ip", "192.0.2." + id);
        c.put("author_user_agent", "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0");
        c.put("date", "2024-01-09T09:08:57");
        c.put("date_gmt", "2024-01-09T08:08:57");
        ObjectNode content = c.putObject("content");
        content.put("rendered", "<p>rendered " + id + "</p>\n");
        content.put("raw", "raw " + id);
        c.put("link", "http://127.0.0.1:8089/post-1/#comment-" + id);
        c.put("status", status);
        c.put("type", "comment");
        ObjectNode avatars = c.putObject("author_avatar_urls");
        avatars.put("24", "https://secure.gravatar.com/avatar/x?s=24&d=mm&r=g");
        c.putArray("meta");
        ObjectNode links = c.putObject("_links");
        links.putArray("self").addObject().put("href", selfBase + id);
        links.putArray("collection").addObject().put("href", selfBase.substring(0, selfBase.length() - 1));
        ObjectNode up = links.putArray("up").addObject();
        up.put("embeddable", true);
        up.put("post_type", "post");
        up.put("href", "http://127.0.0.1:8089/wp-json/wp/v2/posts/1");
        return c;
    }

    static WxrReaderTest.Collected read(String json) {
        return read(json.getBytes(StandardCharsets.UTF_8));
    }

    static WxrReaderTest.Collected read(byte[] bytes) {
        WxrReaderTest.Collected sink = new WxrReaderTest.Collected();
        new RestJsonReader("comments.json").read(new ByteArrayInputStream(bytes), sink);
        return sink;
    }

    static String array(ObjectNode... comments) {
        ArrayNode a = JSON.createArrayNode();
        for (ObjectNode c : comments) {
            a.add(c);
        }
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(a);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void readsTheContextEditShape() {
        ObjectNode o = restComment(9, "hold", SELF);
        o.put("post", 4);
        o.put("parent", 8);
        o.put("author", 2);
        o.with("content").put("raw", "<strong>Bold</strong> &amp; plain\r\nnext line");
        WxrReaderTest.Collected got = read(array(o));

        assertEquals(List.of("http://127.0.0.1:8089 | "), got.sites);
        Comment c = got.byId(9);
        assertEquals(4, c.postId());
        assertEquals(8, c.parentId());
        assertEquals(2, c.userId(), "REST's author is the user id");
        assertEquals("Author 9", c.author());
        assertEquals("a9@example.com", c.email());
        assertEquals("https://a9.example/", c.url());
        assertEquals("192.0.2.9", c.ip());
        assertEquals("Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0", c.agent());
        assertEquals(LocalDateTime.parse("2024-01-09T08:08:57").toEpochSecond(ZoneOffset.UTC), c.dateGmt(),
                "date_gmt, not the site-local date");
        assertEquals("<strong>Bold</strong> &amp; plain\nnext line", c.content(),
                "content.raw (not rendered), CR LF normalised, entities kept as stored");
        assertEquals(CommentType.COMMENT, c.type());
        assertEquals(Status.PENDING, c.siteStatus());
        assertTrue(got.warnings.isEmpty(), got.warnings.toString());
        assertTrue(got.posts.isEmpty(), "REST comment lists carry no posts");
    }

    @ParameterizedTest
    @CsvSource({"approved,APPROVED", "hold,PENDING", "spam,SPAM", "trash,TRASH", "post-trashed,POST_TRASHED"})
    void statusesMap(String rest, Status expected) {
        assertEquals(expected, read(array(restComment(3, rest, SELF))).byId(3).siteStatus());
    }

    @Test
    void anUnknownStatusIsRefusedWithItsPlace() {
        String json = array(restComment(1, "approved", SELF), restComment(2, "maybe", SELF));
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertTrue(e.getMessage().contains("maybe"), e.getMessage());
        assertTrue(e.line() > 1, e.describe());
    }

    @Test
    void pingbacksAndTrackbacksKeepTheirType_notesAreSkipped() {
        ObjectNode ping = restComment(14, "hold", SELF);
        ping.put("type", "pingback");
        ObjectNode track = restComment(15, "approved", SELF);
        track.put("type", "trackback");
        ObjectNode note = restComment(16, "approved", SELF);
        note.put("type", "note");
        ObjectNode empty = restComment(17, "approved", SELF);
        empty.put("type", "");
        WxrReaderTest.Collected got = read(array(ping, track, note, empty));
        assertEquals(List.of(14L, 15L, 17L), got.comments.stream().map(Comment::remoteId).collect(Collectors.toList()));
        assertEquals(CommentType.PINGBACK, got.byId(14).type());
        assertEquals(CommentType.TRACKBACK, got.byId(15).type());
        assertEquals(CommentType.COMMENT, got.byId(17).type());
    }

    @Test
    void aMissingUserAgentStaysUnknown_anEmptyOneIsEmpty() {
        ObjectNode none = restComment(1, "approved", SELF);
        none.remove("author_user_agent");
        ObjectNode empty = restComment(2, "approved", SELF);
        empty.put("author_user_agent", "");
        WxrReaderTest.Collected got = read(array(none, empty));
        assertNull(got.byId(1).agent());
        assertEquals("", got.byId(2).agent());
    }

    // ---------------------------------------------------------------- the site, from _links.self

    @ParameterizedTest
    @CsvSource({
            // pretty permalinks
            "http://127.0.0.1:8089/wp-json/wp/v2/comments/, http://127.0.0.1:8089",
            // the plain form a client may have called
            "http://127.0.0.1:8089/?rest_route=/wp/v2/comments/, http://127.0.0.1:8089",
            // the form WordPress itself writes into _links when pretty permalinks are off (get_rest_url)
            "http://127.0.0.1:8089/index.php?rest_route=/wp/v2/comments/, http://127.0.0.1:8089",
            // "almost pretty" permalinks: /index.php/wp-json/
            "http://127.0.0.1:8089/index.php/wp-json/wp/v2/comments/, http://127.0.0.1:8089",
            "HTTPS://Blog.Example.COM:443/news/wp-json/wp/v2/comments/, https://blog.example.com/news",
            "https://blog.example.com/news/index.php?rest_route=/wp/v2/comments/, https://blog.example.com/news",
    })
    void theSiteIsTakenFromLinksSelf(String selfBase, String site) {
        WxrReaderTest.Collected got = read(array(restComment(5, "approved", selfBase.strip())));
        assertEquals(List.of(site + " | "), got.sites);
    }

    @Test
    void restAndWxrOfOneSiteNameTheSameSite() {
        String wxrSite = SiteUrl.normalise("http://127.0.0.1:8089");
        assertEquals(List.of(wxrSite + " | "), read(array(restComment(5, "approved", SELF))).sites);
    }

    @Test
    void withoutLinksTheSiteIsUnknown() {
        ObjectNode o = restComment(5, "approved", SELF);
        o.remove("_links");
        assertEquals(List.of(SiteUrl.UNKNOWN + " | "), read(array(o)).sites);
        assertEquals(List.of(SiteUrl.UNKNOWN + " | "), read("[]").sites, "an empty array still names a site");
    }

    @Test
    void twoSitesInOneFileAreRefused() {
        String json = array(restComment(1, "approved", SELF),
                restComment(2, "approved", "https://other.example/wp-json/wp/v2/comments/"));
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertTrue(e.getMessage().contains("other.example"), e.getMessage());
    }

    @Test
    void aByteOrderMarkIsAccepted() {
        byte[] body = array(restComment(1, "approved", SELF)).getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        assertEquals(1, read(withBom).comments.size());
    }

    // ---------------------------------------------------------------- wrong shapes

    private static ImportException refused(String json) {
        ImportException e = assertThrows(ImportException.class, () -> read(json));
        assertTrue(e.describe().startsWith("comments.json:" + e.line() + ":" + e.column() + ": "), e.describe());
        return e;
    }

    @Test
    void anObjectInsteadOfAnArrayIsRefusedAtItsStart() {
        ImportException e = refused("{\"id\": 1, \"status\": \"approved\"}");
        assertEquals(1, e.line());
        assertEquals(1, e.column());
    }

    @Test
    void anArrayOfNumbersIsRefusedAtTheFirstNumber() {
        ImportException e = refused("[\n  1,\n  2,\n  3\n]");
        assertEquals(2, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("number"), e.getMessage());
    }

    @Test
    void anArrayOfArraysOrStringsIsRefused() {
        refused("[[1, 2]]");
        refused("[\"a\", \"b\"]");
        refused("[null]");
    }

    @Test
    void aCommentWithoutIdIsRefusedAtThatObject() {
        ObjectNode second = restComment(2, "approved", SELF);
        second.remove("id");
        String json = "[\n" + restComment(1, "approved", SELF).toString() + ",\n  " + second + "\n]";
        ImportException e = refused(json);
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("\"id\""), e.getMessage());
    }

    @Test
    void aNonNumericIdOrPostIsRefused() {
        ObjectNode text = restComment(2, "approved", SELF);
        text.put("id", "two");
        refused("[" + text + "]");
        ObjectNode noPost = restComment(2, "approved", SELF);
        noPost.remove("post");
        refused("[" + noPost + "]");
        ObjectNode badParent = restComment(2, "approved", SELF);
        badParent.put("parent", "first");
        refused("[" + badParent + "]");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
            "id | 5001.5 | not a whole number", "post | 5001.5 | not a whole number",
            "parent | 8.25 | not a whole number", "author | 1.5 | not a whole number",
            "id | 1e3 | not a whole number", "post | 5001.0 | not a whole number", "parent | -2E-1 | not a whole number",
            "id | 99999999999999999999 | too large for an id", "post | 9223372036854775808 | too large for an id",
            "author | \"12\" | not a number", "id | -5 | not a positive number", "post | 0 | not a positive number",
            "parent | -1 | not 0 or more",
    })
    void idsThatAreNotWholeNumbersAreRefusedAtTheirObject_neverTruncated(String field, String raw, String why) {
        ObjectNode second = restComment(2, "approved", SELF);
        second.put(field, "@@");
        String json = "[\n" + restComment(1, "approved", SELF) + ",\n  " + second.toString().replace("\"@@\"", raw) + "\n]";
        ImportException e = refused(json);
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        String shown = raw.equals("1e3") ? "1E+3" : raw.equals("-2E-1") ? "-0.2" : raw;
        assertTrue(e.getMessage().equals("\"" + field + "\" is " + shown + ", " + why), e.getMessage());
    }

    @Test
    void aCommentWithoutContentOrDateIsRefused() {
        ObjectNode noContent = restComment(2, "approved", SELF);
        noContent.remove("content");
        refused("[" + noContent + "]");
        ObjectNode noDate = restComment(2, "approved", SELF);
        noDate.remove("date_gmt");
        noDate.remove("date");
        refused("[" + noDate + "]");
    }

    @Test
    void anInvalidDateGmtIsRefusedAtItsObject_notReplacedByTheLocalDate() {
        ObjectNode bad = restComment(2, "approved", SELF);
        bad.put("date_gmt", "yesterday");
        ImportException e = refused("[\n" + restComment(1, "approved", SELF) + ",\n  " + bad + "\n]");
        assertEquals(3, e.line());
        assertEquals(3, e.column());
        assertTrue(e.getMessage().contains("comment 2: date_gmt 'yesterday' is not a date"), e.getMessage());
    }

    @Test
    void phpsFormOfTheZeroDateTakesTheLocalDate_withOneWarning() {
        // REST renders MySQL's 0000-00-00 00:00:00 through PHP's DateTime as -0001-11-30T00:00:00.
        ObjectNode zero = restComment(2, "approved", SELF);
        zero.put("date_gmt", "-0001-11-30T00:00:00");
        zero.put("date", "2024-01-09T09:08:57");
        WxrReaderTest.Collected got = read(array(restComment(1, "approved", SELF), zero));
        assertEquals(LocalDateTime.parse("2024-01-09T09:08:57").toEpochSecond(ZoneOffset.UTC), got.byId(2).dateGmt());
        assertEquals(1, got.warnings.size(), got.warnings.toString());
        assertTrue(got.warnings.get(0).startsWith("1 comment has no GMT date"), got.warnings.get(0));
        assertTrue(got.warnings.get(0).contains("comments.json:"), got.warnings.get(0));
    }

    @Test
    void malformedJsonIsRefusedWithItsPlace() {
        ImportException e = refused("[\n  {\"id\": 1,}\n]");
        assertEquals(2, e.line());
    }

    @Test
    void aTruncatedArrayIsRefused() {
        String full = array(restComment(1, "approved", SELF), restComment(2, "hold", SELF));
        ImportException e = refused(full.substring(0, full.length() / 2));
        assertTrue(e.getMessage().contains("truncated") || e.getMessage().contains("end"), e.getMessage());
        ImportException closed = refused(full.substring(0, full.lastIndexOf(']')));
        assertTrue(closed.getMessage().contains("truncated"), closed.getMessage());
    }

    @Test
    void contentAfterTheArrayIsRefused() {
        refused(array(restComment(1, "approved", SELF)) + "\n[]");
    }
}
