package dev.moddesk.app.sync;

import java.util.List;

/**
 * What one sync did. {@code pulled} comments were read from the site, of which {@code inserted} were new and
 * {@code updated} changed here: {@code conflicts} among them (the site moved under a pending decision), and the
 * ones the pull proved deleted on the site. {@code gone} counts those deletions and the 404s a push met.
 * {@code pushed} changes were confirmed by the site, {@code failed} stay queued with their error, and
 * {@code remaining} entries are still in the outbox afterwards (failed, held back as conflicts, or not reached
 * because the run stopped). {@code stopped} says why a push ended early (cancelled, site unreachable), or is null.
 */
public record SyncSummary(long pulled, long inserted, long updated, long conflicts, long gone, long pushed,
                          long failed, long remaining, double seconds, String stopped, List<String> warnings) {
}
