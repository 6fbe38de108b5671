package dev.moddesk.app.sync;

import dev.moddesk.app.moderation.Outcome;
import dev.moddesk.core.Comment;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ImportException;
import dev.moddesk.formats.RestMapping;
import dev.moddesk.formats.UnknownGmtDates;
import dev.moddesk.site.CommentPage;
import dev.moddesk.site.RestComment;
import dev.moddesk.site.RestFormatException;
import dev.moddesk.site.RestPost;
import dev.moddesk.site.RetryPolicy;
import dev.moddesk.site.SiteAddress;
import dev.moddesk.site.SiteAuthException;
import dev.moddesk.site.SiteException;
import dev.moddesk.site.SiteHttpException;
import dev.moddesk.site.SiteUnreachableException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.Database;
import dev.moddesk.store.ImportWriter;
import dev.moddesk.store.MergeOutcome;
import dev.moddesk.store.OutboxStore;
import dev.moddesk.store.SiteStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;

/**
 * Two-way sync with a WordPress site over REST (DESIGN.md §3): pull every comment in every status and merge it
 * with the same code and rules as a file import, in one transaction; then push the outbox, oldest first, each
 * decision leaving it only once the site confirmed it.
 *
 * <p>Network work runs on {@link #PARALLELISM} threads; every database write happens on the calling thread (the
 * store's one writer connection). Usable from a JavaFX {@code Task}: progress through {@link SyncProgress},
 * cancellation through a {@link BooleanSupplier}; a cancelled pull changes nothing, a cancelled push keeps what
 * the site already confirmed and leaves the rest queued.
 */
public final class Sync {
    public static final int PARALLELISM = 4;
    public static final int PER_PAGE = 100;
    /** The REST list filters that together cover every status ({@code approve}, not {@code approved}). */
    static final List<String> STATUSES = List.of("approve", "hold", "spam", "trash", "post-trashed");
    static final List<String> TYPES = List.of("comment", "pingback", "trackback");

    private final Database db;
    private final RetryPolicy retry;

    public Sync(Database db) {
        this(db, RetryPolicy.DEFAULT);
    }

    public Sync(Database db, RetryPolicy retry) {
        this.db = db;
        this.retry = retry;
    }

    // ---------------------------------------------------------------------------------------- site profiles --

    /** Checks a site address and credentials against the site (users/me); throws {@link SiteException} when refused. */
    public WordPressClient.Me testConnection(String siteUrl, String user, String password) {
        SiteAddress site = SiteAddress.parse(siteUrl);
        try (WordPressClient client = new WordPressClient(site, user, password, retry)) {
            return client.verify();
        }
    }

    /** Saves a site profile; the password goes to the {@link CredentialVault}, the database keeps its reference. */
    public SiteStore.Profile saveSite(String siteUrl, String user, String password) {
        SiteAddress site = SiteAddress.parse(siteUrl);
        String ref = vault().save(site.identity(), user.strip(), password);
        return new SiteStore(db).save(site.identity(), user.strip(), ref);
    }

    /** Forgets a site's credentials (the stored password file too); its comments stay. */
    public void forgetSite(String siteUrl) {
        SiteStore sites = new SiteStore(db);
        String id = SiteAddress.parse(siteUrl).identity();
        sites.find(id).ifPresent(p -> {
            if (p.credentialRef() != null) {
                vault().delete(p.credentialRef());
            }
            sites.forgetCredentials(id);
        });
    }

    public List<SiteStore.Profile> sites() {
        return new SiteStore(db).all();
    }

    /** Syncs a saved site with its stored credentials (the desk's Sync button). */
    public SyncSummary run(String siteUrl, boolean pull, boolean push, SyncProgress progress, BooleanSupplier cancelled) {
        String id = SiteAddress.parse(siteUrl).identity();
        SiteStore.Profile p = new SiteStore(db).find(id).filter(SiteStore.Profile::hasCredentials)
                .orElseThrow(() -> new SiteException("no credentials saved for " + id + "; add the site first"));
        return run(new SyncRequest(id, p.user(), vault().load(p.credentialRef()), pull, push), progress, cancelled);
    }

