package dev.moddesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.Comment;
import dev.moddesk.core.Post;
import dev.moddesk.formats.ImportSink;
import dev.moddesk.formats.RestComment;
import dev.moddesk.formats.RestFormatException;
import dev.moddesk.formats.RestJsonReader;
import dev.moddesk.formats.RestMapping;
import dev.moddesk.formats.RestPost;
import dev.moddesk.formats.UnknownGmtDates;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class WordPressClientTest {
    private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(5), Duration.ofMillis(50));

    private FakeWordPress wp;
    private WordPressClient client;

    @BeforeEach
    void start() throws Exception {
        wp = new FakeWordPress();
        wp.comment(1, 10, "hold").comment(2, 10, "approved").comment(3, 11, "spam");
        client = new WordPressClient(SiteAddress.parse(wp.url()), FakeWordPress.USER, FakeWordPress.PASSWORD, FAST);
    }

    @AfterEach
    void stop() {
        client.close();
        wp.close();
    }

    @Test
    void verifiesCredentialsThroughUsersMe() {
        assertEquals("Site Admin", client.verify().name());
        assertEquals(1, wp.count("GET /wp-json/wp/v2/users/me"));
    }

    @Test
    void aWrongPasswordIsAClearAuthenticationErrorWithoutThePassword() {
        try (WordPressClient wrong = new WordPressClient(SiteAddress.parse(wp.url()), "admin", "not-the-password", FAST)) {
            SiteAuthException e = assertThrows(SiteAuthException.class, wrong::verify);
            assertTrue(e.getMessage().startsWith("authentication failed"), e.getMessage());
            assertTrue(e.getMessage().contains("rest_not_logged_in"), e.getMessage());
            assertFalse(e.getMessage().contains("not-the-password"));
            assertFalse(wrong.toString().contains("not-the-password"));
        }
        assertEquals(1, wp.count("GET"), "401 is not retried");
    }

    @Test
    void forbiddenIsAnAuthErrorToo() {
        wp.fault("status=hold", 1, 403, "{\"code\":\"rest_forbidden_param\",\"message\":\"no\"}");
        SiteAuthException e = assertThrows(SiteAuthException.class, () -> client.comments("hold", "comment", 1, 100));
        assertTrue(e.getMessage().contains("403"), e.getMessage());
    }

    @Test
    void listsWithTotalsAndTheApproveFilter() {
        CommentPage p = client.comments("approve", "comment", 1, 100);
        assertEquals(1, p.comments().size());
        assertEquals(2, p.comments().get(0).id());
        assertEquals(1, p.total());
        assertEquals(1, p.totalPages());
        assertTrue(wp.requests.get(0).contains("context=edit"), wp.requests.get(0));
    }

    @Test
    void aListedCommentComesAsATypedRecordWithEveryFieldAsTheSiteSentIt() {
        wp.tweak(1, c -> {
            c.put("parent", 7);
            c.put("author", 3);
            c.put("author_name", "Tom &amp; Jerry");
            c.put("author_url", "https://example.com/?a=1&amp;b=2");
            c.with("content").put("raw", "raw\r\ntext");
        });
        RestComment c = client.comments("hold", "comment", 1, 100).comments().get(0);
        assertEquals(new RestComment(1, 10, 7, 3, "Tom &amp; Jerry", "a1@example.com", "https://example.com/?a=1&amp;b=2",
                "192.0.2.1", "UA", "2025-01-01T10:00:00", "2025-01-01T09:00:00", "raw\r\ntext", "comment", "hold",
                wp.url() + "/wp-json/wp/v2/comments/1"), c, "not decoded or normalised: that is the mapping's job");
        assertEquals(wp.url(), c.site());
        assertFalse(c.isNote());
    }

    @Test
    void aCommentThatCannotBeReadIsNamedWithoutSpoilingItsPage() {
        wp.comment(4, 10, "hold").tweak(4, c -> c.put("post", 10.5));
        CommentPage p = client.comments("hold", "comment", 1, 100);
        assertEquals(List.of(1L), p.comments().stream().map(RestComment::id).toList());
        assertEquals(List.of("comment 4: \"post\" is 10.5, not a whole number"), p.unreadable());
        assertEquals(2, p.total());
        RestFormatException e = assertThrows(RestFormatException.class, () -> client.comment(4));
        assertTrue(e.getMessage().contains("\"post\""), e.getMessage());
    }

    @Test
    void theClientAndTheFileImportMapOneCommentAlike() {
        wp.tweak(2, c -> c.put("author_name", "Tom &amp; Jerry"));
        Comment pulled = RestMapping.comment(client.comment(2).orElseThrow(), w -> { }, new UnknownGmtDates())
                .orElseThrow();
        List<String> sites = new ArrayList<>();
        List<Comment> imported = new ArrayList<>();
        new RestJsonReader("one.json").read(new ByteArrayInputStream(("[" + wp.json(2) + "]")
                .getBytes(StandardCharsets.UTF_8)), new ImportSink() {
                    @Override
                    public void site(String baseUrl, String name) {
                        sites.add(baseUrl);
                    }

                    @Override
                    public void post(Post post) {
                    }

                    @Override
                    public void comment(Comment comment) {
                        imported.add(comment);
                    }

                    @Override
                    public void warning(String message) {
                    }
                });
        assertEquals(List.of(pulled), imported);
        assertEquals(List.of(wp.url()), sites);
        assertEquals("Tom & Jerry", pulled.author(), "normalised once, the same way (sync rule 7 in the README)");
    }

    @Test
    void postsComeAsTypedRecords() {
        wp.post(10, "post", "Tom &amp; Jerry", "trash", "closed").post(11, "page", "About", "publish", "open");
        assertEquals(List.of(new RestPost(10, "post", "Tom &amp; Jerry", wp.url() + "/?p=10", "trash", "closed")),
                client.posts("posts", List.of(10L, 11L)));
        assertEquals(List.of(11L), client.posts("pages", List.of(10L, 11L)).stream().map(RestPost::id).toList());
    }

    @Test
    void retries503And429ThenSucceeds() {
        wp.fault("status=hold", 2, 503, "busy");
        wp.fault(r -> r.contains("status=hold"), 1, 429, "{\"code\":\"too_many\"}", Map.of("Retry-After", "0"));
        CommentPage p = client.comments("hold", "comment", 1, 100);
        assertEquals(1, p.comments().size());
        assertEquals(4, wp.count("GET /wp-json/wp/v2/comments?"));
    }

    @Test
    void givesUpAfterTheRetryBudgetWithTheStatus() {
        wp.fault("status=hold", 10, 502, "bad gateway");
        SiteHttpException e = assertThrows(SiteHttpException.class, () -> client.comments("hold", "comment", 1, 100));
        assertEquals(502, e.status());
        assertEquals(4, wp.count("GET /wp-json/wp/v2/comments?"));
        assertTrue(e.getMessage().contains("4 attempts"), e.getMessage());
    }

    @Test
    void settingTheStatusItAlreadyHasIsDoneAfterReReading() {
        assertEquals("approved", client.setStatus(2, "approved", null, null).status());
        assertEquals(1, wp.count("POST /wp-json/wp/v2/comments/2"), "the 500 'failed edit' answer is not retried");
        assertEquals(1, wp.count("GET /wp-json/wp/v2/comments/2"));
    }

    @Test
    void setsAStatusAndAnswersTheCommentAsTheSiteHasItNow() {
        RestComment spam = client.setStatus(1, "spam", "192.0.2.1", "UA");
        assertEquals("spam", spam.status());
        assertEquals("192.0.2.1", spam.authorIp(), "the commenter's IP went back with the status");
        assertEquals("UA", spam.authorUserAgent());
        assertEquals("spam", wp.status(1));
        assertEquals("hold", client.setStatus(3, "hold", null, null).status());
    }

    @Test
    void a404IsNotFound() {
        SiteHttpException e = assertThrows(SiteHttpException.class, () -> client.setStatus(99, "approved", null, null));
        assertTrue(e.notFound());
        assertEquals("rest_comment_invalid_id", e.code());
        assertTrue(client.comment(99).isEmpty());
        assertTrue(client.comment(1).isPresent());
    }

    @Test
    void deletesPermanentlyWithForce() {
        client.deletePermanently(3);
        assertEquals(null, wp.status(3));
        assertTrue(wp.requests.contains("DELETE /wp-json/wp/v2/comments/3?force=true"), wp.requests.toString());
        assertTrue(assertThrows(SiteHttpException.class, () -> client.deletePermanently(3)).notFound());
    }

    @Test
    void anUnreachableSiteIsReportedAfterRetries() {
        String url = wp.url();
        wp.close();
        try (WordPressClient gone = new WordPressClient(SiteAddress.parse(url), "admin", "pw", FAST)) {
            SiteUnreachableException e = assertThrows(SiteUnreachableException.class,
                    () -> gone.comments("hold", "comment", 1, 100));
            assertTrue(e.getMessage().contains("4 attempts"), e.getMessage());
        }
    }

    @Test
    void fallsBackToRestRouteWhenTheSiteHasNoPrettyPermalinks() {
        wp.fault("/wp-json/wp/v2/users/me", 1, 404, "<html>Not Found</html>");
        // the fake knows only /wp-json/ routes: the fallback asks ?rest_route= and gets the fake's 404 page
        assertThrows(SiteHttpException.class, client::verify);
        assertTrue(wp.requests.stream().anyMatch(r -> r.contains("rest_route=/wp/v2/users/me")), wp.requests.toString());
    }

    @Test
    void redirectsAreNotFollowed() {
        wp.fault("users/me", 1, 301, "");
        SiteHttpException e = assertThrows(SiteHttpException.class, client::verify);
        assertEquals(301, e.status());
    }

    @Test
    void addressesNeedHttpsExceptOnLoopback() {
        for (String ok : List.of("https://example.com", "https://Example.COM/blog/", "http://127.0.0.1:8080",
                "http://127.1.2.3", "http://localhost:9000/wp", "http://[::1]:8080")) {
            SiteAddress.parse(ok);
        }
        for (String bad : List.of("http://example.com", "http://10.0.0.1", "http://192.168.1.2:8080", "ftp://example.com",
                "example.com", "", "https://user:pw@example.com", "http://127.0.0.1.example.com")) {
            assertThrows(SiteException.class, () -> SiteAddress.parse(bad), bad);
        }
        assertTrue(assertThrows(SiteException.class, () -> SiteAddress.parse("http://example.com")).getMessage()
                .contains("HTTPS is required"));
        assertEquals("https://example.com/blog", SiteAddress.parse("https://Example.COM/blog/").identity());
        assertEquals("https://example.com/blog", SiteAddress.parse("https://Example.COM/blog/").base().toString());
    }
}
