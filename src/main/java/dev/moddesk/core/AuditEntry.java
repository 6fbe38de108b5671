package dev.moddesk.core;

/** One line of the append-only audit log: who moved which comment from where to where, and when (epoch ms). */
public record AuditEntry(long id, long at, String moderator, String site, long commentId, String action,
                         String fromStatus, String toStatus, Long groupId) {
}
