package dev.moddesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Comment;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * sync rule 7 in the README: one comment read from WXR and from REST compares equal (but for the user agent,
 * which only REST knows), with WordPress's real encodings on both sides.
 */
class SameCommentTest {

    /** The comment without the one field WXR cannot carry. */
    static Comment withoutAgent(Comment c) {
        return new Comment(c.remoteId(), c.postId(), c.parentId(), c.author(), c.email(), c.url(), c.ip(), null,
                c.userId(), c.dateGmt(), c.type(), c.content(), c.siteStatus());
    }

    static Map<Long, Comment> byId(List<Comment> comments) {
        return comments.stream().collect(Collectors.toMap(Comment::remoteId, Function.identity()));
    }

    /*
     * Hand-made: one site, the fields as WordPress stores them. WXR: every text field CDATA (the stored
     * form), but the author URL raw, XML-escaped once; content lines end in CR LF in the file. REST: the
     * stored form everywhere, content.raw with "\r\n".
     */
    static final String WXR = "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\r\n"
            + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\r\n<channel>\r\n"
            + "<title>Site</title><link>https://site.example</link>\r\n"
            + "<wp:wxr_version>1.2</wp:wxr_version>\r\n"
            + "<wp:base_blog_url>https://site.example</wp:base_blog_url>\r\n"
            + "<item><title><![CDATA[Post]]></title><link>https://site.example/post/</link>\r\n"
            + "<wp:post_id>3</wp:post_id>\r\n"
            + "<wp:comment>\r\n"
            + "<wp:comment_id>17</wp:comment_id>\r\n"
            + "<wp:comment_author><![CDATA[Tom &amp; Jerry Fan]]></wp:comment_author>\r\n"
            + "<wp:comment_author_email><![CDATA[TOM.Jerry+blog@Example.COM]]></wp:comment_author_email>\r\n"
            + "<wp:comment_author_url>https://example.com/?a=1&amp;b=2</wp:comment_author_url>\r\n"
            + "<wp:comment_author_IP><![CDATA[2001:db8:e757:d290::eb6b]]></wp:comment_author_IP>\r\n"
            + "<wp:comment_date><![CDATA[2024-01-10 01:08:57]]></wp:comment_date>\r\n"
            + "<wp:comment_date_gmt><![CDATA[2024-01-10 00:08:57]]></wp:comment_date_gmt>\r\n"
            + "<wp:comment_content><![CDATA[First line\r\nsecond &amp; last line\r\n\tend]]></wp:comment_content>\r\n"
            + "<wp:comment_approved><![CDATA[0]]></wp:comment_approved>\r\n"
            + "<wp:comment_type><![CDATA[comment]]></wp:comment_type>\r\n"
            + "<wp:comment_parent>0</wp:comment_parent>\r\n"
            + "<wp:comment_user_id>0</wp:comment_user_id>\r\n"
            + "</wp:comment>\r\n"
            + "<wp:comment>\r\n"
            + "<wp:comment_id>18</wp:comment_id>\r\n"
            + "<wp:comment_author><![CDATA[O'Brien &lt;the &quot;Gardener&quot;&gt;]]></wp:comment_author>\r\n"
            + "<wp:comment_author_email><![CDATA[]]></wp:comment_author_email>\r\n"
            + "<wp:comment_author_url>https://example.org/path?x=%C3%A9&amp;y=&amp;amp;z</wp:comment_author_url>\r\n"
            + "<wp:comment_author_IP><![CDATA[198.51.100.7]]></wp:comment_author_IP>\r\n"
            + "<wp:comment_date><![CDATA[2024-01-10 02:00:00]]></wp:comment_date>\r\n"
            + "<wp:comment_date_gmt><![CDATA[2024-01-10 01:00:00]]></wp:comment_date_gmt>\r\n"
            + "<wp:comment_content><![CDATA[Reply with ]]]]><![CDATA[> and <em>markup</em>]]></wp:comment_content>\r\n"
            + "<wp:comment_approved><![CDATA[1]]></wp:comment_approved>\r\n"
            + "<wp:comment_type><![CDATA[comment]]></wp:comment_type>\r\n"
            + "<wp:comment_parent>17</wp:comment_parent>\r\n"
            + "<wp:comment_user_id>2</wp:comment_user_id>\r\n"
            + "</wp:comment>\r\n"
            + "<wp:comment>\r\n"
            + "<wp:comment_id>19</wp:comment_id>\r\n"
            + "<wp:comment_author><![CDATA[Other Blog]]></wp:comment_author>\r\n"
            + "<wp:comment_author_email><![CDATA[]]></wp:comment_author_email>\r\n"
            + "<wp:comment_author_url>https://other.example/2025/05/links/</wp:comment_author_url>\r\n"
            + "<wp:comment_author_IP><![CDATA[127.0.0.10]]></wp:comment_author_IP>\r\n"
            + "<wp:comment_date><![CDATA[2024-01-10 03:00:00]]></wp:comment_date>\r\n"
            + "<wp:comment_date_gmt><![CDATA[2024-01-10 02:00:00]]></wp:comment_date_gmt>\r\n"
            + "<wp:comment_content><![CDATA[[&#8230;] a trashed pingback [&#8230;]]]></wp:comment_content>\r\n"
            + "<wp:comment_approved><![CDATA[trash]]></wp:comment_approved>\r\n"
            + "<wp:comment_type><![CDATA[pingback]]></wp:comment_type>\r\n"
            + "<wp:comment_parent>0</wp:comment_parent>\r\n"
            + "<wp:comment_user_id>0</wp:comment_user_id>\r\n"
            + "</wp:comment>\r\n"
            + "</item>\r\n</channel>\r\n</rss>\r\n";

