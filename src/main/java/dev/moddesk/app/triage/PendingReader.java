package dev.moddesk.app.triage;

import dev.moddesk.store.TriageStore;
import dev.moddesk.triage.CommentFacts;
import dev.moddesk.triage.Evidence;
import dev.moddesk.triage.Triage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Reads the pending comments a run judges on a thread of its own, a batch of {@link #BATCH} at a time and at most
 * two batches ahead: their rows, their {@link Triage.Reading} and their site meta. None of that needs the model, so
 * it goes on while the run reads the decisions and learns (a single thread's work that leaves the other core idle),
 * and judging is left with the model's sums.
 */
final class PendingReader implements AutoCloseable {
    /**
     * Comments per batch: the readings of three batches (two ahead, one being judged) take about 25 MB, which a
     * million-comment database's run in a 256 MB heap can spare (batches of 5,000 took 150 MB and ran out).
     */
    static final int BATCH = 1_000;

    /**
     * Pending comments read, each with its weighing made during an import or else its reading (null in the list
     * that does not hold it), and the site's evidence on those that have any.
     */
    record Batch(List<TriageStore.Row> rows, List<Triage.Weighing> weighings, List<Triage.Reading> readings,
                 Map<Long, List<Evidence>> fromSite) {
    }

    private static final Batch END = new Batch(List.of(), List.of(), List.of(), Map.of());

    private final BlockingQueue<Batch> ready = new ArrayBlockingQueue<>(2);
    private final TriageStore store;
    private final SiteKnowledge site;
    private final ImportTriage heard;
    private final boolean weighedWillDo;
    private final Thread thread;
    private volatile boolean closed;
    private volatile RuntimeException failed;

    /**
     * Reads the pending comments ({@code unscoredOnly}: those without a verdict), taking what {@code heard} made of
     * them during an import (when not null): its readings, and its weighings when {@code weighedWillDo} (the run
     * judges with the model that weighed them).
     */
    PendingReader(TriageStore store, SiteKnowledge site, boolean unscoredOnly, BooleanSupplier cancelled,
                  ImportTriage heard, boolean weighedWillDo) {
        this.store = store;
        this.site = site;
        this.heard = heard;
        this.weighedWillDo = weighedWillDo;
        thread = new Thread(() -> read(unscoredOnly, cancelled), "moddesk-triage-pending");
        thread.setDaemon(true);
        thread.start();
    }

    private void read(boolean unscoredOnly, BooleanSupplier cancelled) {
        try {
            List<TriageStore.Row> batch = new ArrayList<>();
            store.eachPending(unscoredOnly, row -> {
                if (closed || cancelled.getAsBoolean()) {
                    return false;
                }
                batch.add(row);
                if (batch.size() == BATCH) {
                    hand(batch);
                    batch.clear();
                }
                return true;
            });
            if (!batch.isEmpty()) {
                hand(batch);
            }
        } catch (RuntimeException | Error e) {
            failed = e instanceof RuntimeException r ? r : new IllegalStateException(e);
        } finally {
            put(END);
        }
    }

    private void hand(List<TriageStore.Row> rows) {
        List<Triage.Weighing> weighings = new ArrayList<>(rows.size());
        for (TriageStore.Row r : rows) {
            weighings.add(weighedWillDo ? heard.takeWeighing(r.comment()) : null);
        }
        List<Triage.Reading> readings = IntStream.range(0, rows.size()).parallel().mapToObj(i -> {
            if (weighings.get(i) != null) {
                return null;
            }
            Triage.Reading ready = heard == null ? null : heard.reading(rows.get(i).comment());
            return ready != null ? ready : Triage.read(CommentFacts.of(rows.get(i).comment()));
        }).collect(Collectors.toList());
        List<Long> ids = new ArrayList<>(rows.size());
        for (TriageStore.Row r : rows) {
            ids.add(r.id());
        }
        put(new Batch(List.copyOf(rows), weighings, readings, site.evidence(ids)));
    }

    private void put(Batch b) {
        try {
            while (!closed && !ready.offer(b, 100, TimeUnit.MILLISECONDS)) {
                // the run is still learning: wait for it to take a batch, or to give up
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next batch, or null after the last; throws what reading threw. */
    Batch next() {
        try {
            Batch b = ready.take();
            if (b != END) {
                return b;
            }
            if (failed != null) {
                throw failed;
            }
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("triage interrupted");
        }
    }

    /** Stops reading (the run ends, maybe early); a batch being read is dropped. */
    @Override
    public void close() {
        closed = true;
        ready.clear();
    }
}
