package dev.moddesk.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/**
 * JSON on standard output, keys in the order the contract lists them. Uses Jackson's streaming generator,
 * not its object mapper, whose start-up alone costs more than a {@code stats} query.
 */
final class Json {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Json() {
    }

    static void print(PrintWriter out, Map<String, ?> object) {
        try (JsonGenerator g = generator(out)) {
            value(g, object);
            g.flush();
            out.println();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonGenerator generator(PrintWriter out) {
        return generator(out, Charset.defaultCharset());
    }

    /**
     * {@code charset} is what {@code out} encodes to; standard output's writer uses the platform's, which before
     * Java 18 is ASCII in the C locale. Unless it is UTF-8, text beyond ASCII is written as JSON escapes: it then
     * reaches the reader exactly instead of as question marks.
     */
    static JsonGenerator generator(PrintWriter out, Charset charset) {
        try {
            JsonGenerator g = FACTORY.createGenerator(out);
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            if (!StandardCharsets.UTF_8.equals(charset)) {
                g.setHighestNonEscapedChar(0x7f);
            }
            return g;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void value(JsonGenerator g, Object v) throws IOException {
        if (v == null) {
            g.writeNull();
        } else if (v instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                value(g, e.getValue());
            }
            g.writeEndObject();
        } else if (v instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                value(g, item);
            }
            g.writeEndArray();
        } else if (v instanceof Long || v instanceof Integer) {
            g.writeNumber(((Number) v).longValue());
        } else if (v instanceof Number n) {
            g.writeNumber(n.doubleValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b);
        } else {
            g.writeString(String.valueOf(v));
        }
    }
}
