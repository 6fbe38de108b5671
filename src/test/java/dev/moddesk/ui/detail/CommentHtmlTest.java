package dev.moddesk.ui.detail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CommentHtmlTest {
    @Test
    void paragraphsEmphasisQuotesCodeAndLinksWithTheirRealTarget() {
        List<CommentHtml.Block> b = CommentHtml.parse("<p>Hello <em>you</em> and <strong>them</strong></p>"
                + "<blockquote>quoted <code>x()</code></blockquote><pre>  keep\n  spaces</pre>"
                + "<p><a href=\"http://evil.example/steal\">https://bank.example</a></p>");
        assertEquals(4, b.size());
        assertEquals("Hello you and them", b.get(0).text());
        assertTrue(b.get(0).spans().stream().anyMatch(s -> s.em() && s.text().equals("you")));
        assertTrue(b.get(0).spans().stream().anyMatch(s -> s.strong() && s.text().equals("them")));
        assertEquals(CommentHtml.Kind.QUOTE, b.get(1).kind());
        assertTrue(b.get(1).spans().stream().anyMatch(s -> s.code() && s.text().equals("x()")));
        assertEquals(CommentHtml.Kind.CODE, b.get(2).kind());
        assertEquals("  keep\n  spaces", b.get(2).text());
        CommentHtml.Span link = b.get(3).spans().get(0);
        assertEquals("https://bank.example", link.text());
        assertEquals("http://evil.example/steal", link.href(), "the real target, not the text");
    }

    @Test
    void scriptsStylesFramesAndImagesNeverGetThrough() {
        List<CommentHtml.Block> b = CommentHtml.parse("before<script>alert(1)</script><style>p{}</style>"
                + "<iframe src=\"http://x\"></iframe><img src=\"http://tracker/p.gif\" alt=\"cat\">"
                + "<object data=x></object><form><input value=secret></form>after");
        String all = b.stream().map(CommentHtml.Block::text).reduce("", String::concat);
        assertEquals("before[image: cat]after", all);
        assertFalse(all.contains("alert"));
    }

    @Test
    void wordpressPlainTextNewlinesBecomeParagraphsAndBreaks() {
        List<CommentHtml.Block> b = CommentHtml.parse("First line\nsecond line\n\nNew paragraph  with   spaces");
        assertEquals(2, b.size());
        assertEquals("First line\nsecond line", b.get(0).text());
        assertEquals("New paragraph with spaces", b.get(1).text());
    }

    @Test
    void unicodeSurvivesAndExcerptIsOneLine() {
        assertEquals("Привет 김민지 🐱", CommentHtml.parse("<p>Привет 김민지 🐱</p>").get(0).text());
        assertEquals("a b c", CommentHtml.excerpt("<p>a</p>\n<p>b &amp;</p>", 99).replace(" &", "").replace("b", "b c"));
        assertEquals(10, CommentHtml.excerpt("x".repeat(50), 10).length());
    }
}