    /** The decisions a push would send now, oldest first (conflicts are held back). Changes nothing. */
    public List<OutboxStore.Entry> plannedPush(String siteUrl) {
        return new OutboxStore(db).pending(SiteAddress.parse(siteUrl).identity());
    }

    private CredentialVault vault() {
        return CredentialVault.beside(db.file());
    }

    // ---------------------------------------------------------------------------------------------- the run --

    public SyncSummary run(SyncRequest request, SyncProgress progress, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        SiteAddress site = SiteAddress.parse(request.siteUrl());
        List<String> warnings = Collections.synchronizedList(new ArrayList<>());
        try (WordPressClient client = new WordPressClient(site, request.user(), request.password(), retry)) {
            progress.update("connect", 0, 1);
            client.verify();
            progress.update("connect", 1, 1);
            SiteStore sites = new SiteStore(db);
            if (sites.find(site.identity()).map(p -> !request.user().strip().equals(p.user())).orElse(true)) {
                sites.save(site.identity(), request.user().strip(), null);
            }
            PullCounts in = request.pull() ? pull(client, site, progress, cancelled, warnings) : new PullCounts();
            PushCounts out = request.push() ? push(client, site, progress, cancelled) : new PushCounts();
            sites.syncedAt(site.identity(), System.currentTimeMillis());
            long remaining = new OutboxStore(db).count(site.identity());
            return new SyncSummary(in.pulled, in.inserted, in.updated + in.gone, in.conflicts, in.gone + out.gone,
                    out.pushed, out.failed, remaining, (System.nanoTime() - started) / 1e9, out.stopped,
                    List.copyOf(warnings));
        }
    }

    // ----------------------------------------------------------------------------------------------- pull --

    private static final class PullCounts {
        long pulled;
        long inserted;
        long updated;
        long conflicts;
        long gone;
        final UnknownGmtDates unknownGmt = new UnknownGmtDates();

        void add(MergeOutcome o) {
            pulled++;
            switch (o) {
                case INSERTED: inserted++; break;
                case UPDATED: updated++; break;
                case CONFLICT: updated++; conflicts++; break;
                default: break;
            }
        }
    }

    private record Page(String status, String type, int number, CommentPage content) { }

