package dev.moddesk.triage;

import java.util.Arrays;

/**
 * Finds decided comments with (nearly) the same text: MinHash signatures over character 5-gram shingles of the
 * normalised text, indexed by locality-sensitive hashing (8 bands of 4 rows), so a lookup touches a few buckets
 * instead of every comment, at 1M comments as at 10. Identical texts share one entry with their counts; a
 * candidate counts as a near-duplicate when its signature agrees on at least {@value #AGREEING} of
 * {@value #HASHES} hashes (estimated Jaccard similarity of about 0.7 or more). Not thread-safe on its own.
 */
final class NearDuplicates {
    static final int HASHES = 32;
    static final int AGREEING = 23;
    private static final int BANDS = 8;
    private static final int ROWS = HASHES / BANDS;
    private static final int SHINGLE = 5;
    private static final int MOST_SHINGLED = 4_000;
    /** A text's shingle hashes, in one array per thread reused from text to text (32 KB, not one per text). */
    private static final ThreadLocal<long[]> SHINGLE_HASHES = ThreadLocal.withInitial(() -> new long[MOST_SHINGLED]);
    private static final ThreadLocal<int[]> MIXED_CHARS = ThreadLocal.withInitial(() -> new int[MOST_SHINGLED]);

    /** Bounds a lookup when one bucket is crowded (very short texts): the first candidates decide. */
    private static final int MOST_CANDIDATES = 256;
    private static final int SEEN_SLOTS = 2 * MOST_CANDIDATES;
    /** The k-th permutation of a shingle hash h is the top half of a_k·h + b_k (multiply-shift hashing). */
    private static final long[] MULTIPLIERS = new long[HASHES];
    private static final long[] ADDENDS = new long[HASHES];

    static {
        java.util.Random r = new java.util.Random(0x5eed);
        for (int k = 0; k < HASHES; k++) {
            MULTIPLIERS[k] = r.nextLong() | 1;
            ADDENDS[k] = r.nextLong();
        }
    }

    /** How many decided comments of each kind have nearly this text. */
    record Match(int spam, int ham) {
        static final Match NONE = new Match(0, 0);
    }

    private final LongIntMap groupByText = new LongIntMap();
    private final LongIntMap bucketHeads = new LongIntMap();
    private int[] signatures = new int[HASHES * 64];
    private int[] spam = new int[64];
    private int[] ham = new int[64];
    private int groups;
    private int[] entryGroup = new int[BANDS * 64];
    private int[] entryNext = new int[BANDS * 64];
    private int entries;

    void add(String text, boolean isSpam) {
        add(TextPrint.of(text), isSpam);
    }

    /** Adds a text by its print (worked out beforehand, maybe by another thread or an earlier run). */
    void add(TextPrint print, boolean isSpam) {
        int[] signature = print.signature();
        if (signature == null) {
            return;
        }
        long exact = print.exact();
        int group = groupByText.get(exact);
        if (LongIntMap.absent(group)) {
            group = newGroup(signature);
            groupByText.put(exact, group);
        }
        if (isSpam) {
            spam[group]++;
        } else {
            ham[group]++;
        }
    }

    Match find(String text) {
        return find(signature(text));
    }

    /** As {@link #find(String)}, by the text's {@link #signature} (null: nothing to compare). */
    Match find(int[] signature) {
        if (signature == null || groups == 0) {
            return Match.NONE;
        }
        int spamCount = 0;
        int hamCount = 0;
        int most = Math.min(MOST_CANDIDATES, groups);
        int[] seen = new int[SEEN_SLOTS];
        int seenCount = 0;
        for (int band = 0; band < BANDS && seenCount < most; band++) {
            for (int e = bucketHeads.get(bandKey(signature, band)); !LongIntMap.absent(e) && seenCount < most;
                 e = entryNext[e]) {
                int g = entryGroup[e];
                if (!firstSight(seen, g)) {
                    continue;
                }
                seenCount++;
                if (agrees(signature, g)) {
                    spamCount += spam[g];
                    hamCount += ham[g];
                }
            }
        }
        return spamCount + hamCount == 0 ? Match.NONE : new Match(spamCount, hamCount);
    }

