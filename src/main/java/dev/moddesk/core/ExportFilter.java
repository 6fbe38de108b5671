package dev.moddesk.core;

import java.util.Set;

/**
 * Which comments an export takes: effective statuses (empty: all but local tombstones), an optional site,
 * post and moderator, and the range the comment's date falls in (null: any date).
 */
public record ExportFilter(Set<Status> statuses, String site, Long postId, String moderator, DateRange dates) {
    public ExportFilter {
        statuses = Set.copyOf(statuses);
        dates = dates == null ? DateRange.ALL : dates;
    }

    public static ExportFilter of(Set<Status> statuses) {
        return new ExportFilter(statuses, null, null, null, DateRange.ALL);
    }
}
