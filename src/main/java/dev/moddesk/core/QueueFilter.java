package dev.moddesk.core;

/**
 * Which comments a queue shows. {@code status} null means every status (but local tombstones);
 * {@code conflictsOnly} shows the comments whose site changed under a pending decision; {@code search}
 * is what the user typed (any text: it never raises a syntax error).
 */
public record QueueFilter(Status status, boolean conflictsOnly, String search) {
    public static QueueFilter pending() {
        return new QueueFilter(Status.PENDING, false, null);
    }

    public static QueueFilter all() {
        return new QueueFilter(null, false, null);
    }

    public static QueueFilter conflicts() {
        return new QueueFilter(null, true, null);
    }

    public QueueFilter withSearch(String text) {
        return new QueueFilter(status, conflictsOnly, text);
    }

    public boolean hasSearch() {
        return search != null && !search.isBlank();
    }
}
