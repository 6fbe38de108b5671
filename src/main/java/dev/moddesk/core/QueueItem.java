package dev.moddesk.core;

import java.util.List;

/**
 * A comment as the queue shows it: the site's comment, where it stands now ({@code status} is the decision
 * if there is one, else the site status), and its triage verdict when there is one ({@code score} null before).
 */
public record QueueItem(long rowId, String site, Comment comment, Status status, Status decision,
                        boolean conflict, String postTitle, Double score, List<String> reasons) {
}
