package dev.moddesk.core;

import java.util.Objects;

/**
 * A comment as the site has it. Identity is (site, {@code remoteId}); {@code postId} and {@code parentId}
 * are the site's ids too ({@code parentId} 0 for a top-level comment). {@code agent} is null when the
 * source does not carry it (WXR has no user agent). {@code dateGmt} is seconds since the epoch, UTC.
 */
public record Comment(long remoteId, long postId, long parentId, String author, String email, String url,
                      String ip, String agent, long userId, long dateGmt, CommentType type, String content,
                      Status siteStatus) {
    public Comment {
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(ip, "ip");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(siteStatus, "siteStatus");
    }
}
