package dev.moddesk.core;

import java.util.Locale;
import java.util.Optional;

/**
 * Where a comment stands. The words are the ones of the command line and the JSON contracts;
 * WordPress spells them differently in WXR ({@code 1}, {@code 0}) and in REST ({@code hold}).
 */
public enum Status {
    PENDING("pending", "hold"),
    APPROVED("approved", "approved"),
    SPAM("spam", "spam"),
    TRASH("trash", "trash"),
    /** Read-only: the post is in the site's trash. */
    POST_TRASHED("post-trashed", "post-trashed"),
    /** Local tombstone: deleted permanently here, not yet pushed to the site. */
    DELETED("deleted", null),
    /** The site no longer has the comment (a REST pull or push got 404 for it): kept here, out of every count. */
    GONE("gone", null);

    private final String word;
    private final String restValue;

    Status(String word, String restValue) {
        this.word = word;
        this.restValue = restValue;
    }

    /** The word used on the command line, in JSON and in the database. */
    public String word() {
        return word;
    }

    /** The value WordPress REST expects in {@code POST /comments/{id}}; empty for the tombstone. */
    public Optional<String> restValue() {
        return Optional.ofNullable(restValue);
    }

    public static Optional<Status> fromWord(String word) {
        if (word == null) {
            return Optional.empty();
        }
        String w = word.trim().toLowerCase(Locale.ROOT);
        for (Status s : values()) {
            if (s.word.equals(w)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** A WXR {@code comment_approved} value or a REST {@code status} value. */
    public static Optional<Status> fromSite(String value) {
        if (value == null) {
            return Optional.empty();
        }
        switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "1": case "approved": case "approve":
                return Optional.of(APPROVED);
            case "0": case "hold": case "unapproved": case "pending":
                return Optional.of(PENDING);
            case "spam":
                return Optional.of(SPAM);
            case "trash":
                return Optional.of(TRASH);
            case "post-trashed":
                return Optional.of(POST_TRASHED);
            default:
                return Optional.empty();
        }
    }
}
