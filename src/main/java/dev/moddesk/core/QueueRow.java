package dev.moddesk.core;

/**
 * One line of the desk's queue table: enough to draw the row, not the whole comment ({@code excerpt} is the
 * start of the raw HTML content). {@code status} is the effective status; {@code decision} null when none.
 */
public record QueueRow(long rowId, long remoteId, String author, String email, String ip, String excerpt,
                       String postTitle, long dateGmt, Double score, Status status, Status siteStatus,
                       Status decision, boolean conflict) {
}
