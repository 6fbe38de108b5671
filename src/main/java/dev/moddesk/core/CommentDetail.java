package dev.moddesk.core;

/**
 * Everything the detail pane shows about one comment: the comment as the queue has it, the post's link,
 * and the parent comment when it is a reply (null otherwise, or when the parent is not in the database).
 */
public record CommentDetail(QueueItem item, String postLink, QueueItem parent) {
}
