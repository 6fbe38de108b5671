package dev.moddesk.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * What the decided comments tell about others: each author's earlier decisions (by email, by IP, by website
 * domain) and an index of decided texts for "same text as 12 comments you marked spam". Grows with each decision
 * ({@link #add}); safe to read from several threads while one adds.
 */
public final class KnownComments {
    private final Map<String, int[]> byEmail = new HashMap<>();
    private final Map<String, int[]> byIp = new HashMap<>();
    private final Map<String, int[]> bySite = new HashMap<>();
    private final NearDuplicates texts = new NearDuplicates();
    private final ReadWriteLock lock = new ReentrantReadWriteLock();
    private int size;

    /** The earlier decisions on one key of the author: how many approved, how many marked spam. */
    record Past(Key key, String value, int approved, int spam) {
        int total() {
            return approved + spam;
        }
    }

    enum Key { EMAIL, IP, SITE }

    /** Everything known that bears on one comment. */
    record Knowledge(List<Past> history, NearDuplicates.Match duplicates) {
    }

    public static KnownComments of(List<Example> decided) {
        KnownComments known = new KnownComments();
        List<Analysis> analysed = Analysis.all(decided, Analysis::known);
        for (int i = 0; i < analysed.size(); i++) {
            known.add(analysed.get(i), decided.get(i).spam());
        }
        return known;
    }

    public void add(Example e) {
        add(Analysis.known(e.facts()), e.spam());
    }

    /** Adds a comment already analysed (training reads each comment once). */
    void add(Analysis a, boolean spam) {
        lock.writeLock().lock();
        try {
            count(byEmail, a.emailKey, spam);
            count(byIp, a.ipKey, spam);
            count(bySite, a.siteKey, spam);
            texts.add(a.dupText, spam);
            size++;
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** How many decided comments this holds. */
    public int size() {
        lock.readLock().lock();
        try {
            return size;
        } finally {
            lock.readLock().unlock();
        }
    }

    Knowledge about(Analysis a) {
        lock.readLock().lock();
        try {
            List<Past> history = new java.util.ArrayList<>(3);
            past(history, Key.EMAIL, byEmail, a.emailKey);
            past(history, Key.IP, byIp, a.ipKey);
            past(history, Key.SITE, bySite, a.siteKey);
            return new Knowledge(history, texts.find(a.dupText));
        } finally {
            lock.readLock().unlock();
        }
    }

    private static void count(Map<String, int[]> map, String key, boolean spam) {
        if (!key.isEmpty()) {
            map.computeIfAbsent(key, k -> new int[2])[spam ? 1 : 0]++;
        }
    }

    private static void past(List<Past> out, Key kind, Map<String, int[]> map, String key) {
        int[] counts = key.isEmpty() ? null : map.get(key);
        if (counts != null) {
            out.add(new Past(kind, key, counts[0], counts[1]));
        }
    }
}
