package dev.moddesk.triage;

import java.util.Arrays;

/**
 * The words a model learnt from, each by the full hash of its word feature (before it is folded into the weights),
 * so a verdict calls a word typical of the moderator's spam or approved comments only if some decided comment held
 * it. A word never seen still pulls, through the character n-grams it shares with words seen: that pull is real, but
 * is the word's spelling, not the word (hashed weights cannot tell the two apart: with 100,000 decisions nearly every
 * weight is non-zero). Two words whose 32-bit hashes agree, about one pair among 100,000 words, count as one.
 */
final class Vocabulary {
    static final Vocabulary NONE = new Vocabulary(new int[0]);

    private final int[] sorted;

    private Vocabulary(int[] sorted) {
        this.sorted = sorted;
    }

    /** The vocabulary of these hashes (any order, repeats allowed). */
    static Vocabulary of(int[] hashes) {
        return new Vocabulary(Arrays.stream(hashes).sorted().distinct().toArray());
    }

    /** Whether the word, or both words of the {@link Features.Phrase}, came in a comment learnt from. */
    boolean knows(Object wordOrPhrase) {
        if (wordOrPhrase instanceof Features.Phrase p) {
            return knowsWord(p.first()) && knowsWord(p.second());
        }
        return knowsWord((String) wordOrPhrase);
    }

    private boolean knowsWord(String word) {
        return Arrays.binarySearch(sorted, Analysis.wordHash(word)) >= 0;
    }

    int size() {
        return sorted.length;
    }

    /** The hashes, ascending: read them, never change them. */
    int[] hashes() {
        return sorted;
    }

    /**
     * Gathers the hashes of the words learnt from, one comment at a time: an open-addressing set (0 stands for an
     * empty slot, so the hash 0 is kept apart), since a few hundred thousand distinct words come among millions said.
     */
    static final class Builder {
        private int[] slots = new int[1 << 12];
        private int size;
        private boolean zero;

        void addAll(int[] hashes) {
            for (int h : hashes) {
                add(h);
            }
        }

        private void add(int h) {
            if (h == 0) {
                zero = true;
                return;
            }
            int mask = slots.length - 1;
            int i = h & mask; // the hashes are already well spread
            while (slots[i] != 0) {
                if (slots[i] == h) {
                    return;
                }
                i = (i + 1) & mask;
            }
            slots[i] = h;
            if (2 * ++size > slots.length) {
                grow();
            }
        }

        private void grow() {
            int[] old = slots;
            slots = new int[old.length * 2];
            size = 0;
            for (int h : old) {
                if (h != 0) {
                    add(h);
                }
            }
        }

        Vocabulary build() {
            int[] out = new int[size + (zero ? 1 : 0)];
            int n = 0;
            for (int h : slots) {
                if (h != 0) {
                    out[n++] = h;
                }
            }
            if (zero) {
                out[n] = 0;
            }
            Arrays.sort(out);
            return new Vocabulary(out);
        }
    }
}
