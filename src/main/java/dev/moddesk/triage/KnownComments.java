package dev.moddesk.triage;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;

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

    /** Knows {@code decided}, added in their order; their texts are read on every core. */
    public static KnownComments of(List<Example> decided) {
        KnownComments known = new KnownComments();
        List<TextPrint> prints = TextPrint.all(decided.stream().map(Example::facts).collect(Collectors.toList()));
        for (int i = 0; i < prints.size(); i++) {
            known.add(decided.get(i).facts(), prints.get(i), decided.get(i).spam());
        }
        return known;
    }

    public void add(Example e) {
        add(e.facts(), TextPrint.of(e.facts()), e.spam());
    }

    /**
     * Adds a decided comment whose text is known by its {@code print} (worked out from {@code c}'s content, maybe
     * by an earlier run): of {@code c} itself only the author's email, IP and website are read. The order of the
     * adds matters where many texts crowd one bucket (the first found decide), so add in the decisions' order.
     */
    public void add(CommentFacts c, TextPrint print, boolean spam) {
        String email = Analysis.emailKey(c);
        String ip = Analysis.ipKey(c);
        String site = Analysis.siteKey(c);
        lock.writeLock().lock();
        try {
            count(byEmail, email, spam);
            count(byIp, ip, spam);
            count(bySite, site, spam);
            texts.add(print, spam);
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

    /** What is known bearing on {@code a}, whose text has the MinHash {@code signature} (null: no text). */
    Knowledge about(Analysis a, int[] signature) {
        lock.readLock().lock();
        try {
            List<Past> history = new java.util.ArrayList<>(3);
            past(history, Key.EMAIL, byEmail, a.emailKey);
            past(history, Key.IP, byIp, a.ipKey);
            past(history, Key.SITE, bySite, a.siteKey);
            return new Knowledge(history, texts.find(signature));
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
