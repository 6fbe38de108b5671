package dev.moddesk.triage;

import java.util.Arrays;

/**
 * The pull of each word or phrase of a comment, summed per word and kept in the order the words first came: what
 * {@link Reasons} shows by side. A phrase is kept as its {@link Features.Phrase}, joined only if it is shown (joining
 * every phrase weighed was 6 % of what the import's listener allocated). Arrays and an open-addressing index
 * rather than a map of boxed sums, whose entries were 100 MB of the 644 MB the import's listener allocated for
 * 100,000 comments (a comment has a hundred words and phrases or more).
 */
final class WordPulls {
    private Object[] words = new Object[64];
    private double[] pulls = new double[64];
    /** Position + 1 of the word hashed there, 0 where none; at most half full. */
    private int[] slots = new int[128];
    private int size;

    /** Adds {@code pull} to the sum of the word or {@link Features.Phrase} (which comes last if it is new). */
    void add(Object word, double pull) {
        int mask = slots.length - 1;
        int at = spread(word.hashCode()) & mask;
        for (int s = slots[at]; s != 0; at = (at + 1) & mask, s = slots[at]) {
            if (words[s - 1].equals(word)) {
                pulls[s - 1] += pull;
                return;
            }
        }
        if (size == words.length) {
            words = Arrays.copyOf(words, size * 2);
            pulls = Arrays.copyOf(pulls, size * 2);
        }
        words[size] = word;
        pulls[size] = pull;
        slots[at] = ++size;
        if (size * 2 > slots.length) {
            rehash(slots.length * 2);
        }
    }

    int size() {
        return size;
    }

    /** The word or {@link Features.Phrase} at {@code i}. */
    Object word(int i) {
        return words[i];
    }

    double pull(int i) {
        return pulls[i];
    }

    private void rehash(int length) {
        slots = new int[length];
        int mask = length - 1;
        for (int i = 0; i < size; i++) {
            int at = spread(words[i].hashCode()) & mask;
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
