package dev.moddesk.core;

/**
 * A post that has comments, for the filter bar and the Posts list: its site's row id, the site's post id, its
 * title, and how many of its comments are pending and how many there are in all (every status the All view
 * shows).
 */
public record PostSummary(long siteId, long postId, String title, long pending, long total) {
    /** A post whose counts were not read. */
    public PostSummary(long siteId, long postId, String title) {
        this(siteId, postId, title, 0, 0);
    }
}
