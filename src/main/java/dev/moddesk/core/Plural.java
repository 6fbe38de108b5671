package dev.moddesk.core;

/** A count and its noun in English: "1 comment", "2 comments". Every noun ModDesk counts takes a plain -s. */
public final class Plural {
    private Plural() {
    }

    /** {@code singular}, or its plural unless {@code n} is 1. */
    public static String noun(long n, String singular) {
        return n == 1 ? singular : singular + "s";
    }

    /** The count and the noun: "1 comment", "0 comments". */
    public static String count(long n, String singular) {
        return n + " " + noun(n, singular);
    }
}
