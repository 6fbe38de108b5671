package dev.moddesk.app.sync;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.formats.RestFormatException;
import dev.moddesk.site.SiteAuthException;
import dev.moddesk.site.SiteCertificateException;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.SiteHttpException;
import dev.moddesk.site.SiteUnreachableException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.Database;
import dev.moddesk.store.OutboxStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * The push (sync rule 6 in the README): the outbox oldest first on {@link Sync#PARALLELISM} threads, each entry sent by
 * the {@link ChangePush} of its kind and removed only once the site confirmed it; a failure stays queued with its
 * error. A comment's entries go one after the other, in the order of {@link dev.moddesk.core.ChangeKind} (two
 * updates of one comment at once could undo each other on the site), and stop at the first that is not
 * confirmed. A reply goes after its parent's entries, on the same thread: replying to a pending comment approves
 * it first, as WordPress does, and the site must have the approval before the reply (a reply under a comment the
 * site still holds would be a reply to nothing visible); when the parent's entries fail, the reply waits. A 401
 * or 403 stops the run at once; a site that stops answering ends the push, and the next sync goes on. Entries of
 * comments in conflict are not in the outbox's pending list: they wait for a moderator.
 */
final class Push {
    private final Database db;
    private final WordPressClient client;
    private final SyncProgress progress;
    private final BooleanSupplier cancelled;
    private final AtomicReference<String> stop = new AtomicReference<>();
    private final AtomicReference<SiteAuthException> refused = new AtomicReference<>();

