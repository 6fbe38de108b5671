package dev.moddesk.triage;

/** MurmurHash3-style mixing of text into well-spread 32-bit values: feature hashing and MinHash shingles. */
final class Hashing {
    private Hashing() {
    }

    static int of(int seed, CharSequence s) {
        return of(seed, s, 0, s.length());
    }

    static int of(int seed, CharSequence s, int from, int to) {
        return finish(steps(seed, s, from, to), to - from);
    }

    /** The hash of {@code first + between + second}, without building that string. */
    static int of(int seed, CharSequence first, char between, CharSequence second) {
        int h = step(steps(seed, first, 0, first.length()), between);
        return finish(steps(h, second, 0, second.length()), first.length() + 1 + second.length());
    }

    private static int steps(int h, CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            h = step(h, s.charAt(i));
        }
        return h;
    }

    /**
     * The hash of the values {@code mixed[from..to)}, each already {@link #mix}ed: what {@code of} gives for the
     * values themselves. Overlapping runs (character n-grams, shingles) mix each value once, not once per run.
     */
    static int ofMixed(int seed, int[] mixed, int from, int to) {
        int h = seed;
        for (int i = from; i < to; i++) {
            h = stepMixed(h, mixed[i]);
        }
        return finish(h, to - from);
    }

    static int step(int h, int k) {
        return stepMixed(h, mix(k));
    }

    /** What {@link #step} makes of a value before it meets the hash: it depends on the value alone. */
    static int mix(int k) {
        k *= 0xcc9e2d51;
        k = Integer.rotateLeft(k, 15);
        return k * 0x1b873593;
    }

    private static int stepMixed(int h, int mixed) {
        h ^= mixed;
        h = Integer.rotateLeft(h, 13);
        return h * 5 + 0xe6546b64;
    }

    static int finish(int h, int length) {
        h ^= length;
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        return h ^ (h >>> 16);
    }
}
