package dev.moddesk.app.triage;

import dev.moddesk.app.importing.WrittenComments;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentMeta;
import dev.moddesk.core.Status;
import dev.moddesk.store.ImportWriter;
import dev.moddesk.store.MergeOutcome;
import dev.moddesk.triage.CommentFacts;
import dev.moddesk.triage.DiscussionRuleChecker;
import dev.moddesk.triage.Lessons;
import dev.moddesk.triage.Triage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Judges the comments an import writes while it writes them, on a thread of its own, so that scoring them
 * afterwards is left with the evidence that needs the whole import (the rules' "previously approved", the site's
 * filters) and the writing of the verdicts. An import keeps about 1.3 of two cores busy; this uses the rest.
 *
 * <p>Used when no model is saved yet (a first import), where the run after the import learns quickly from {@link
 * SpamTriage#QUICK_EXAMPLES} decisions: this thread learns from the first that many decisions the import brings
 * as they come, then weighs every pending comment it brings with that model ({@link Triage.Weighing}, a few hundred
 * bytes each, at most {@link #MOST_WEIGHED}). The pending comments that came before the model are kept read (at
 * most {@link #MOST_WAITING}) and weighed once it is there. It also gathers the authors with an approved comment,
 * which stand for the database's own when it held no comment before.
 *
 * <p>The verdicts on the pending comments a file brought new are written with the file's own transaction
 * ({@link CommitVerdicts}): before it commits, the import waits for this thread to take what it handed over. The run
 * after the import judges every pending comment left without a verdict.
 *
 * <p>While the import writes, it never waits for this thread: a batch it is too far behind to take is left out, the
 * pending comments in it are judged after the import as without it, and later decisions are learnt in place of
 * those in it. What it holds is used only for comments found in the database as they were heard (the same site id
 * and facts), and not at all after a file was rolled back.
 */
public final class ImportTriage implements WrittenComments, AutoCloseable {
    /** The pending comments kept read until the model is there (about 8 KB each); the rest are judged after. */
    static final int MOST_WAITING = 1_000;
    /**
     * The pending comments kept weighed (about 700 bytes each), so that a million-comment import stays within a
     * small heap (-Xmx256m); the rest are judged after the import.
     */
    static final int MOST_WEIGHED = 50_000;
    /** Comments per batch handed over, and batches queued at most: the pending comments of about 100,000. */
    private static final int HANDOFF = 256;
    private static final int QUEUED = 64;
    private static final List<Heard> END = List.of();

    private static final List<Heard> DRAIN = Collections.unmodifiableList(new ArrayList<>());

    /**
     * A comment handed over: a decision to learn from ({@code lesson}), or else a pending comment; {@code row} is
     * the store's id of a pending comment the file brought new, which is judged before the file commits (else -1),
     * and {@code meta} the site's meta written with it.
     */
    private record Heard(Comment comment, boolean lesson, long row, List<CommentMeta> meta) {
        Heard withMeta(List<CommentMeta> written) {
            return new Heard(comment, lesson, row, written);
        }
    }

    /**
     * What was made of a pending comment, and the hash of its facts (to know it is the same comment); for one judged
     * before the file commits, its {@code row} and the {@code extra} evidence of the rules and the site (else -1 and
     * null).
     */
    private record Judged<T>(int facts, T made, long row, CommitVerdicts.Extra extra) { }

    /** A pending comment read, and the extra evidence on it when it is judged before the file commits. */
    private record Read(Triage.Reading reading, CommitVerdicts.Extra extra) { }

    private final int quickExamples;
    private final int fewestOfEach;
    private final boolean databaseWasEmpty;
    private final CommitVerdicts verdicts;
    private final BlockingQueue<List<Heard>> queue = new ArrayBlockingQueue<>(QUEUED);
    private final Set<String> approvedAuthors = new HashSet<>();
    private final Thread thread;
    private List<Heard> batch = new ArrayList<>(HANDOFF);
    private int lessonsHanded;
    /** Whether the last comment written was handed over as one judged before the file commits (its meta follows). */
    private boolean lastJudgedBeforeCommit;
    private long judgingNanos;
    private final Semaphore drained = new Semaphore(0);
    private volatile boolean spoilt;
    private volatile boolean closed;
    private volatile RuntimeException failed;
    /** Whether the import still writes; once it is done, this thread reads on every core. */
    private volatile boolean writing = true;

    // the thread's own, but for the import's thread while it waits with this one idle before a commit and once it
    // ended (finish() joins it); the lessons until the model is learnt from them
    private Lessons lessons;
    private final Map<Long, Judged<Triage.Reading>> waiting = new HashMap<>();
    private final Map<Long, Judged<Triage.Weighing>> weighed = new HashMap<>();
    private Triage triage;

    /**
     * Starts listening; with {@code learn} false (a model is saved, which the run after the import uses) it only
     * gathers the approved authors. {@code rules}: the discussion rules the verdicts check.
     */
    ImportTriage(int quickExamples, int fewestOfEach, boolean learn, boolean databaseWasEmpty,
                 DiscussionRuleChecker rules) {
        this.quickExamples = quickExamples;
        this.fewestOfEach = fewestOfEach;
        this.databaseWasEmpty = databaseWasEmpty;
        this.verdicts = new CommitVerdicts(rules, databaseWasEmpty);
        this.lessons = new Lessons(quickExamples);
        thread = new Thread(this::run, "moddesk-triage-import");
        thread.setDaemon(true);
        if (learn) {
            thread.start();
        } else {
            closed = true;
        }
    }

    @Override
    public void written(Comment comment, MergeOutcome outcome, long id) {
        Status status = comment.siteStatus();
        boolean inserted = outcome == MergeOutcome.INSERTED;
        if (status == Status.APPROVED && inserted) {
            approvedAuthors.add(SpamTriage.author(comment.author(), comment.email()));
        }
        // only what the thread uses is handed over: the pending comments, and the first decisions to learn from (a
        // new comment's status is the file's; an older one's may be a local decision, so only new ones teach)
        boolean pending = status == Status.PENDING && (inserted || outcome == MergeOutcome.UPDATED);
        long row = verdicts.rowOf(outcome, pending, id);
        lastJudgedBeforeCommit = false;
        boolean lesson = (status == Status.APPROVED || status == Status.SPAM) && inserted
                && lessonsHanded < quickExamples;
        if (closed || !pending && !lesson) {
            return;
        }
        lessonsHanded += lesson ? 1 : 0;
        if (batch.size() == HANDOFF) {
            hand(); // handed when the next comment comes, so that the meta written after a comment goes with it
        }
        lastJudgedBeforeCommit = row >= 0;
        batch.add(new Heard(comment, lesson, row, List.of()));
    }

    @Override
    public void metaWritten(List<CommentMeta> meta) {
        if (lastJudgedBeforeCommit) {
            int last = batch.size() - 1;
            batch.set(last, batch.get(last).withMeta(meta));
        }
    }

    /**
     * Waits for this thread to judge what the file brought, then writes the verdicts on its new pending comments
     * with {@code writer}, in the file's transaction.
     */
    @Override
    public void beforeCommit(ImportWriter writer) {
        long started = System.nanoTime();
        if (!verdicts.on() || closed || !drained() || !usable()) {
            return;
        }
        verdicts.write(writer, approvedAuthors); // this thread is idle
        // those still waiting for the model are judged after the import, with the rows as they are then
        waiting.replaceAll((id, w) -> w.row() < 0 ? w : new Judged<>(w.facts(), w.made(), -1, null));
        judgingNanos += System.nanoTime() - started;
    }

    @Override
    public void committed() {
        verdicts.fileEnded(true);
    }

    @Override
    public void rolledBack() {
        spoilt = true;
        verdicts.fileEnded(false);
        close();
    }

    /**
     * Hands over what is left and waits until this thread has taken all of it: true then, false when it is not
     * there to (not listening, ended or failed).
     */
    private boolean drained() {
        if (!thread.isAlive()) {
            return false;
        }
        writing = false; // the import waits: read on every core
        try {
            if (!batch.isEmpty() && !handWhileAlive(batch)) {
                return false;
            }
            batch = new ArrayList<>(HANDOFF);
            if (!handWhileAlive(DRAIN)) {
                return false;
            }
            while (!drained.tryAcquire(50, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    return false;
                }
            }
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("triage interrupted");
        } finally {
            writing = true;
        }
    }

    /** Queues {@code heard}, waiting for room while this thread runs; false when it has ended. */
    private boolean handWhileAlive(List<Heard> heard) throws InterruptedException {
        while (!queue.offer(heard, 50, TimeUnit.MILLISECONDS)) {
            if (!thread.isAlive()) {
                return false;
            }
        }
        return true;
    }

    private void hand() {
        if (!queue.offer(batch)) {
            // this thread is behind: the batch's pending comments are judged after the import, and later decisions
            // are learnt in place of its decisions
            lessonsHanded -= (int) batch.stream().filter(Heard::lesson).count();
        }
        batch = new ArrayList<>(HANDOFF);
    }

    /** Waits for what was handed over to be judged; call on the import's thread once it is done writing. */
    void finish() {
        if (!thread.isAlive()) {
            return;
        }
        writing = false;
        if (!batch.isEmpty()) {
            hand();
        }
        try {
            queue.put(END);
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("triage interrupted");
        }
    }

    private void run() {
        try {
            for (List<Heard> heard = queue.take(); heard != END && !closed; heard = queue.take()) {
                if (heard == DRAIN) {
                    drained.release();
                } else {
                    take(heard);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failed = e; // then nothing heard is used, and the run after the import judges as without it
        }
    }

    /** What is made of a comment heard: a decision learnt, a pending comment weighed or kept read, or nothing. */
    private enum Use { LEARN, WEIGH, KEEP_READ, NONE }

    /**
     * Decides what each comment of a batch is for, reads those of use, then learns and weighs in order. The reading
     * is most of the work: on this thread while the import writes (it has the other core), on every core once it is
     * done, when the import waits for what this thread has left (a 10,000-comment import finishes writing before
     * the quick model is learnt).
     */
    private void take(List<Heard> heard) {
        List<Use> uses = uses(heard);
        IntStream indices = IntStream.range(0, heard.size());
        List<Read> reads = (writing ? indices : indices.parallel())
                .mapToObj(i -> read(uses.get(i), heard.get(i)))
                .collect(Collectors.toList());
        for (int i = 0; i < heard.size(); i++) {
            Heard h = heard.get(i);
            Comment c = h.comment();
            Read read = reads.get(i);
            switch (uses.get(i)) {
                case LEARN -> {
                    lessons.add(CommentFacts.of(c), read.reading(), c.siteStatus() == Status.SPAM);
                    if (lessons.size() == quickExamples) {
                        learnt();
                    }
                }
                case WEIGH -> keep(c.remoteId(), new Judged<>(CommentFacts.of(c).hashCode(),
                        triage.weigh(read.reading()), h.row(), read.extra()));
                case KEEP_READ -> waiting.put(c.remoteId(), new Judged<>(CommentFacts.of(c).hashCode(),
                        read.reading(), h.row(), read.extra()));
                case NONE -> { }
            }
        }
    }

    private Read read(Use use, Heard h) {
        return switch (use) {
            case LEARN -> new Read(Triage.readToLearn(CommentFacts.of(h.comment())), null);
            case WEIGH, KEEP_READ -> new Read(Triage.read(CommentFacts.of(h.comment())),
                    h.row() < 0 ? null : verdicts.extra(h.comment(), h.meta()));
            case NONE -> null;
        };
    }

    /** Keeps what was made of a pending comment: for its verdict before the file commits, when it is judged then. */
    private void keep(long remoteId, Judged<Triage.Weighing> w) {
        if (w.row() >= 0) {
            verdicts.keep(w.row(), w.made(), w.extra());
        } else {
            weighed.put(remoteId, w);
        }
    }

    /**
     * What each comment of a batch is for, as taking them in order will find: a decision teaches until the model is
     * learnt; a pending comment is weighed once it is (at most {@link #MOST_WEIGHED}), else kept read (at most
     * {@link #MOST_WAITING}, and weighed when it is learnt).
     */
    private List<Use> uses(List<Heard> heard) {
        int learning = lessons == null ? quickExamples : lessons.size();
        int weighing = weighed.size() + verdicts.waiting();
        int keeping = waiting.size();
        List<Use> uses = new ArrayList<>(heard.size());
        for (Heard h : heard) {
            Use use = Use.NONE;
            if (h.lesson()) {
                if (learning < quickExamples) {
                    use = Use.LEARN;
                    if (++learning == quickExamples) {
                        weighing += keeping; // learnt: what was kept read is weighed
                        keeping = 0;
                    }
                }
            } else if (learning == quickExamples && weighing < MOST_WEIGHED) {
                use = Use.WEIGH;
                weighing++;
            } else if (learning < quickExamples && keeping < MOST_WAITING) {
                use = Use.KEEP_READ;
                keeping++;
            }
            uses.add(use);
        }
        return uses;
    }

    /** The quick model is learnt: weighs the pending comments that waited for it. */
    private void learnt() {
        triage = new Triage(lessons.fit(fewestOfEach), lessons.known());
        lessons = null; // the examples' features are learnt: free them for the import
        waiting.forEach((id, w) -> keep(id, new Judged<>(w.facts(), triage.weigh(w.made()), w.row(), w.extra())));
        waiting.clear();
    }

    /** Whether what was heard may be used: no file rolled back, and nothing failed. */
    private boolean usable() {
        return !spoilt && failed == null;
    }

    /**
     * The triage of the quick model learnt from the import's first {@link SpamTriage#QUICK_EXAMPLES} decisions,
     * which weighed what it heard after; null when it learnt none (fewer decisions came, or a model was saved).
     */
    Triage quickTriage() {
        return usable() ? triage : null;
    }

    /**
     * What {@link #quickTriage} made of {@code c} as it is now, or null when it weighed no such comment; given once
     * (what is given is freed as the run goes), and to one thread at a time.
     */
    Triage.Weighing takeWeighing(Comment c) {
        Judged<Triage.Weighing> w = usable() ? weighed.get(c.remoteId()) : null;
        if (w == null || w.facts() != CommentFacts.of(c).hashCode()) {
            return null;
        }
        weighed.remove(c.remoteId());
        return w.made();
    }

    /** How many comments are weighed and not taken yet. */
    int weighedCount() {
        return weighed.size();
    }

    /** What the verdicts written with the files committed judged. */
    Judging.Counts judgedBeforeCommit() {
        return verdicts.committed();
    }

    /** How long the import waited for those verdicts and wrote them. */
    long judgingNanos() {
        return judgingNanos;
    }

    /** The reading made of {@code c} as it is now while no model was there yet, or null. */
    Triage.Reading reading(Comment c) {
        Judged<Triage.Reading> r = usable() ? waiting.get(c.remoteId()) : null;
        return r != null && r.facts() == CommentFacts.of(c).hashCode() ? r.made() : null;
    }

    /** The authors with an approved comment, when the import brought all the database has; else null. */
    Set<String> approvedAuthors() {
        return usable() && databaseWasEmpty ? approvedAuthors : null;
    }

    /** Stops judging; what was heard and not judged yet is dropped. */
    @Override
    public void close() {
        closed = true;
        queue.clear();
        queue.offer(END);
    }
}
