package dev.moddesk.testing;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The labelled comments of the test resources (YouTube Spam Collection, CC BY 4.0: {@code triage/youtube/}) as a
 * WordPress REST export: each comment approved or spam by its label, or pending to be scored.
 */
public final class LabelledExport {
    /** One labelled comment: its author, text and whether a person labelled it spam. */
    public record Labelled(String author, String content, boolean spam) { }

    public static final List<String> SOURCES = List.of("Youtube01-Psy.csv", "Youtube02-KatyPerry.csv",
            "Youtube03-LMFAO.csv");

    private LabelledExport() {
    }

    /** The comments of one source file, in file order. */
    public static List<Labelled> read(String source) {
        String resource = "/dev/moddesk/triage/youtube/" + source;
        try (Reader in = new InputStreamReader(Objects.requireNonNull(LabelledExport.class.getResourceAsStream(resource),
                resource), StandardCharsets.UTF_8)) {
            List<Labelled> all = new ArrayList<>();
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
                all.add(new Labelled(r.get("AUTHOR"), r.get("CONTENT"), "1".equals(r.get("label").strip())));
            }
            return all;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Writes {@code comments} as a REST export of site {@code site} with ids from {@code firstId}: decided by their
     * labels when {@code decided}, else all pending.
     */
    public static void write(Path file, String site, long firstId, List<Labelled> comments, boolean decided)
            throws IOException {
        try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), com.fasterxml.jackson.core.JsonEncoding.UTF8)) {
            g.writeStartArray();
            long id = firstId;
            for (Labelled c : comments) {
                g.writeStartObject();
                g.writeNumberField("id", id);
                g.writeNumberField("post", 1);
                g.writeNumberField("parent", 0);
                g.writeNumberField("author", 0);
                g.writeStringField("author_name", c.author());
                g.writeStringField("author_email", "");
                g.writeStringField("author_url", "");
                g.writeStringField("author_ip", "");
                g.writeStringField("date_gmt", String.format("2024-01-%02dT%02d:%02d:00", 1 + id % 28, id / 60 % 24,
                        id % 60));
                g.writeObjectFieldStart("content");
                g.writeStringField("raw", c.content());
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
