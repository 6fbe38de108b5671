package dev.moddesk.core;

/**
 * Which audit-log lines to show or export: a moderator, an action word, and the range the decision's time
 * falls in. Null fields do not filter.
 */
public record AuditFilter(String moderator, String action, DateRange dates) {
    public AuditFilter {
        dates = dates == null ? DateRange.ALL : dates;
    }

    public static AuditFilter all() {
        return new AuditFilter(null, null, DateRange.ALL);
    }
}
