package dev.moddesk.app.sync;

/** Progress of a running sync, called from the syncing thread (the desk coalesces it onto its UI thread). */
@FunctionalInterface
public interface SyncProgress {
    SyncProgress NONE = (phase, done, total) -> { };

    /**
     * @param phase what is running: {@code connect}, {@code pull}, {@code posts}, {@code check} (site-side
     *              deletions), {@code push}
     * @param done  units done in this phase (comments listed, posts, comments checked, outbox entries)
     * @param total units expected, or -1 when not known yet
     */
    void update(String phase, long done, long total);
}
