package dev.moddesk.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.moddesk.triage.Example;
import dev.moddesk.triage.YouTubeComments;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The labelled comments of the test resources (YouTube Spam Collection, CC BY 4.0: {@code triage/youtube/}) as a
 * WordPress REST export: each comment approved or spam by its label, or pending to be scored.
 */
public final class LabelledExport {
    public static final List<String> SOURCES = YouTubeComments.FILES;

    private LabelledExport() {
    }

    /** The comments of one source file, in file order. */
    public static List<Example> read(String source) {
        return YouTubeComments.file(source);
    }

    /**
     * Writes {@code comments} as a REST export of site {@code site} with ids from {@code firstId}: decided by their
     * labels when {@code decided}, else all pending.
     */
    public static void write(Path file, String site, long firstId, List<Example> comments, boolean decided)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartArray();
            long id = firstId;
            for (Example c : comments) {
                g.writeStartObject();
                g.writeNumberField("id", id);
                g.writeNumberField("post", 1);
                g.writeNumberField("parent", 0);
                g.writeNumberField("author", 0);
                g.writeStringField("author_name", c.facts().author());
                g.writeStringField("author_email", "");
                g.writeStringField("author_url", "");
                g.writeStringField("author_ip", "");
                g.writeStringField("date_gmt", String.format("2024-01-%02dT%02d:%02d:00", 1 + id % 28, id / 60 % 24,
                        id % 60));
                g.writeObjectFieldStart("content");
                g.writeStringField("raw", c.facts().content());
                g.writeEndObject();
                g.writeStringField("status", !decided ? "hold" : c.spam() ? "spam" : "approved");
                g.writeStringField("type", "comment");
                g.writeObjectFieldStart("_links");
                g.writeArrayFieldStart("self");
                g.writeStartObject();
                g.writeStringField("href", site + "/wp-json/wp/v2/comments/" + id);
                g.writeEndObject();
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
                id++;
            }
            g.writeEndArray();
        }
    }
}
