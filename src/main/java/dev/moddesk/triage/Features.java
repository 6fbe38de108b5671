package dev.moddesk.triage;

import java.util.Arrays;

/**
 * One comment's hashed features: indices into the model's weights, each with what it stands for, so a verdict can
 * name it. The text part (words, phrases, character n-grams; label = the word or phrase) comes first and counts
 * {@code 1/sqrt(text features)} each, so long and short texts weigh alike; the signals after it (label = a
 * {@link Signal}) count 1 each.
 *
 * <p>A text feature is there or not (the first occurrence keeps it, with its label): a word said five times is as
 * much evidence as once, so a comment repeating one token cannot outweigh the rest of its text, and the text part is
 * then a unit vector exactly (the L2-normalised binary bag usual for short texts). Measured against counting every
 * occurrence (TriageBench --quality, and trained on two sources judging the third): the same 10-fold figures within
 * 0.001, ROC AUC on the third source 0.964 to 0.968 (mean over 8 orders of the decisions).
 */
final class Features {
    /** 2^19 weights: 2 MB of floats, few collisions for the n-grams of 100,000 short comments. */
    static final int DIMENSION = 1 << 19;
    private static final int MASK = DIMENSION - 1;

    private int[] index = new int[512];
    private Object[] label = new Object[512];
    private int size;
    private int textCount;
    /**
     * The text indices already added, as bits over all {@link #DIMENSION} indices: one 64 KB set per thread, reused
     * from comment to comment ({@link #endText} clears what this comment set), cheaper than a set per comment.
     */
    private static final ThreadLocal<long[]> SEEN = ThreadLocal.withInitial(() -> new long[DIMENSION / Long.SIZE]);
    private long[] seen;

    /**
     * A signal: something about the comment beside its words, in the words a verdict shows, with the pull it has
     * before any decision was learnt from (0 for most: only what is spam-like on any site has a prior pull).
     */
    record Signal(String reason, double prior) {
    }

    void text(int hash, String word) {
        if (textCount != size) {
            throw new IllegalStateException("text features come before signals");
        }
        if (seen == null) {
            seen = SEEN.get();
        }
        int at = hash & MASK;
        long bit = 1L << at;
        if ((seen[at >>> 6] & bit) == 0) {
            seen[at >>> 6] |= bit;
            add(hash, word);
            textCount++;
        }
    }

    /** Ends the text part: clears this thread's set of text indices for the next comment. */
    void endText() {
        if (seen != null) {
            for (int i = 0; i < textCount; i++) {
                seen[index[i] >>> 6] = 0;
            }
            seen = null;
        }
    }

    void signal(int hash, Signal signal) {
        if (seen != null) {
            throw new IllegalStateException("signals come after endText()");
        }
        add(hash, signal);
    }

    private void add(int hash, Object what) {
        if (size == index.length) {
            index = Arrays.copyOf(index, Math.max(16, size * 2));
            label = Arrays.copyOf(label, Math.max(16, size * 2));
        }
        index[size] = hash & MASK;
        label[size] = what;
        size++;
    }

    int size() {
        return size;
    }

    /** Lets go of the room the arrays have beyond the features (they grow by doubling). */
    void trim() {
        index = Arrays.copyOf(index, size);
        label = Arrays.copyOf(label, size);
    }

    int textCount() {
        return textCount;
    }

    int index(int i) {
        return index[i];
    }

    Object label(int i) {
        return label[i];
    }

    /** The value of feature {@code i}: text features share a unit length, signals are 1. */
    double value(int i) {
        return i < textCount ? textScale(textCount) : 1.0;
    }

    static double textScale(int textCount) {
        return textCount == 0 ? 0 : 1.0 / Math.sqrt(textCount);
    }

    /** The indices alone, for training (labels are for explaining a single verdict). */
    int[] indices() {
        return Arrays.copyOf(index, size);
    }
}
