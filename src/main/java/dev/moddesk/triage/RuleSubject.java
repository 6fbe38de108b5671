package dev.moddesk.triage;

import dev.moddesk.core.CommentType;
import java.util.Objects;

/**
 * A comment as the discussion rules see it. {@code agent} may be null (WXR has none); {@code content} is the HTML as
 * stored; {@code authorHasApprovedComment} is whether the site has an approved comment with this author name and
 * email (WordPress's own question for "comment author must have a previously approved comment"), which the caller asks
 * the store.
 */
public record RuleSubject(String author, String email, String url, String ip, String agent, String content,
                          CommentType type, boolean authorHasApprovedComment) {
    public RuleSubject {
        author = Objects.requireNonNullElse(author, "");
        email = Objects.requireNonNullElse(email, "");
        url = Objects.requireNonNullElse(url, "");
        ip = Objects.requireNonNullElse(ip, "");
        agent = Objects.requireNonNullElse(agent, "");
        content = Objects.requireNonNullElse(content, "");
        Objects.requireNonNull(type, "type");
    }
}
