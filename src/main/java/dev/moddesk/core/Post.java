package dev.moddesk.core;

/** A post (or page) that comments hang under; {@code remoteId} is the site's post id. */
public record Post(long remoteId, String title, String link, String type, String status, String commentStatus) {
}
