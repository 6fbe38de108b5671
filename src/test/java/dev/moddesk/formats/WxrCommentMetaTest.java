package dev.moddesk.formats;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.Post;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A comment's wp:commentmeta reaches the sink right after the comment, all of it, in file order. */
class WxrCommentMetaTest {
    /** The order of what the reader handed over: comments by id, each meta list as its keys and values. */
    static final class Recorded implements ImportSink {
        final List<String> events = new ArrayList<>();

        @Override
        public void site(String baseUrl, String name) {
        }

        @Override
        public void post(Post post) {
        }

        @Override
        public void comment(Comment comment) {
            events.add("comment " + comment.remoteId());
        }

        @Override
        public void commentMeta(List<CommentMeta> meta) {
            events.add("meta " + meta.stream().map(m -> m.key() + "=" + m.value()).toList());
        }

        @Override
        public void warning(String message) {
            events.add("warning");
        }
    }

    static String meta(String key, String value) {
        return "\t\t<wp:commentmeta>\n\t<wp:meta_key><![CDATA[" + key + "]]></wp:meta_key>\n"
                + "\t\t\t<wp:meta_value><![CDATA[" + value + "]]></wp:meta_value>\n\t\t\t</wp:commentmeta>\n";
    }

    static String withMeta(String comment, String... metas) {
        return comment.replace("</wp:comment>", String.join("", metas) + "</wp:comment>");
    }

    private static Recorded read(String xml) {
        Recorded sink = new Recorded();
        new WxrReader("test.xml").read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), sink);
        return sink;
    }

    @Test
    void metaFollowsItsCommentInFileOrder() {
        String history = "a:2:{s:5:\"event\";s:10:\"check-spam\";s:4:\"user\";s:0:\"\";}";
        String xml = WxrReaderTest.wxr("1.2", WxrReaderTest.item(5, "Post", "https://garden.example/p",
                withMeta(WxrReaderTest.comment(1, "0", "comment", 0, "buy"), meta("akismet_result", "true"),
                        meta("akismet_history", history), meta("akismet_history", "second"))
                        + WxrReaderTest.comment(2, "1", "comment", 0, "hello")
                        + withMeta(WxrReaderTest.comment(3, "0", "comment", 0, "x"),
                        "<wp:commentmeta><wp:meta_value>no key</wp:meta_value></wp:commentmeta>",
                        meta("antispam_bee_reason", "css"))));
        assertEquals(List.of("comment 1", "meta [akismet_result=true, akismet_history=" + history
                        + ", akismet_history=second]", "comment 2", "meta []", "comment 3", "meta [antispam_bee_reason=css]"),
                read(xml).events);
    }

    @Test
    void aSkippedCommentTakesItsMetaWithIt() {
        String xml = WxrReaderTest.wxr("1.2", WxrReaderTest.item(5, "Post", "https://garden.example/p",
                withMeta(WxrReaderTest.comment(1, "0", "note", 0, "a note"), meta("k", "v"))
                        + withMeta(WxrReaderTest.comment(2, "0", "comment", 0, "real"), meta("k2", "v2"))));
        assertEquals(List.of("comment 2", "meta [k2=v2]"), read(xml).events);
    }

    @Test
    void wordPresssOwnExportKeepsItsMeta() throws IOException {
        Recorded sink = new Recorded();
        try (InputStream in = WxrCommentMetaTest.class.getResourceAsStream("/dev/moddesk/sample-export.xml")) {
            new WxrReader("sample-export.xml").read(in, sink);
        }
        assertEquals("meta [wp_peer_unfiltered=1]", sink.events.get(sink.events.indexOf("comment 1") + 1));
    }
}
