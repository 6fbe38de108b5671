package dev.moddesk.ui.queue;

import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.SortKey;
import dev.moddesk.ui.prefs.DeskPrefs;

/** The order of the queue's rows as the desk remembers it between starts ("sort" = {@code KEY:asc|desc}). */
public final class QueueOrder {
    private static final String KEY = "sort";

    private QueueOrder() {
    }

    /** Puts the remembered order into {@code queue} before its first read; an unknown or missing one is left. */
    public static void restore(QueueViewModel queue, DeskPrefs prefs) {
        String saved = prefs.get(KEY, null);
        if (saved == null) {
            return;
        }
        String[] parts = saved.split(":");
        try {
            queue.sort(SortKey.valueOf(parts[0]), parts.length < 2 || !"asc".equals(parts[1]));
        } catch (IllegalArgumentException ignored) {
            // a sort from another version: keep the default
        }
    }

    static void save(QueueQuery query, DeskPrefs prefs) {
        prefs.put(KEY, query.sort().name() + ":" + (query.descending() ? "desc" : "asc"));
    }
}
