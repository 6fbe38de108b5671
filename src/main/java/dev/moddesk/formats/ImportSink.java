package dev.moddesk.formats;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.Post;
import java.util.List;

/**
 * Receives what a reader finds, in file order: the site first, each post before its comments.
 * A reader calls {@link #warning} for a record it skips on purpose; a broken file throws {@link ImportException}.
 */
public interface ImportSink {
    void site(String baseUrl, String name);

    void post(Post post);

    void comment(Comment comment);

    /**
     * The site's meta of the comment just given (WXR's {@code wp:commentmeta}), all of it: it replaces what was kept
     * of that comment's meta. A source that carries no meta (REST, Disqus) never calls it, leaving the kept meta alone.
     */
    default void commentMeta(List<CommentMeta> meta) {
    }

    void warning(String message);
}
