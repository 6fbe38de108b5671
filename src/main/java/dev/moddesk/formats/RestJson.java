package dev.moddesk.formats;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;

/**
 * The one reading of WordPress's REST objects into {@link RestComment} and {@link RestPost}: which field holds
 * what, and the checks no WordPress answer fails (ids are whole numbers, never truncated). Used by
 * {@link WordPressClient} and, through {@link #comment(JsonParser)}, by the file import of REST JSON.
 */
public final class RestJson {
    private RestJson() {
    }

    /**
     * Reads the comment object the parser stands at ({@code START_OBJECT}) and moves past it. Numbers keep the
     * form the parser's codec gives them, so a refused id is quoted as written when the codec keeps decimals.
     *
     * @throws RestFormatException when an id is missing or not a whole number
     */
    public static RestComment comment(JsonParser parser) throws IOException {
        JsonNode node = parser.readValueAsTree();
        return comment(node);
    }

    public static RestComment comment(JsonNode c) {
        return new RestComment(requireId(c, "id"), requireId(c, "post"), optionalId(c, "parent"),
                optionalId(c, "author"), text(c, "author_name"), text(c, "author_email"), text(c, "author_url"),
                text(c, "author_ip"), text(c, "author_user_agent"), text(c, "date"), text(c, "date_gmt"),
                content(c.get("content")), text(c, "type"), text(c, "status"),
                text(c.path("_links").path("self").path(0), "href"));
    }

    public static RestPost post(JsonNode p) {
        JsonNode title = p.path("title");
        String stored = title.isTextual() ? title.asText()
                : title.path("raw").isTextual() ? title.path("raw").asText() : title.path("rendered").asText("");
        return new RestPost(p.path("id").asLong(), p.path("type").asText(""), stored, p.path("link").asText(""),
                p.path("status").asText(""), p.path("comment_status").asText(""));
    }

    /** {@code content.raw}, else {@code content.rendered}, or the content itself when it is a string; else null. */
    private static String content(JsonNode content) {
        if (content == null) {
            return null;
        }
        if (content.isTextual()) {
            return content.asText();
        }
        String raw = text(content, "raw");
        return raw != null ? raw : text(content, "rendered");
    }

    private static long requireId(JsonNode c, String field) {
        JsonNode v = c.get(field);
        if (v == null || v.isNull()) {
            throw new RestFormatException("not a WordPress REST comment: \"" + field + "\" is missing");
        }
        long id = wholeNumber(v, field);
        if (id <= 0) {
            throw new RestFormatException("\"" + field + "\" is " + id + ", not a positive number");
        }
        return id;
    }

    private static long optionalId(JsonNode c, String field) {
        JsonNode v = c.get(field);
        if (v == null || v.isNull()) {
            return 0;
        }
        long id = wholeNumber(v, field);
        if (id < 0) {
            throw new RestFormatException("\"" + field + "\" is " + id + ", not 0 or more");
        }
        return id;
    }

    /**
     * An id as WordPress writes it: a JSON integer that fits a long. A fraction (5001.5) or an exponent (1e3) is
     * refused rather than truncated, and so are strings and numbers too large for any id.
     */
    private static long wholeNumber(JsonNode v, String field) {
        if (v.isIntegralNumber() && v.canConvertToLong()) {
            return v.asLong();
        }
        String shown = v.isTextual() ? "\"" + Quoted.clip(v.asText()) + "\"" : Quoted.clip(v.toString());
        String why = v.isIntegralNumber() ? "too large for an id" : v.isNumber() ? "not a whole number" : "not a number";
        throw new RestFormatException("\"" + field + "\" is " + shown + ", " + why);
    }

    /** A field's value as text; null when it is missing, null, an object or an array. */
    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }
}