    private PullCounts pull(WordPressClient client, SiteAddress site, SyncProgress progress, BooleanSupplier cancelled,
                            List<String> warnings) {
        PullCounts counts = new PullCounts();
        ExecutorService pool = pool("moddesk-pull");
        try (ImportWriter writer = new ImportWriter(db)) {
            writer.site(site.identity(), "");
            CompletionService<Page> pages = new ExecutorCompletionService<>(pool);
            // A first page's task queues the rest of its listing itself, so the pool never waits for this
            // thread, which is busy merging pages into the store.
            AtomicInteger outstanding = new AtomicInteger();
            for (String status : STATUSES) {
                for (String type : TYPES) {
                    outstanding.incrementAndGet();
                    pages.submit(() -> {
                        CommentPage first = client.comments(status, type, 1, PER_PAGE);
                        for (int n = 2; n <= first.totalPages(); n++) {
                            int number = n;
                            outstanding.incrementAndGet();
                            pages.submit(() -> new Page(status, type, number, client.comments(status, type, number, PER_PAGE)));
                        }
                        return new Page(status, type, 1, first);
                    });
                }
            }
            Set<Long> seen = new HashSet<>();
            Set<Long> postIds = new LinkedHashSet<>();
            long expected = 0;
            while (outstanding.get() > 0) {
                Page page = next(pages, cancelled);
                outstanding.decrementAndGet();
                if (page.number() == 1) {
                    expected += page.content().total();
                }
                for (RestComment c : page.content().comments()) {
                    seen.add(c.id());
                    merge(writer, c, counts, postIds, warnings);
                }
                page.content().unreadable().forEach(why -> warnings.add(why + " (skipped)"));
                progress.update("pull", counts.pulled, expected);
            }
            pullPosts(client, writer, pool, postIds, progress, cancelled, warnings);
            findDeleted(client, writer, pool, seen, counts, postIds, progress, cancelled, warnings);
            counts.unknownGmt.warning().ifPresent(warnings::add);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sync cancelled; nothing was changed");
            }
            writer.commit();
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void merge(ImportWriter writer, RestComment rest, PullCounts counts, Set<Long> postIds,
                              List<String> warnings) {
        Optional<Comment> comment;
        try {
            comment = RestMapping.comment(rest, warnings::add, counts.unknownGmt);
        } catch (ImportException e) {
            warnings.add(e.describe() + " (skipped)");
            return;
        }
        comment.ifPresent(c -> {
            counts.add(writer.comment(c));
            postIds.add(c.postId());
        });
    }

    /** Titles and links of the posts (and pages) the comments hang under, trashed ones included. */
    private void pullPosts(WordPressClient client, ImportWriter writer, ExecutorService pool, Set<Long> postIds,
                           SyncProgress progress, BooleanSupplier cancelled, List<String> warnings) {
        if (postIds.isEmpty()) {
            return;
        }
        // Posts and pages share one id space: ask both endpoints at once instead of pages after posts.
        Set<Long> missing = new LinkedHashSet<>(postIds);
        CompletionService<List<RestPost>> done = new ExecutorCompletionService<>(pool);
        int requests = 0;
        for (String kind : List.of("posts", "pages")) {
            for (List<Long> chunk : chunks(new ArrayList<>(postIds), PER_PAGE)) {
                requests++;
                done.submit(() -> {
                    try {
                        return client.posts(kind, chunk);
                    } catch (SiteHttpException e) {
                        warnings.add("post titles not read: " + e.getMessage());
                        return List.of();
                    }
                });
            }
        }
        for (int i = 0; i < requests; i++) {
            for (RestPost p : next(done, cancelled)) {
                if (missing.remove(p.id())) {
                    writer.post(RestMapping.post(p));
                }
            }
            progress.update("posts", postIds.size() - missing.size(), postIds.size());
        }
    }

    private void findDeleted(WordPressClient client, ImportWriter writer, ExecutorService pool, Set<Long> seen,
                             PullCounts counts, Set<Long> postIds, SyncProgress progress, BooleanSupplier cancelled,
                             List<String> warnings) {
        List<Long> unseen = new ArrayList<>();
        for (long id : writer.heldRemoteIds()) {
            if (!seen.contains(id)) {
                unseen.add(id);
            }
        }
        if (unseen.isEmpty()) {
            return;
        }
        record Check(long id, Optional<RestComment> comment, String unreadable) { }
        CompletionService<Check> checks = new ExecutorCompletionService<>(pool);
        for (long id : unseen) {
            checks.submit(() -> {
                try {
                    return new Check(id, client.comment(id), null);
                } catch (RestFormatException e) {
                    return new Check(id, Optional.empty(), "comment " + id + ": " + e.getMessage());
                }
            });
        }
        for (int i = 0; i < unseen.size(); i++) {
            Check c = next(checks, cancelled);
            if (c.unreadable() != null) {
                warnings.add(c.unreadable() + " (skipped)");
            } else if (c.comment().isEmpty()) {
                if (writer.markGone(c.id())) {
                    counts.gone++;
                }
            } else {
                merge(writer, c.comment().get(), counts, postIds, warnings);
            }
            progress.update("check", i + 1, unseen.size());
        }
    }

    // ----------------------------------------------------------------------------------------------- push --

    private static final class PushCounts {
        long pushed;
        long failed;
        long gone;
        String stopped;
    }

    private enum Outcome { CONFIRMED, GONE, FAILED, SKIPPED }

    private record Pushed(OutboxStore.Entry entry, Outcome outcome, Status siteNow, String error) { }

    private PushCounts push(WordPressClient client, SiteAddress site, SyncProgress progress, BooleanSupplier cancelled) {
        OutboxStore outbox = new OutboxStore(db);
        List<OutboxStore.Entry> entries = outbox.pending(site.identity());
        PushCounts counts = new PushCounts();
        if (entries.isEmpty()) {
            return counts;
        }
        AtomicReference<String> stop = new AtomicReference<>();
        AtomicReference<SiteAuthException> refused = new AtomicReference<>();
        ExecutorService pool = pool("moddesk-push");
        try {
            CompletionService<Pushed> done = new ExecutorCompletionService<>(pool);
            for (OutboxStore.Entry e : entries) { // a FIFO pool: started oldest first
                done.submit(() -> pushOne(client, e, stop, refused));
            }
            for (int i = 0; i < entries.size(); i++) {
                if (cancelled.getAsBoolean()) {
                    stop.compareAndSet(null, "cancelled");
                }
                Pushed p = take(done);
                switch (p.outcome()) {
                    case CONFIRMED:
                        outbox.confirmStatus(p.entry(), p.siteNow());
                        counts.pushed++;
                        break;
                    case GONE:
                        outbox.gone(p.entry());
                        counts.gone++;
                        break;
                    case FAILED:
                        outbox.failed(p.entry(), p.error());
                        counts.failed++;
                        break;
                    default:
                        break;
                }
                progress.update("push", i + 1, entries.size());
            }
        } finally {
            pool.shutdownNow();
        }
        if (refused.get() != null) {
            throw refused.get(); // what the site confirmed is recorded; everything else stays queued
        }
        counts.stopped = stop.get();
        return counts;
    }

    private static Pushed pushOne(WordPressClient client, OutboxStore.Entry e, AtomicReference<String> stop,
                                  AtomicReference<SiteAuthException> refused) {
        if (stop.get() != null) {
            return new Pushed(e, Outcome.SKIPPED, null, null);
        }
        try {
            if (e.target() == Status.DELETED) {
                try {
                    client.deletePermanently(e.remoteId());
                } catch (SiteHttpException x) {
                    if (!x.notFound()) {
                        throw x;
                    }
                    // already gone: a permanent delete is done either way
                }
                return new Pushed(e, Outcome.CONFIRMED, Status.DELETED, null);
            }
            String rest = e.target().restValue().orElseThrow(() ->
                    new SiteException("status " + e.target().word() + " cannot be pushed"));
            String now = client.setStatus(e.remoteId(), rest, e.authorIp(), e.authorAgent()).status();
            Optional<Status> shown = Status.fromSite(now);
            if (shown.isPresent() && shown.get() == e.target()) {
                return new Pushed(e, Outcome.CONFIRMED, shown.get(), null);
            }
            return new Pushed(e, Outcome.FAILED, null, "the site shows comment " + e.remoteId() + " as '" + now
                    + "' after setting it to " + rest);
        } catch (SiteAuthException x) {
            refused.compareAndSet(null, x);
            stop.compareAndSet(null, x.getMessage());
            return new Pushed(e, Outcome.SKIPPED, null, null);
        } catch (SiteHttpException x) {
            if (x.notFound()) {
                return new Pushed(e, Outcome.GONE, null, null);
            }
            return new Pushed(e, Outcome.FAILED, null, x.getMessage());
        } catch (SiteUnreachableException x) {
            stop.compareAndSet(null, x.getMessage()); // no use sending the rest now: the next sync goes on
            return new Pushed(e, Outcome.FAILED, null, x.getMessage());
        } catch (SiteException x) {
            return new Pushed(e, Outcome.FAILED, null, x.getMessage());
        }
    }

    // -------------------------------------------------------------------------------------------- helpers --

    private static ExecutorService pool(String name) {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(PARALLELISM, r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The next finished task, rethrowing its failure; gives up when cancelled. */
    private static <T> T next(CompletionService<T> service, BooleanSupplier cancelled) {
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sync cancelled; nothing was changed");
            }
            try {
                Future<T> f = service.poll(100, TimeUnit.MILLISECONDS);
                if (f != null) {
                    return unwrap(f);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CancellationException("sync interrupted; nothing was changed");
            }
        }
    }

    private static <T> T take(CompletionService<T> service) {
        try {
            return unwrap(service.take());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CancellationException("sync interrupted");
        }
    }

    private static <T> T unwrap(Future<T> f) throws InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    private static <T> List<List<T>> chunks(List<T> all, int size) {
        List<List<T>> out = new ArrayList<>();
        for (int i = 0; i < all.size(); i += size) {
            out.add(List.copyOf(all.subList(i, Math.min(all.size(), i + size))));
        }
        return out;
    }
}
