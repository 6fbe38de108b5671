package dev.moddesk.core;

/**
 * Everything the detail pane shows about one comment: the comment as the queue has it, the post's link,
 * and the parent comment when it is a reply (null otherwise, or when the parent is not in the database);
 * {@code siteContent} is the site's content when the site changed it under an edit not yet pushed (an edit
 * conflict: the comment's own content is the moderator's), null otherwise.
 */
public record CommentDetail(QueueItem item, String postLink, QueueItem parent, String siteContent) {
}
