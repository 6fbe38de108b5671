package dev.moddesk.core;

import java.util.Objects;

/**
 * The part of a comment a moderator can edit: the content (raw HTML, as the site stores it) and the author's
 * name, email and URL (in the decoded form the store keeps, see {@code formats.FieldNormaliser}).
 */
public record CommentText(String content, String author, String email, String url) {
    public CommentText {
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(url, "url");
    }

    /** This text with each field the edit names (non-null) put in. */
    public CommentText with(String newContent, String newAuthor, String newEmail, String newUrl) {
        return new CommentText(newContent != null ? newContent : content, newAuthor != null ? newAuthor : author,
                newEmail != null ? newEmail : email, newUrl != null ? newUrl : url);
    }
}