    static final String REST = """
            [
              {
                "id": 17, "post": 3, "parent": 0, "author": 0,
                "author_name": "Tom &amp; Jerry Fan",
                "author_email": "TOM.Jerry+blog@Example.COM",
                "author_url": "https://example.com/?a=1&amp;b=2",
                "author_ip": "2001:db8:e757:d290::eb6b",
                "author_user_agent": "Mozilla/5.0 (Windows NT 10.0; Win64; x64)",
                "date": "2024-01-10T01:08:57", "date_gmt": "2024-01-10T00:08:57",
                "content": {"rendered": "<p>First line<br />\\nsecond &amp; last line<br />\\n\\tend</p>\\n",
                            "raw": "First line\\r\\nsecond &amp; last line\\r\\n\\tend"},
                "link": "https://site.example/post/#comment-17",
                "status": "hold", "type": "comment", "meta": [],
                "_links": {"self": [{"href": "https://site.example/wp-json/wp/v2/comments/17"}]}
              },
              {
                "id": 18, "post": 3, "parent": 17, "author": 2,
                "author_name": "O'Brien &lt;the &quot;Gardener&quot;&gt;",
                "author_email": "",
                "author_url": "https://example.org/path?x=%C3%A9&amp;y=&amp;amp;z",
                "author_ip": "198.51.100.7",
                "author_user_agent": "",
                "date": "2024-01-10T02:00:00", "date_gmt": "2024-01-10T01:00:00",
                "content": {"rendered": "<p>Reply with ]]&gt; and <em>markup</em></p>\\n",
                            "raw": "Reply with ]]> and <em>markup</em>"},
                "status": "approved", "type": "comment",
                "_links": {"self": [{"href": "https://site.example/wp-json/wp/v2/comments/18"}]}
              },
              {
                "id": 19, "post": 3, "parent": 0, "author": 0,
                "author_name": "Other Blog",
                "author_email": "",
                "author_url": "https://other.example/2025/05/links/",
                "author_ip": "127.0.0.10",
                "author_user_agent": "WordPress/6.1.9; https://other.example",
                "date": "2024-01-10T03:00:00", "date_gmt": "2024-01-10T02:00:00",
                "content": {"rendered": "<p>[&hellip;] a trashed pingback [&hellip;]</p>\\n",
                            "raw": "[&#8230;] a trashed pingback [&#8230;]"},
                "status": "trash", "type": "pingback",
                "_links": {"self": [{"href": "https://site.example/wp-json/wp/v2/comments/19"}]}
              }
            ]
            """;

