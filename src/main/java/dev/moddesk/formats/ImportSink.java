package dev.moddesk.formats;

import dev.moddesk.core.Comment;
import dev.moddesk.core.Post;

/**
 * Receives what a reader finds, in file order: the site first, each post before its comments.
 * A reader calls {@link #warning} for a record it skips on purpose; a broken file throws {@link ImportException}.
 */
public interface ImportSink {
    void site(String baseUrl, String name);

    void post(Post post);

    void comment(Comment comment);

    void warning(String message);
}
