package dev.moddesk.app.sync;

/**
 * What a push did: changes the site confirmed, changes that failed (still queued with their error), comments the
 * site answered 404 for (gone), and why the push ended early ({@code stopped}: cancelled, site unreachable), or
 * null.
 */
record PushCounts(long pushed, long failed, long gone, String stopped) {
    static final PushCounts NONE = new PushCounts(0, 0, 0, null);
}