    @Test
    void theSameCommentsFromWxrAndRestAreEqualButForTheAgent() {
        WxrReaderTest.Collected wxr = WxrReaderTest.read(WXR);
        WxrReaderTest.Collected rest = RestJsonReaderTest.read(REST);

        assertEquals(wxr.sites.get(0).split(" \\| ")[0], rest.sites.get(0).split(" \\| ")[0], "the same site");
        Map<Long, Comment> fromWxr = byId(wxr.comments);
        Map<Long, Comment> fromRest = byId(rest.comments);
        assertEquals(fromWxr.keySet(), fromRest.keySet());
        for (long id : fromWxr.keySet()) {
            assertNull(fromWxr.get(id).agent(), "WXR has no agent");
            assertNotNull(fromRest.get(id).agent(), "REST has one");
            assertEquals(fromWxr.get(id), withoutAgent(fromRest.get(id)), "comment " + id);
        }
        assertEquals("", fromRest.get(18L).agent(), "REST's empty agent is kept as known-empty");
    }

    @Test
    void theCommonFormIsTheDecodedTextAndLfContent() {
        // Pin the common form so that "equal" cannot be reached by both sides losing information.
        Comment tom = byId(RestJsonReaderTest.read(REST).comments).get(17L);
        assertEquals("Tom & Jerry Fan", tom.author());
        assertEquals("https://example.com/?a=1&b=2", tom.url());
        assertEquals("TOM.Jerry+blog@Example.COM", tom.email(), "emails are kept as written");
        assertEquals("First line\nsecond &amp; last line\n\tend", tom.content(),
                "content is the stored HTML: line ends normalised, entities untouched");
        Comment obrien = byId(WxrReaderTest.read(WXR).comments).get(18L);
        assertEquals("O'Brien <the \"Gardener\">", obrien.author());
        assertEquals("Reply with ]]> and <em>markup</em>", obrien.content());
    }

    @Test
    void aUrlWithEntityLikeParameterNamesIsTheSameAndIntactFromBothSources() {
        String url = "https://shop.example/p?id=1&region=eu&param=2&timestamp=3&currency=EUR&notify=1&copy=4";
        // What WordPress's kses keeps in the database, and what WXR prints raw (so the XML parser decodes it once).
        String stored = url.replace("&", "&amp;");
        Comment fromWxr = WxrReaderTest.read(WXR.replace("https://example.com/?a=1&amp;b=2", stored))
                .byId(17);
        Comment fromRest = RestJsonReaderTest.read(REST.replace("https://example.com/?a=1&amp;b=2", stored)).byId(17);
        assertEquals(url, fromRest.url());
        assertEquals(fromWxr, withoutAgent(fromRest));
    }

