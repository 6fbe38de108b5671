package dev.moddesk.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.moddesk.core.SiteUrl;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Streams a JSON array of WordPress REST comment objects (the {@code context=edit} shape, as
 * {@code GET /wp/v2/comments?context=edit} returns them) into a sink, one object in memory at a time, read and
 * mapped as a pull reads and maps them ({@link RestJson}, {@link RestMapping}). The site is taken from each
 * object's {@code _links.self} address.
 */
public final class RestJsonReader {
    private static final ObjectMapper MAPPER = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxStringLength(FieldNormaliser.MAX_CONTENT * 2).build())
                    .build())
            // decimals kept as written (1E+3, 5001.0), so that a refused id is quoted as the file has it
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private final String file;
    private String siteSent;
    private final UnknownGmtDates unknownGmt = new UnknownGmtDates();

    public RestJsonReader(String file) {
        this.file = file;
    }

    public void read(InputStream in, ImportSink sink) {
        try (JsonParser p = MAPPER.createParser(in)) {
            JsonToken first = p.nextToken();
            if (first != JsonToken.START_ARRAY) {
                throw error(p, "expected a JSON array of WordPress REST comment objects");
            }
            JsonToken t;
            while ((t = p.nextToken()) != JsonToken.END_ARRAY) {
                if (t == null) {
                    throw error(p, "the file ends early (truncated?): the array is not closed");
                }
                if (t != JsonToken.START_OBJECT) {
                    throw error(p, "expected a comment object, found " + describe(t));
                }
                readComment(p, sink);
            }
            if (p.nextToken() != null) {
                throw error(p, "unexpected content after the array");
            }
            if (siteSent == null) {
                sink.site(SiteUrl.UNKNOWN, "");
            }
            unknownGmt.warning().ifPresent(sink::warning);
        } catch (JsonProcessingException e) {
            throw wrap(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the comment object the parser stands at; its place names it in every message. */
    private void readComment(JsonParser p, ImportSink sink) throws IOException {
        JsonLocation at = p.currentTokenLocation();
        int line = at.getLineNr();
        int column = at.getColumnNr();
        RestComment c;
        try {
            c = RestJson.comment(p);
        } catch (RestFormatException e) {
            throw new ImportException(file, line, column, e.getMessage(), null);
        }
        if (c.isNote()) {
            return;
        }
        String site = c.site();
        if (siteSent == null) {
            sink.site(site, "");
            siteSent = site;
        } else if (!siteSent.equals(site) && !SiteUrl.UNKNOWN.equals(site)) {
            throw new ImportException(file, line, column,
                    "comment " + c.id() + " comes from " + site + ", but this file began with " + siteSent
                            + "; one file holds one site", null);
        }
        RestMapping.comment(c, file, line, column, sink::warning, unknownGmt).ifPresent(sink::comment);
    }

    private static String describe(JsonToken t) {
        switch (t) {
            case START_ARRAY: return "an array";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.asString() == null ? t.name() : t.asString();
        }
    }

    private ImportException error(JsonParser p, String message) {
        JsonLocation l = p.currentTokenLocation();
        return new ImportException(file, l.getLineNr(), l.getColumnNr(), message, null);
    }

    private ImportException wrap(JsonProcessingException e) {
        JsonLocation l = e.getLocation();
        String m = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (m.contains("end-of-input")) {
            m = "the file ends early (truncated?): " + m;
        } else if (m.contains("UTF-8")) {
            m = "invalid UTF-8: " + m;
        }
        m = m.replace('\n', ' ');
        return new ImportException(file, l == null ? -1 : l.getLineNr(), l == null ? -1 : l.getColumnNr(),
                "malformed JSON: " + m, e);
    }
}
