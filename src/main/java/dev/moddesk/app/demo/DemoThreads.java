package dev.moddesk.app.demo;

import java.util.Random;

/**
 * The recent approved comments of each post, which replies answer: a bounded ring per post, so
 * memory stays flat whatever the count.
 */
final class DemoThreads {
    private static final int KEEP = 40;
    private final long[][] ids = new long[DemoData.POSTS][KEEP];
    private final int[][] depths = new int[DemoData.POSTS][KEEP];
    private final String[][] authors = new String[DemoData.POSTS][KEEP];
    private final String[][] quotes = new String[DemoData.POSTS][KEEP];
    private final int[] added = new int[DemoData.POSTS];

    void add(int post, long id, int depth, String author, String quote) {
        int slot = added[post]++ % KEEP;
        ids[post][slot] = id;
        depths[post][slot] = depth;
        authors[post][slot] = author;
        quotes[post][slot] = quote;
    }

    /** A slot to answer, recent ones more likely, never one already at the deepest level; -1 if none. */
    int pick(Random r, int post) {
        int n = Math.min(added[post], KEEP);
        for (int attempt = 0; n > 0 && attempt < 3; attempt++) {
            int back = (int) (n * r.nextDouble() * r.nextDouble());
            int slot = Math.floorMod(added[post] - 1 - back, KEEP);
            if (depths[post][slot] < DemoData.MAX_DEPTH) {
                return slot;
            }
        }
        return -1;
    }

    long id(int post, int slot) {
        return ids[post][slot];
    }

    int depth(int post, int slot) {
        return depths[post][slot];
    }

    String author(int post, int slot) {
        return authors[post][slot];
    }

    String quote(int post, int slot) {
        return quotes[post][slot];
    }
}
