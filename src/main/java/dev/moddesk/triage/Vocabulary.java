package dev.moddesk.triage;

import java.util.Arrays;

/**
 * The words a model learnt from, each by the full hash of its word feature (before it is folded into the weights),
 * with how many spam and how many approved decisions held it. A verdict names a word as typical of the moderator's
 * spam (or approved comments) only when it is: a clearly larger share of the spam than of the approved comments held
 * it ({@link #lean(long, long, long, long)}).
 *
 * <p>Why the weights cannot say this alone: a word pulls through its own weight, its character n-grams and its
 * phrases, and a weight says what a feature adds given all the others. So a common word ('and', 'post') can pull
 * towards spam although most comments holding it were approved, and a word no decision held still pulls through the
 * n-grams it shares with words seen (with 100,000 decisions nearly every hashed weight is non-zero). Two words whose
 * 32-bit hashes agree, about one pair among 100,000 words, count as one.
 */
final class Vocabulary {
    /** Which kind of decision a word is typical of, if any. */
    enum Lean {
        SPAM, APPROVED,
        /** Held by no clearly larger share of one kind than of the other. */
        EVEN,
        /** Held by no decision learnt from. */
        NEW
    }

    /** How many times larger one kind's share must be for a word to be typical of it. */
    static final double TYPICAL = 1.5;

    private final int[] sorted;
    private final int[] spam;
    private final int[] approved;
    private final int spamDecisions;
    private final int approvedDecisions;

    /** The words by hash, ascending, each with its counts at the same position; the decisions of each kind. */
    Vocabulary(int[] sorted, int[] spam, int[] approved, int spamDecisions, int approvedDecisions) {
        if (spam.length != sorted.length || approved.length != sorted.length) {
            throw new IllegalArgumentException("a count of each kind for every word");
        }
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i - 1] >= sorted[i]) {
                throw new IllegalArgumentException("the words' hashes ascend");
            }
        }
        this.sorted = sorted;
        this.spam = spam;
        this.approved = approved;
        this.spamDecisions = spamDecisions;
        this.approvedDecisions = approvedDecisions;
    }

    /** The lean of a word, or of a {@link Features.Phrase}: that of its words when they agree, else EVEN (or NEW). */
    Lean lean(Object wordOrPhrase) {
        if (wordOrPhrase instanceof Features.Phrase p) {
            Lean first = leanOf(p.first());
            Lean second = leanOf(p.second());
            return first == Lean.NEW || second == Lean.NEW ? Lean.NEW : first == second ? first : Lean.EVEN;
        }
        return leanOf((String) wordOrPhrase);
    }

    private Lean leanOf(String word) {
        int at = Arrays.binarySearch(sorted, Analysis.wordHash(word));
        if (at < 0) {
            return Lean.NEW;
        }
        return lean(spam[at], approved[at], spamDecisions, approvedDecisions);
    }

    /**
     * The lean of a word held by {@code spam} of {@code spamDecisions} and {@code approved} of {@code
     * approvedDecisions}: each share counted with one more decision of each kind, one that held the word and one
     * that did not (so a word held once is not proof yet), and typical of a kind only when its share there is at
     * least {@link #TYPICAL} times the other (0.73 % of the spam against 0.71 % of the approved is no lean).
     */
    static Lean lean(long spam, long approved, long spamDecisions, long approvedDecisions) {
        double spamShare = (spam + 1.0) / (spamDecisions + 2.0);
        double approvedShare = (approved + 1.0) / (approvedDecisions + 2.0);
        return spamShare >= TYPICAL * approvedShare ? Lean.SPAM
                : approvedShare >= TYPICAL * spamShare ? Lean.APPROVED : Lean.EVEN;
    }

    int size() {
        return sorted.length;
    }

    /** The hashes, ascending: read them, never change them (as the two below). */
    int[] hashes() {
        return sorted;
    }

    /** How many spam decisions held each word of {@link #hashes}. */
    int[] spamCounts() {
        return spam;
    }

    int[] approvedCounts() {
        return approved;
    }

    int spamDecisions() {
        return spamDecisions;
    }

    int approvedDecisions() {
        return approvedDecisions;
    }

    /**
     * Counts the words of the decisions learnt from, one decision at a time: an open-addressing table (0 stands for
     * an empty slot, so the hash 0 is counted apart), since a few hundred thousand distinct words come among the
     * millions said.
     */
    static final class Builder {
        private int[] slots = new int[1 << 12];
        private int[] spam = new int[slots.length];
        private int[] approved = new int[slots.length];
        private int size;
        private int zeroSpam;
        private int zeroApproved;

        /** Counts a decision's words, each given once. */
        void addAll(int[] hashes, boolean isSpam) {
            for (int h : hashes) {
                add(h, isSpam ? 1 : 0, isSpam ? 0 : 1);
            }
        }

        private void add(int h, int spamHeld, int approvedHeld) {
            if (h == 0) {
                zeroSpam += spamHeld;
                zeroApproved += approvedHeld;
                return;
            }
            int mask = slots.length - 1;
            int i = h & mask; // the hashes are already well spread
            while (slots[i] != 0 && slots[i] != h) {
                i = (i + 1) & mask;
            }
            if (slots[i] == 0) {
                slots[i] = h;
                size++;
            }
            spam[i] += spamHeld;
            approved[i] += approvedHeld;
            if (2 * size > slots.length) {
                grow();
            }
        }

        private void grow() {
            int[] oldSlots = slots;
            int[] oldSpam = spam;
            int[] oldApproved = approved;
            slots = new int[oldSlots.length * 2];
            spam = new int[slots.length];
            approved = new int[slots.length];
            size = 0;
            for (int i = 0; i < oldSlots.length; i++) {
                if (oldSlots[i] != 0) {
                    add(oldSlots[i], oldSpam[i], oldApproved[i]);
                }
            }
        }

        /** The vocabulary of what was added, out of this many decisions of each kind. */
        Vocabulary build(int spamDecisions, int approvedDecisions) {
            boolean zero = zeroSpam + zeroApproved > 0;
            // each word's hash beside its slot, sorted by the hash
            long[] order = new long[size + (zero ? 1 : 0)];
            int n = 0;
            for (int i = 0; i < slots.length; i++) {
                if (slots[i] != 0) {
                    order[n++] = (long) slots[i] << 32 | i;
                }
            }
            if (zero) {
                order[n] = 0xFFFFFFFFL; // the hash 0, where it sorts, with the slot -1: it was kept apart
            }
            Arrays.sort(order);
            int[] hashes = new int[order.length];
            int[] spamOut = new int[order.length];
            int[] approvedOut = new int[order.length];
            for (int k = 0; k < order.length; k++) {
                int slot = (int) order[k];
                hashes[k] = slot == -1 ? 0 : slots[slot];
                spamOut[k] = slot == -1 ? zeroSpam : spam[slot];
                approvedOut[k] = slot == -1 ? zeroApproved : approved[slot];
            }
            return new Vocabulary(hashes, spamOut, approvedOut, spamDecisions, approvedDecisions);
        }
    }
}
