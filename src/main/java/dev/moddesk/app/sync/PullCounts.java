package dev.moddesk.app.sync;

/**
 * What a pull did: comments read, of which inserted, updated (conflicts among them) and proved gone on the site.
 */
record PullCounts(long pulled, long inserted, long updated, long conflicts, long gone) {
    static final PullCounts NONE = new PullCounts(0, 0, 0, 0, 0);
}
