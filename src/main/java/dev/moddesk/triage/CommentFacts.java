package dev.moddesk.triage;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import java.util.Objects;

/**
 * What the triage reads of a comment: the author's fields as the store keeps them, the user agent ({@code null} when
 * unknown), the type and the content as the site stores it (HTML with entities, or plain text with bare URLs).
 */
public record CommentFacts(String author, String email, String url, String ip, String agent, CommentType type,
                           String content) {
    public CommentFacts {
        author = Objects.requireNonNullElse(author, "");
        email = Objects.requireNonNullElse(email, "");
        url = Objects.requireNonNullElse(url, "");
        ip = Objects.requireNonNullElse(ip, "");
        type = Objects.requireNonNullElse(type, CommentType.COMMENT);
        content = Objects.requireNonNullElse(content, "");
    }

    public static CommentFacts of(Comment c) {
        return new CommentFacts(c.author(), c.email(), c.url(), c.ip(), c.agent(), c.type(), c.content());
    }
}
