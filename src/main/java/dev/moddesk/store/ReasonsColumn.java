package dev.moddesk.store;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * How a verdict's reasons are kept in {@code comments.reasons}: a JSON array of strings, strongest first. Written and
 * read by Jackson's streaming layer: its object mapper takes a quarter of a second to load on a cold JVM, which the
 * first verdicts an import writes waited for.
 */
final class ReasonsColumn {
    private static final JsonFactory JSON = new JsonFactory();

    private ReasonsColumn() {
    }

    static String write(List<String> reasons) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartArray();
            for (String reason : reasons) {
                g.writeString(reason);
            }
            g.writeEndArray();
        } catch (IOException e) {
            throw new UncheckedIOException("a list of strings is always JSON", e);
        }
        return out.toString();
    }

    /** The reasons in {@code column}; none when it is empty or not a JSON array of strings (a damaged row still shows). */
    static List<String> read(String column) {
        if (column == null || column.isBlank()) {
            return List.of();
        }
        try (JsonParser p = JSON.createParser(column)) {
            if (p.nextToken() != JsonToken.START_ARRAY) {
                return List.of();
            }
            List<String> reasons = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t != JsonToken.VALUE_STRING) {
                    return List.of();
                }
                reasons.add(p.getText());
            }
            return p.nextToken() == null ? List.copyOf(reasons) : List.of();
        } catch (IOException e) {
            return List.of();
        }
    }
}
