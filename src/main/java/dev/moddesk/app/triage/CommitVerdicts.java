package dev.moddesk.app.triage;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.Verdict;
import dev.moddesk.store.ImportWriter;
import dev.moddesk.store.MergeOutcome;
import dev.moddesk.triage.DiscussionRuleChecker;
import dev.moddesk.triage.Evidence;
import dev.moddesk.triage.SiteOpinions;
import dev.moddesk.triage.Triage;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The verdicts {@link ImportTriage} writes with each file's own transaction, on the pending comments the file
 * brought new: their rows are still in the import's cache then, where writing them after the commit touched most of
 * the table's pages again (0.4 s of a 100,000-comment import).
 *
 * <p>Not while the rules ask for an earlier approved comment in a database that held comments: only the database
 * knows those, and the run after the import judges such comments. In an empty one, a file's verdicts look among the
 * approved comments of the files imported so far, as separate imports of the same files would. A comment the file
 * holds twice is judged after the import too, as its last copy.
 *
 * <p>Confined to the import's thread, except {@link #extra} (any thread) and the weighings {@link #keep} takes (the
 * listener's thread, until the import waits for it to be idle and calls {@link #write}).
 */
final class CommitVerdicts {
    /**
     * The discussion rules' and the site's evidence on a comment: with its author approved, and without, when the
     * rules want an earlier approved comment and that makes a difference (else null); its author as {@link
     * SpamTriage#author} keys them.
     */
    record Extra(List<Evidence> ifApproved, List<Evidence> ifNot, String author) {
        List<Evidence> given(Set<String> approvedAuthors) {
            return ifNot == null || approvedAuthors.contains(author) ? ifApproved : ifNot;
        }
    }

    private record Weighed(Triage.Weighing weighing, Extra extra) { }

    private final DiscussionRuleChecker rules;
    private final boolean on;
    /** The first row the file being written inserted, and its rows written again after that. */
    private long firstNewRow = Long.MAX_VALUE;
    private final Set<Long> rewritten = new HashSet<>();
    private Map<Long, Weighed> toWrite = new HashMap<>();
    /** What the verdicts judged: those written into the file being written, and those committed. */
    private Judging.Counts uncommitted = Judging.Counts.NONE;
    private Judging.Counts committed = Judging.Counts.NONE;

    CommitVerdicts(DiscussionRuleChecker rules, boolean databaseWasEmpty) {
        this.rules = rules;
        this.on = !rules.rules().previouslyApproved() || databaseWasEmpty;
    }

    /** Whether any verdict is written before a commit. */
    boolean on() {
        return on;
    }

    /**
     * Notes a comment the import wrote as row {@code id}: the row whose verdict is written before the file commits
     * when it is a new pending one, else -1.
     */
    long rowOf(MergeOutcome outcome, boolean pending, long id) {
        if (outcome == MergeOutcome.INSERTED) {
            firstNewRow = Math.min(firstNewRow, id);
        } else if (id >= firstNewRow) {
            rewritten.add(id); // the file holds the comment twice: the verdict on its first copy would be stale
        }
        return on && pending && outcome == MergeOutcome.INSERTED ? id : -1;
    }

    /** The rules' and the site's evidence on {@code c}, written with {@code meta}. */
    Extra extra(Comment c, List<CommentMeta> meta) {
        List<Evidence> site = SiteOpinions.of(meta);
        List<Evidence> ifApproved = Judging.evidence(rules, c, true, site);
        List<Evidence> ifNot = rules.rules().previouslyApproved() ? Judging.evidence(rules, c, false, site) : null;
        return new Extra(ifApproved, ifApproved.equals(ifNot) ? null : ifNot, SpamTriage.author(c.author(), c.email()));
    }

    /** Keeps the weighing of the comment in {@code row} until the file commits. */
    void keep(long row, Triage.Weighing weighing, Extra extra) {
        toWrite.put(row, new Weighed(weighing, extra));
    }

    /** How many weighings wait to be written. */
    int waiting() {
        return toWrite.size();
    }

    /** Writes the verdicts of the weighings kept with {@code writer}, made on every core. */
    void write(ImportWriter writer, Set<String> approvedAuthors) {
        Map<Long, Verdict> verdicts = toWrite.entrySet().parallelStream()
                .filter(e -> !rewritten.contains(e.getKey()))
                .collect(Collectors.toMap(Map.Entry::getKey,
                        e -> e.getValue().weighing().verdict(e.getValue().extra().given(approvedAuthors))));
        toWrite = new HashMap<>();
        if (!verdicts.isEmpty()) {
            writer.verdicts(verdicts);
        }
        long likelySpam = verdicts.values().stream().filter(v -> v.score() >= Triage.DEFAULT_THRESHOLD).count();
        uncommitted = new Judging.Counts(verdicts.size(), likelySpam);
    }

    /** The file's transaction committed (with the verdicts written) or was rolled back: the next file begins. */
    void fileEnded(boolean committedIt) {
        if (committedIt) {
            committed = committed.plus(uncommitted);
        }
        uncommitted = Judging.Counts.NONE;
        firstNewRow = Long.MAX_VALUE;
        rewritten.clear();
    }

    /** What the verdicts written with the files committed judged. */
    Judging.Counts committed() {
        return committed;
    }
}
