package dev.moddesk.core;

/** Counts by effective status; {@code total} is every comment not deleted locally, of every type and status. */
public record StatusCounts(long total, long pending, long approved, long spam, long trash, long postTrashed,
                           long conflicts, long unpushed) {
}
