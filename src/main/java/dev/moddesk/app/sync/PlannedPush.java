package dev.moddesk.app.sync;

import dev.moddesk.core.ChangeKind;

/**
 * One change a push would send now, as {@code sync --dry-run} shows it: the site's comment id, the kind, the
 * status the site has and the one it would get ({@code from}, {@code to}; null for a change that does not move
 * the status), the REST request, and the attempts that failed so far with the last error (null: none).
 */
public record PlannedPush(long remoteId, ChangeKind kind, String from, String to, String request, int attempts,
                          String lastError) {
}
