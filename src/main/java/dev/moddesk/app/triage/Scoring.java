package dev.moddesk.app.triage;

import dev.moddesk.core.Verdict;
import dev.moddesk.store.TriageStore;
import java.util.List;
import java.util.Map;

/**
 * Verdicts worked out but not yet written: the slow part of a triage (learning, scoring) runs on a thread of its
 * own, and the writer then only saves them, so decisions never wait behind the learning. {@code verdicts} holds
 * only those that differ from the saved ones (of the {@code scored} comments); {@code decisions} is the hash of the
 * decisions it learned from; {@code trainedModel} is
 * the model this run trained, to be saved with them (null when it used the saved one, or had nothing to learn);
 * {@code prints} the prints of decided texts it worked out that no earlier run kept.
 */
public record Scoring(Map<Long, Verdict> verdicts, long scored, long likelySpam, int learnedFrom, long decisions,
                      long startedNanos, byte[] trainedModel, List<TriageStore.PrintOf> prints) {
}
