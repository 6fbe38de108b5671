package dev.moddesk.core;

/**
 * One line of the append-only audit log: who moved which comment from where to where, and when (epoch ms).
 * {@code kind} is what changed ({@code status}, {@code edit}, {@code reply}, as {@link ChangeKind} words);
 * {@code detail} is a JSON object for the text kinds (an edit's {@code before} and {@code after}, a reply's
 * {@code content}), null for a status change.
 */
public record AuditEntry(long id, long at, String moderator, String site, long commentId, String action,
                         String fromStatus, String toStatus, Long groupId, String kind, String detail) {
}
