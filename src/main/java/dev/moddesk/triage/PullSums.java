package dev.moddesk.triage;

import java.util.Arrays;

/**
 * Pulls summed per key, the keys kept in the order they first came: each word or phrase of a comment (what {@link
 * Reasons} shows by side; a phrase is kept as its {@link Features.Phrase}, joined only if it is shown, as joining
 * every phrase weighed was 6 % of what the import's listener allocated), and each of its other reasons. Arrays and
 * an open-addressing index rather than a map of boxed sums, whose entries were 100 MB of the 644 MB the import's
 * listener allocated for 100,000 comments (a comment has a hundred words and phrases or more), and a boxed sum per
 * other reason another 36 MB of its 481 MB.
 */
final class PullSums {
    private Object[] keys;
    private double[] pulls;
    /** Position + 1 of the key hashed there, 0 where none; at most half full. */
    private int[] slots;
    private int size;

    /** Room for {@code room} keys before growing (a power of two). */
    PullSums(int room) {
        keys = new Object[room];
        pulls = new double[room];
        slots = new int[room * 2];
    }

    /** Adds {@code pull} to the sum of {@code key} (which comes last if it is new). */
    void add(Object key, double pull) {
        int mask = slots.length - 1;
        int at = spread(key.hashCode()) & mask;
        for (int s = slots[at]; s != 0; at = (at + 1) & mask, s = slots[at]) {
            if (keys[s - 1].equals(key)) {
                pulls[s - 1] += pull;
                return;
            }
        }
        if (size == keys.length) {
            keys = Arrays.copyOf(keys, size * 2);
            pulls = Arrays.copyOf(pulls, size * 2);
        }
        keys[size] = key;
        pulls[size] = pull;
        slots[at] = ++size;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
    }

    int size() {
        return size;
    }

    /** The key at {@code i}: a word, a {@link Features.Phrase} or a reason. */
    Object key(int i) {
        return keys[i];
    }

    double pull(int i) {
        return pulls[i];
    }

    private void rehash(int length) {
        slots = new int[length];
        int mask = length - 1;
        for (int i = 0; i < size; i++) {
            int at = spread(keys[i].hashCode()) & mask;
            while (slots[at] != 0) {
                at = (at + 1) & mask;
            }
            slots[at] = i + 1;
        }
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
