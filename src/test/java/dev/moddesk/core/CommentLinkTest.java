package dev.moddesk.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CommentLinkTest {
    @Test
    void theCommentOnItsPostsPage() {
        assertEquals("https://example.test/?p=2#comment-17", CommentLink.of("https://example.test/?p=2", 17));
        assertEquals("https://example.test/hello/#comment-5", CommentLink.of("https://example.test/hello/#respond", 5));
    }

    @Test
    void aReplyNotOnTheSiteYet_thePostOnly_andNoPostNoLink() {
        assertEquals("https://example.test/hello/", CommentLink.of("https://example.test/hello/", -3));
        assertNull(CommentLink.of(null, 5));
        assertNull(CommentLink.of(" ", 5));
    }
}
