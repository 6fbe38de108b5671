package dev.moddesk.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.SiteUrl;
import dev.moddesk.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Streams a JSON array of WordPress REST comment objects (the {@code context=edit} shape, as
 * {@code GET /wp/v2/comments?context=edit} returns them) into a sink, one object in memory at a time.
 * The site is taken from each object's {@code _links.self} address.
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
                JsonLocation at = p.currentTokenLocation();
                JsonNode node = MAPPER.readTree(p);
                read(node, at, sink);
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

    private void read(JsonNode c, JsonLocation at, ImportSink sink) {
        int line = at.getLineNr();
        int column = at.getColumnNr();
        long id = requireId(c, "id", file, line, column);
        if (isNote(c)) {
            return;
        }
        String site = siteOf(c);
        if (siteSent == null) {
            sink.site(site, "");
            siteSent = site;
        } else if (!siteSent.equals(site) && !SiteUrl.UNKNOWN.equals(site)) {
            throw new ImportException(file, line, column,
                    "comment " + id + " comes from " + site + ", but this file began with " + siteSent
                            + "; one file holds one site", null);
        }
        map(c, file, line, column, sink::warning, unknownGmt).ifPresent(sink::comment);
    }

    /**
     * Maps one WordPress REST comment object ({@code context=edit} shape) to a comment, with the same
     * normalisation as a file import: what a pull from a live site uses. Empty for a {@code note} entry and for
     * a comment skipped on purpose (too long content, reported to {@code warnings}); a malformed object throws
     * {@link ImportException} naming {@code where}. A comment without a GMT date is counted in {@code unknownGmt},
     * whose one warning the caller gives at the end.
     */
    public static Optional<Comment> comment(JsonNode c, String where, Consumer<String> warnings,
                                            UnknownGmtDates unknownGmt) {
        requireId(c, "id", where, -1, -1);
        if (isNote(c)) {
            return Optional.empty();
        }
        return map(c, where, -1, -1, warnings, unknownGmt);
    }

    private static boolean isNote(JsonNode c) {
        return "note".equalsIgnoreCase(text(c, "type"));
    }

    private static Optional<Comment> map(JsonNode c, String file, int line, int column, Consumer<String> warnings,
                                         UnknownGmtDates unknownGmt) {
        long id = requireId(c, "id", file, line, column);
        String type = text(c, "type");
        String statusText = text(c, "status");
        Optional<Status> status = Status.fromSite(statusText);
        if (status.isEmpty()) {
            throw new ImportException(file, line, column, "comment " + id + ": unknown status '" + statusText + "'", null);
        }
        JsonNode content = c.get("content");
        String raw = content == null ? null : content.isTextual() ? content.asText() : text(content, "raw");
        if (raw == null && content != null) {
            raw = text(content, "rendered");
        }
        if (raw == null) {
            throw new ImportException(file, line, column, "comment " + id + " has no content", null);
        }
        if (raw.length() > FieldNormaliser.MAX_CONTENT) {
            warnings.accept(file + (line > 0 ? ":" + line : "") + ": comment " + id + " skipped: its content is "
                    + raw.length() + " characters, over the limit of " + FieldNormaliser.MAX_CONTENT);
            return Optional.empty();
        }
        long date;
        try {
            date = WpDates.commentDate("date_gmt", text(c, "date_gmt"), "date", text(c, "date"),
                    () -> unknownGmt.add(line > 0 ? file + ":" + line + ": comment " + id : file));
        } catch (DateTimeException e) {
            throw new ImportException(file, line, column, "comment " + id + ": " + e.getMessage(), null);
        }
        return Optional.of(new Comment(id, requireId(c, "post", file, line, column),
                optionalId(c, "parent", file, line, column),
                FieldNormaliser.author(text(c, "author_name")),
                FieldNormaliser.plain(text(c, "author_email")),
                FieldNormaliser.url(text(c, "author_url")),
                FieldNormaliser.plain(text(c, "author_ip")),
                FieldNormaliser.agent(text(c, "author_user_agent")),
                optionalId(c, "author", file, line, column),
                date, CommentType.fromSite(type), FieldNormaliser.content(raw), status.get()));
    }

    /**
     * The site's base URL from {@code _links.self}: the part before {@code /wp-json/} or {@code ?rest_route=},
     * without the {@code /index.php} that WordPress puts there when pretty permalinks are off.
     */
    static String siteOf(JsonNode c) {
        JsonNode self = c.path("_links").path("self").path(0).path("href");
        if (self.isTextual()) {
            String href = self.asText();
            int cut = href.indexOf("/wp-json/");
            if (cut < 0) {
                cut = href.indexOf("?rest_route=");
            }
            if (cut >= 0) {
                String base = href.substring(0, cut);
                // WordPress writes /index.php?rest_route= (plain permalinks) or /index.php/wp-json/ (index
                // permalinks) into _links; the site itself is the folder that holds index.php.
                if (base.endsWith("/index.php")) {
                    base = base.substring(0, base.length() - "/index.php".length());
                }
                return SiteUrl.normalise(base);
            }
        }
        return SiteUrl.UNKNOWN;
    }

    private static long requireId(JsonNode c, String field, String file, int line, int column) {
        JsonNode v = c.get(field);
        if (v == null || v.isNull()) {
            throw new ImportException(file, line, column, "not a WordPress REST comment: \"" + field
                    + "\" is missing", null);
        }
        long id = wholeNumber(v, field, file, line, column);
        if (id <= 0) {
            throw new ImportException(file, line, column, "\"" + field + "\" is " + id + ", not a positive number",
                    null);
        }
        return id;
    }

    private static long optionalId(JsonNode c, String field, String file, int line, int column) {
        JsonNode v = c.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        long id = wholeNumber(v, field, file, line, column);
        if (id < 0) {
            throw new ImportException(file, line, column, "\"" + field + "\" is " + id + ", not 0 or more", null);
        }
        return id;
    }

    /**
     * An id as WordPress writes it: a JSON integer that fits a long. A fraction (5001.5) or an exponent (1e3) is
     * refused rather than truncated, and so are strings and numbers too large for any id.
     */
    private static long wholeNumber(JsonNode v, String field, String file, int line, int column) {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        String shown = v.isTextual() ? "\"" + clip(v.asText()) + "\"" : clip(v.toString());
        String why = v.isIntegralNumber() ? "too large for an id" : v.isNumber() ? "not a whole number" : "not a number";
        throw new ImportException(file, line, column, "\"" + field + "\" is " + shown + ", " + why, null);
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
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