    /**
     * The real WordPress 6.1 export against REST objects written the way the same WordPress answers
     * {@code GET /wp/v2/comments/ID?context=edit} for those comments.
     */
    @Test
    void commentsOfTheRealExportMatchTheirRestForm() throws IOException {
        Map<Long, Comment> fromWxr = byId(WxrReaderTest.read(WxrReaderTest.sample()).comments);
        String rest = """
                [
                  {"id": 1, "post": 1, "parent": 0, "author": 0, "author_name": "Carla CDATA",
                   "author_email": "carla@example.com", "author_url": "", "author_ip": "203.0.113.216",
                   "author_user_agent": "Mozilla/5.0", "date": "2024-01-09T09:08:57", "date_gmt": "2024-01-09T08:08:57",
                   "content": {"rendered": "<p>Edge case: a CDATA terminator ]]&gt; inside the text</p>\\n",
                               "raw": "Edge case: a CDATA terminator ]]> inside the text, and ]]]]>< once more."},
                   "status": "hold", "type": "comment",
                   "_links": {"self": [{"href": "http://127.0.0.1:8089/wp-json/wp/v2/comments/1"}]}},
                  {"id": 11, "post": 1, "parent": 8, "author": 1, "author_name": "Site Admin",
                   "author_email": "admin@example.com", "author_url": "", "author_ip": "127.0.0.10",
                   "author_user_agent": "", "date": "2024-01-09T19:08:57", "date_gmt": "2024-01-09T18:08:57",
                   "content": {"raw": "Thanks, glad you liked it! (reply by the site admin, a registered user)"},
                   "status": "approved", "type": "comment",
                   "_links": {"self": [{"href": "http://127.0.0.1:8089/wp-json/wp/v2/comments/11"}]}},
                  {"id": 14, "post": 1, "parent": 0, "author": 0, "author_name": "Tech Notes » Links of the week",
                   "author_email": "", "author_url": "https://notes.example/2025/05/links/", "author_ip": "127.0.0.10",
                   "author_user_agent": "WordPress/6.1.9", "date": "2024-01-09T22:08:57", "date_gmt": "2024-01-09T21:08:57",
                   "content": {"raw": "[&#8230;] a pending pingback [&#8230;]"},
                   "status": "hold", "type": "pingback",
                   "_links": {"self": [{"href": "http://127.0.0.1:8089/wp-json/wp/v2/comments/14"}]}},
                  {"id": 16, "post": 1, "parent": 0, "author": 0, "author_name": "",
                   "author_email": "", "author_url": "", "author_ip": "2001:db8::d89",
                   "author_user_agent": "", "date": "2024-01-10T00:08:57", "date_gmt": "2024-01-09T23:08:57",
                   "content": {"raw": "No name, no email, no URL, no user agent."},
                   "status": "hold", "type": "comment",
                   "_links": {"self": [{"href": "http://127.0.0.1:8089/wp-json/wp/v2/comments/16"}]}},
                  {"id": 17, "post": 1, "parent": 0, "author": 0, "author_name": "Tom &amp; Jerry Fan",
                   "author_email": "TOM.Jerry+blog@Example.COM", "author_url": "https://example.com/?a=1&amp;b=2",
                   "author_ip": "2001:db8:e757:d290::eb6b", "author_user_agent": "curl/8",
                   "date": "2024-01-10T01:08:57", "date_gmt": "2024-01-10T00:08:57",
                   "content": {"raw": "Plain text with &amp; ampersand, \\"double\\" and 'single' quotes, 1  2, &lt;3 (kses eats that)."},
                   "status": "hold", "type": "comment",
                   "_links": {"self": [{"href": "http://127.0.0.1:8089/wp-json/wp/v2/comments/17"}]}},
                  {"id": 20, "post": 1, "parent": 0, "author": 0, "author_name": "Line Breaker",
                   "author_email": "lines@example.com", "author_url": "", "author_ip": "203.0.113.23",
                   "author_user_agent": "Mozilla/5.0", "date": "2024-01-10T04:08:57", "date_gmt": "2024-01-10T03:08:57",
                   "content": {"raw": "First line\\nsecond line (single newline)\\n\\nNew paragraph after a blank line.\\r\\nWindows line ending.\\tTab."},
                   "status": "approved", "type": "comment",
                   "_links": {"self": [{"href": "http://127.0.0.1:8089/wp-json/wp/v2/comments/20"}]}}
                ]
                """;
        WxrReaderTest.Collected fromRest = RestJsonReaderTest.read(rest);
        assertEquals("http://127.0.0.1:8089 | ", fromRest.sites.get(0));
        assertTrue(WxrReaderTest.read(WxrReaderTest.sample()).sites.get(0).startsWith("http://127.0.0.1:8089 | "));
        assertEquals(6, fromRest.comments.size());
        for (Comment r : fromRest.comments) {
            assertEquals(fromWxr.get(r.remoteId()), withoutAgent(r), "comment " + r.remoteId());
        }
    }
}
