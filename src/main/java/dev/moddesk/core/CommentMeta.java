package dev.moddesk.core;

import java.util.Objects;

/**
 * One row of a comment's meta as the site keeps it (WordPress {@code wp_commentmeta}, exported as
 * {@code wp:commentmeta}): what its spam filters recorded, such as {@code akismet_result} or
 * {@code antispam_bee_reason}. The value is the stored text, PHP-serialised for arrays.
 */
public record CommentMeta(String key, String value) {
    public CommentMeta {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
