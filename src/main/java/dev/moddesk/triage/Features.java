package dev.moddesk.triage;

import java.util.Arrays;

/**
 * One comment's hashed features: indices into the model's weights, each with what it stands for, so a verdict can
 * name it. The text part (words, phrases, character n-grams; label = the word or phrase) comes first and counts
 * {@code 1/sqrt(text features)} each, so long and short texts weigh alike; the signals after it (label = a
 * {@link Signal}) count 1 each.
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
     * A signal: something about the comment beside its words, in the words a verdict shows, with the pull it has
     * before any decision was learnt from (0 for most: only what is spam-like on any site has a prior pull).
     */
    record Signal(String reason, double prior) {
    }

    void text(int hash, String word) {
        if (textCount != size) {
            throw new IllegalStateException("text features come before signals");
        }
        add(hash, word);
        textCount++;
    }

    void signal(int hash, Signal signal) {
        add(hash, signal);
    }

    private void add(int hash, Object what) {
        if (size == index.length) {
            index = Arrays.copyOf(index, size * 2);
            label = Arrays.copyOf(label, size * 2);
        }
        index[size] = hash & MASK;
        label[size] = what;
        size++;
    }

    int size() {
        return size;
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
