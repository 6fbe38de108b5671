package dev.moddesk.core;

/** Where a comment is seen on its site: its post's page at {@code #comment-ID}, as WordPress's own links go. */
public final class CommentLink {
    private CommentLink() {
    }

    /**
     * The comment's address on the post's page ({@code postLink} without its own fragment); the post's address
     * alone for a comment not on the site yet (no id there to point at); null without a post link.
     */
    public static String of(String postLink, long remoteId) {
        if (postLink == null || postLink.isBlank()) {
            return null;
        }
        int hash = postLink.indexOf('#');
        String page = hash < 0 ? postLink : postLink.substring(0, hash);
        return remoteId > 0 ? page + "#comment-" + remoteId : page;
    }
}
