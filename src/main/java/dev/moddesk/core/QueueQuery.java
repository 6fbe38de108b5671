package dev.moddesk.core;

import java.util.Objects;

/**
 * One view of the desk's queue: the status view and search ({@code filter}), an optional author filter
 * (same email, same IP; null for none), and the order. Immutable; the {@code with…} methods make copies.
 */
public record QueueQuery(QueueFilter filter, String email, String ip, SortKey sort, boolean descending) {
    public QueueQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        email = blankToNull(email);
        ip = blankToNull(ip);
    }

    public static QueueQuery of(QueueFilter filter) {
        return new QueueQuery(filter, null, null, SortKey.DATE, true);
    }

    public QueueQuery withFilter(QueueFilter f) {
        return new QueueQuery(f, email, ip, sort, descending);
    }

    public QueueQuery withSearch(String text) {
        return withFilter(filter.withSearch(text));
    }

    public QueueQuery withEmail(String e) {
        return new QueueQuery(filter, e, null, sort, descending);
    }

    public QueueQuery withIp(String i) {
        return new QueueQuery(filter, null, i, sort, descending);
    }

    public QueueQuery withoutAuthor() {
        return new QueueQuery(filter, null, null, sort, descending);
    }

    public QueueQuery sortedBy(SortKey key, boolean desc) {
        return new QueueQuery(filter, email, ip, key, desc);
    }

    public boolean hasAuthorFilter() {
        return email != null || ip != null;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