    Push(Database db, WordPressClient client, SyncProgress progress, BooleanSupplier cancelled) {
        this.db = db;
        this.client = client;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /**
     * The pending entries in the order a push sends them, as runs that each go on one thread, one entry after
     * the other: comments by their oldest entry, each comment's entries by kind, and a reply's entries right
     * after those of its parent when the parent has some (its approval).
     */
    static List<List<OutboxStore.Entry>> inPushOrder(List<OutboxStore.Entry> oldestFirst) {
        Map<Long, List<OutboxStore.Entry>> byComment = new LinkedHashMap<>();
        Map<Long, Long> commentBySiteId = new HashMap<>();
        for (OutboxStore.Entry e : oldestFirst) {
            byComment.computeIfAbsent(e.commentId(), id -> new ArrayList<>()).add(e);
            commentBySiteId.put(e.remoteId(), e.commentId());
        }
        Map<Long, List<OutboxStore.Entry>> runs = new LinkedHashMap<>();
        for (Map.Entry<Long, List<OutboxStore.Entry>> comment : byComment.entrySet()) {
            List<OutboxStore.Entry> entries = comment.getValue();
            entries.sort(Comparator.comparing(OutboxStore.Entry::kind));
            OutboxStore.Entry first = entries.get(0);
            Long parent = first.kind() == ChangeKind.REPLY && first.parentId() > 0
                    ? commentBySiteId.get(first.parentId()) : null;
            if (parent != null && runs.containsKey(parent)) {
                runs.get(parent).addAll(entries);
            } else {
                runs.computeIfAbsent(comment.getKey(), id -> new ArrayList<>()).addAll(entries);
            }
        }
        return new ArrayList<>(runs.values());
    }

    private enum Outcome { CONFIRMED, HELD_BACK, GONE, FAILED, NOT_SENT }

    /** One entry's outcome: what to record when confirmed, the error when failed. */
    private record Sent(OutboxStore.Entry entry, Outcome outcome, ChangePush.Confirmed confirmed, String error) { }

    PushCounts run(String siteId) {
        OutboxStore outbox = new OutboxStore(db);
        List<List<OutboxStore.Entry>> comments = inPushOrder(outbox.pending(siteId));
        int total = comments.stream().mapToInt(List::size).sum();
        if (total == 0) {
            return PushCounts.NONE;
        }
        long pushed = 0;
        long failed = 0;
        long gone = 0;
        int done = 0;
        ExecutorService pool = Parallel.pool("moddesk-push");
        try {
            CompletionService<List<Sent>> sent = new ExecutorCompletionService<>(pool);
            for (List<OutboxStore.Entry> entries : comments) { // a FIFO pool: started oldest first
                sent.submit(() -> send(entries));
            }
            for (int i = 0; i < comments.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    stop.compareAndSet(null, "cancelled");
                }
                for (Sent s : Parallel.take(sent)) {
                    switch (s.outcome()) {
                        case CONFIRMED -> {
                            s.confirmed().record(outbox);
                            pushed++;
                        }
                        case HELD_BACK -> s.confirmed().record(outbox);
                        case GONE -> {
                            outbox.gone(s.entry());
                            gone++;
                        }
                        case FAILED -> {
                            outbox.failed(s.entry(), s.error());
                            failed++;
                        }
                        case NOT_SENT -> { }
                    }
                    progress.update("push", ++done, total);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        if (refused.get() != null) {
            throw refused.get(); // what the site confirmed is recorded; everything else stays queued
        }
        return new PushCounts(pushed, failed, gone, stop.get());
    }

    /**
     * Sends a run's entries in order. A comment's entries stop at the first the site did not confirm (the rest
     * are not sent); the replies after a parent whose entries failed fail too, with a word on why.
     */
    private List<Sent> send(List<OutboxStore.Entry> run) {
        List<Sent> out = new ArrayList<>(run.size());
        long lead = run.get(0).commentId();
        Map<Long, Sent> stoppedAt = new HashMap<>();
        Map<Long, Long> created = new HashMap<>(); // a reply's later entries go under the id the site gave it
        for (OutboxStore.Entry e : run) {
            Sent leadStop = stoppedAt.get(lead);
            Sent s;
            if (stoppedAt.containsKey(e.commentId())) {
                s = new Sent(e, Outcome.NOT_SENT, null, null);
            } else if (e.commentId() != lead && leadStop != null) {
                s = leadStop.outcome() == Outcome.FAILED || leadStop.outcome() == Outcome.GONE
                        ? new Sent(e, Outcome.FAILED, null, "waits for comment " + leadStop.entry().remoteId()
                                + " to be approved on the site first (" + leadStop.error() + ")")
                        : new Sent(e, Outcome.NOT_SENT, null, null);
            } else {
                Long siteId = created.get(e.commentId());
                s = send(siteId == null ? e : e.withRemoteId(siteId));
            }
            if (s.outcome() != Outcome.CONFIRMED) {
                stoppedAt.putIfAbsent(e.commentId(), s);
            }
            if (s.confirmed() instanceof ChangePush.Created c) {
                created.put(e.commentId(), c.siteId());
            }
            out.add(s);
        }
        return out;
    }

    private Sent send(OutboxStore.Entry e) {
        if (stop.get() != null) {
            return new Sent(e, Outcome.NOT_SENT, null, null);
        }
        try {
            ChangePush.Confirmed done = ChangePush.of(e.kind()).send(client, e);
            return new Sent(e, done instanceof ChangePush.HeldBack ? Outcome.HELD_BACK : Outcome.CONFIRMED, done, null);
        } catch (SiteAuthException x) {
            refused.compareAndSet(null, x);
            stop.compareAndSet(null, x.getMessage());
            return new Sent(e, Outcome.NOT_SENT, null, null);
        } catch (SiteHttpException x) {
            return new Sent(e, x.notFound() ? Outcome.GONE : Outcome.FAILED, null, x.getMessage());
        } catch (SiteUnreachableException | SiteCertificateException x) {
            stop.compareAndSet(null, x.getMessage()); // no use sending the rest now: the next sync goes on
            return new Sent(e, Outcome.FAILED, null, x.getMessage());
        } catch (SiteException | RestFormatException x) {
            return new Sent(e, Outcome.FAILED, null, x.getMessage());
        }
    }
}
