package dev.moddesk.formats;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.moddesk.core.AuditEntry;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * The audit log as CSV (formula-safe, like the comment export) or as a JSON array with the same fields; an edit's
 * text before and after (a reply's content) is the {@code detail} JSON object, as a JSON text in the CSV.
 */
public final class AuditExportWriter {
    static final List<String> COLUMNS = List.of("id", "at", "moderator", "site", "comment_id", "action", "from_status",
            "to_status", "group_id", "kind", "detail");

    private final CSVPrinter csv;
    private final JsonGenerator json;

    public AuditExportWriter(OutputStream out, ExportFormat format) throws IOException {
        if (format == ExportFormat.CSV) {
            csv = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)),
                    CSVFormat.RFC4180.builder().setHeader(COLUMNS.toArray(String[]::new)).get());
            json = null;
        } else if (format == ExportFormat.JSON) {
            csv = null;
            json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.writeStartArray();
        } else {
            throw new IllegalArgumentException("the audit log exports as csv or json, not " + format.word());
        }
    }

    public void write(AuditEntry e) throws IOException {
        String at = ExportFields.decidedAt(e.at());
        if (csv != null) {
            csv.printRecord(e.id(), at, CsvExportWriter.safe(e.moderator()), CsvExportWriter.safe(e.site()),
                    e.commentId(), e.action(), e.fromStatus(), e.toStatus(), e.groupId(), e.kind(),
                    CsvExportWriter.safe(e.detail()));
            return;
        }
        json.writeStartObject();
        json.writeNumberField("id", e.id());
        json.writeStringField("at", at);
        json.writeStringField("moderator", e.moderator());
        json.writeStringField("site", e.site());
        json.writeNumberField("comment_id", e.commentId());
        json.writeStringField("action", e.action());
        json.writeStringField("from_status", e.fromStatus());
        json.writeStringField("to_status", e.toStatus());
        if (e.groupId() == null) {
            json.writeNullField("group_id");
        } else {
            json.writeNumberField("group_id", e.groupId());
        }
        json.writeStringField("kind", e.kind());
        json.writeFieldName("detail");
        if (e.detail() == null) {
            json.writeNull();
        } else {
            json.writeRawValue(e.detail()); // valid JSON: the database checks it (schema 8)
        }
        json.writeEndObject();
    }

    public void finish() throws IOException {
        if (csv != null) {
            csv.flush();
        } else {
            json.writeEndArray();
            json.writeRaw('\n');
            json.flush();
        }
    }
}