    private int newGroup(int[] signature) {
        int g = groups++;
        if (g == spam.length) {
            spam = Arrays.copyOf(spam, g * 2);
            ham = Arrays.copyOf(ham, g * 2);
            signatures = Arrays.copyOf(signatures, g * 2 * HASHES);
        }
        System.arraycopy(signature, 0, signatures, g * HASHES, HASHES);
        for (int band = 0; band < BANDS; band++) {
            if (entries == entryGroup.length) {
                entryGroup = Arrays.copyOf(entryGroup, entries * 2);
                entryNext = Arrays.copyOf(entryNext, entries * 2);
            }
            long key = bandKey(signature, band);
            entryGroup[entries] = g;
            entryNext[entries] = bucketHeads.get(key);
            bucketHeads.put(key, entries);
            entries++;
        }
        return g;
    }

    /**
     * Whether group {@code group}'s signature agrees with {@code signature} on at least {@link #AGREEING} hashes;
     * stops at the first disagreement too many (most candidates of a crowded bucket are not near-duplicates).
     */
    private boolean agrees(int[] signature, int group) {
        int disagreeing = 0;
        int base = group * HASHES;
        for (int k = 0; k < HASHES; k++) {
            if (signatures[base + k] != signature[k] && ++disagreeing > HASHES - AGREEING) {
                return false;
            }
        }
        return true;
    }

    /**
     * Records group {@code g} in {@code seen} (an open-addressing set of group + 1, 0 free, at most half full) and
     * tells whether it was new: a crowded bucket's candidates are told apart in constant time, not by a scan.
     */
    private static boolean firstSight(int[] seen, int g) {
        int mask = seen.length - 1;
        for (int i = (g * 0x9E3779B9 >>> 16) & mask; ; i = (i + 1) & mask) {
            if (seen[i] == 0) {
                seen[i] = g + 1;
                return true;
            }
            if (seen[i] == g + 1) {
                return false;
            }
        }
    }

    /** The MinHash signature of a text's shingles, or null for a text with nothing to compare. */
    static int[] signature(String text) {
        int from = strippedFrom(text);
        int to = strippedTo(text, from);
        if (from == to) {
            return null;
        }
        // the first few thousand characters tell a copy as well as all of them, and bound a 100 KB comment's cost
        int read = Math.min(MOST_SHINGLED, to - from);
        int shingles = Math.max(1, read - SHINGLE + 1);
        long[] hashes = SHINGLE_HASHES.get();
        int[] mixed = MIXED_CHARS.get(); // each character as the hashing mixes it, once for the shingles that hold it
        for (int i = 0; i < read; i++) {
            mixed[i] = Hashing.mix(text.charAt(from + i));
        }
        for (int s = 0; s < shingles; s++) {
            hashes[s] = Hashing.ofMixed(0x51, mixed, s, Math.min(read, s + SHINGLE)) & 0xffffffffL;
        }
        // one hash function at a time over every shingle, its minimum kept in a local: the same values, a fifth
        // faster than the other way round in the quick compiler (C1) that imports run with
        int[] min = new int[HASHES];
        for (int k = 0; k < HASHES; k++) {
            long multiplier = MULTIPLIERS[k];
            long addend = ADDENDS[k];
            int least = Integer.MAX_VALUE;
            for (int s = 0; s < shingles; s++) {
                int v = (int) ((hashes[s] * multiplier + addend) >>> 32);
                if (v < least) {
                    least = v;
                }
            }
            min[k] = least;
        }
        return min;
    }

    /**
     * Where {@code text} starts once stripped as {@link String#strip} strips it: the signature reads the text between
     * without the copy that strip makes (a text without links ends in a space: 15 MB of what an import's listener
     * allocated).
     */
    static int strippedFrom(String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i += Character.charCount(cp);
        }
        return i;
    }

    /** Where {@code text} ends once stripped (see {@link #strippedFrom}), given where it starts. */
    static int strippedTo(String text, int from) {
        int i = text.length();
        while (i > from) {
            int cp = text.codePointBefore(i);
            if (!Character.isWhitespace(cp)) {
                break;
            }
            i -= Character.charCount(cp);
        }
        return i;
    }

    private static long bandKey(int[] signature, int band) {
        int h = band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h = Hashing.step(h, signature[r]);
        }
        int h2 = 0x9747b28c ^ band;
        for (int r = band * ROWS; r < (band + 1) * ROWS; r++) {
            h2 = Hashing.step(h2, ~signature[r]);
        }
        return ((long) Hashing.finish(h, band) << 32) | (Hashing.finish(h2, band) & 0xffffffffL);
    }

    static long exactKey(String text) {
        return ((long) Hashing.of(0x1234567, text) << 32) | (Hashing.of(0x7654321, text) & 0xffffffffL);
    }
}
