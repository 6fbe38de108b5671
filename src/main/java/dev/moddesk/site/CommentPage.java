package dev.moddesk.site;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** One page of {@code GET /wp/v2/comments}: the comment objects and what {@code X-WP-Total(Pages)} said. */
public record CommentPage(List<JsonNode> items, int totalPages, long total) {
}
