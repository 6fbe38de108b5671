package dev.moddesk.core;

import java.util.Set;

/**
 * Which comments an export takes: effective statuses (empty: all but local tombstones), an optional site,
 * post and moderator, and a date range on the comment's date ({@code sinceGmt} inclusive, {@code untilGmt}
 * exclusive, seconds since the epoch; null: open).
 */
public record ExportFilter(Set<Status> statuses, String site, Long postId, String moderator, Long sinceGmt,
                           Long untilGmt) {
    public ExportFilter {
        statuses = Set.copyOf(statuses);
    }

    public static ExportFilter of(Set<Status> statuses) {
        return new ExportFilter(statuses, null, null, null, null, null);
    }
}
