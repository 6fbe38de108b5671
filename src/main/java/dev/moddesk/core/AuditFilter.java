package dev.moddesk.core;

/**
 * Which audit-log lines to show or export: a moderator, an action word, and a time range in epoch
 * milliseconds ({@code sinceMillis} inclusive, {@code untilMillis} exclusive). Null fields do not filter.
 */
public record AuditFilter(String moderator, String action, Long sinceMillis, Long untilMillis) {
    public static AuditFilter all() {
        return new AuditFilter(null, null, null, null);
    }
}
