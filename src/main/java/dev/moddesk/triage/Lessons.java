package dev.moddesk.triage;

/**
 * Decisions learnt one at a time as they come (an import's stream hands them over while it writes): each is read
 * once ({@link Triage#readToLearn}, maybe on other threads), for the model and for what it tells about other
 * comments. Not thread-safe: one thread adds, in order, then {@link #fit} and {@link #known} are read once the adding
 * is over.
 */
public final class Lessons {
    private final Training training;
    private final KnownComments known = new KnownComments();
    private int size;

    public Lessons(int expected) {
        training = new Training(expected);
    }

    /** Learns decision {@code c}, read beforehand ({@link Triage#readToLearn}, on any thread). */
    public void add(CommentFacts c, Triage.Reading reading, boolean spam) {
        training.add(reading.features(), spam);
        known.add(c, reading.print(), spam);
        size++;
    }

    public int size() {
        return size;
    }

    /**
     * The model learnt from what was added (the model {@link Triage#learn} learns from the same decisions in the
     * same order); null with fewer than {@code fewestOfEach} decisions of either kind ({@link Training#learnable}).
     */
    public SpamModel fit(int fewestOfEach) {
        return training.learnable(fewestOfEach) ? training.fit() : null;
    }

    /** The decisions added, as known comments. */
    public KnownComments known() {
        return known;
    }
}
