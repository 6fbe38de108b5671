package dev.moddesk.core;

import java.util.Objects;

/**
 * One view of the desk's queue: the status view and search ({@code filter}), the filter bar's
 * {@link Scope} (site, post, author/email/IP, dates, score), an optional exact author filter from the detail
 * pane's history (same email, same IP; null for none), and the order. Immutable; the {@code with…} methods
 * make copies.
 */
public record QueueQuery(QueueFilter filter, Scope scope, String email, String ip, SortKey sort, boolean descending) {
    public QueueQuery {
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(sort, "sort");
        scope = scope == null ? Scope.none() : scope;
        email = blankToNull(email);
        ip = blankToNull(ip);
    }

    public static QueueQuery of(QueueFilter filter) {
        return new QueueQuery(filter, Scope.none(), null, null, SortKey.DATE, true);
    }

    public QueueQuery withFilter(QueueFilter f) {
        return new QueueQuery(f, scope, email, ip, sort, descending);
    }

    public QueueQuery withSearch(String text) {
        return withFilter(filter.withSearch(text));
    }

    public QueueQuery withScope(Scope s) {
        return new QueueQuery(filter, s, email, ip, sort, descending);
    }

    public QueueQuery withEmail(String e) {
        return new QueueQuery(filter, scope, e, null, sort, descending);
    }

    public QueueQuery withIp(String i) {
        return new QueueQuery(filter, scope, null, i, sort, descending);
    }

    public QueueQuery withoutAuthor() {
        return new QueueQuery(filter, scope, null, null, sort, descending);
    }

    public QueueQuery sortedBy(SortKey key, boolean desc) {
        return new QueueQuery(filter, scope, email, ip, key, desc);
    }

    public boolean hasAuthorFilter() {
        return email != null || ip != null;
    }

    /** Whether anything but the status view narrows the queue (scope, author, search). */
    public boolean isNarrowed() {
        return !scope.isEmpty() || hasAuthorFilter() || filter.hasSearch();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
