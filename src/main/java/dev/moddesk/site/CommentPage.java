package dev.moddesk.site;

import dev.moddesk.formats.RestComment;
import java.util.List;

/**
 * One page of {@code GET /wp/v2/comments}: the comments read, why each of the others could not be read (one line
 * each, naming the comment), and what {@code X-WP-Total} and {@code X-WP-TotalPages} said.
 */
public record CommentPage(List<RestComment> comments, List<String> unreadable, int totalPages, long total) {
}
