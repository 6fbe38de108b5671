package dev.moddesk.core;

/** A post that has comments, for the filter bar: its site's row id, the site's post id, its title. */
public record PostSummary(long siteId, long postId, String title) {
}
