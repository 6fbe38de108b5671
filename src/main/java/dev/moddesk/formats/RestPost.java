package dev.moddesk.formats;

/**
 * A post or page of WordPress's REST API ({@code context=edit}), as the site sends it: {@code type} {@code post}
 * or {@code page}; {@code title} as stored (entity-encoded: {@code title.raw}, else {@code title.rendered});
 * {@code status} the post status ({@code publish}, {@code trash} …) and {@code commentStatus} {@code open} or
 * {@code closed}. Strings the object leaves out are empty.
 */
public record RestPost(long id, String type, String title, String link, String status, String commentStatus) {
}
