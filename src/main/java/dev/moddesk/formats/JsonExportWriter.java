package dev.moddesk.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.moddesk.core.Comment;
import dev.moddesk.core.ExportRow;
import java.io.IOException;
import java.io.OutputStream;

/** JSON export: one array of objects with the CSV's fields; ids as numbers, missing decisions as null. */
final class JsonExportWriter implements ExportWriter {
    private final JsonGenerator g;

    JsonExportWriter(OutputStream out) throws IOException {
        g = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.writeStartArray();
    }

    @Override
    public void write(ExportRow r) throws IOException {
        Comment c = r.comment();
        g.writeStartObject();
        g.writeStringField("site", r.site());
        g.writeNumberField("id", c.remoteId());
        g.writeNumberField("post_id", c.postId());
        g.writeStringField("post_title", r.postTitle());
        g.writeNumberField("parent_id", c.parentId());
        g.writeStringField("status", r.status().word());
        g.writeStringField("author", c.author());
        g.writeStringField("email", c.email());
        g.writeStringField("url", c.url());
        g.writeStringField("ip", c.ip());
        g.writeStringField("date_gmt", ExportFields.dateGmt(c.dateGmt()));
        g.writeStringField("content", c.content());
        g.writeStringField("decided_by", r.decidedBy());
        g.writeStringField("decided_at", ExportFields.decidedAt(r.decidedAt()));
        g.writeEndObject();
    }

    @Override
    public void finish() throws IOException {
        g.writeEndArray();
        g.writeRaw('\n');
        g.flush();
    }
}
