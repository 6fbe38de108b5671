package dev.moddesk.app.sync;

import dev.moddesk.formats.RestComment;
import dev.moddesk.site.CommentPage;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.Database;
import dev.moddesk.store.ImportWriter;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * The pull (sync rules 1 to 5 in the README): every comment of the site in every status and type, page by page on
 * {@link Sync#PARALLELISM} threads, merged as a file import merges; then the titles of their posts
 * ({@link PostTitles}) and the comments the site no longer lists ({@link DeletionCheck}). All of it is one
 * transaction: a cancelled or failed pull changes nothing.
 */
final class Pull {
    /** The REST list filters that together cover every status ({@code approve}, not {@code approved}). */
    private static final List<String> STATUSES = List.of("approve", "hold", "spam", "trash", "post-trashed");
    /** The list filter's default is {@code comment} alone: pingbacks and trackbacks are asked for by type. */
    private static final List<String> TYPES = List.of("comment", "pingback", "trackback");

    private final Database db;
    private final WordPressClient client;
    private final SyncProgress progress;
    private final BooleanSupplier cancelled;
    private final List<String> warnings;

    /** {@code warnings} may be added to from several threads. */
    Pull(Database db, WordPressClient client, SyncProgress progress, BooleanSupplier cancelled, List<String> warnings) {
        this.db = db;
        this.client = client;
        this.progress = progress;
        this.cancelled = cancelled;
        this.warnings = warnings;
    }

    private record Page(int number, CommentPage content) { }

    PullCounts run(String siteId) {
        ExecutorService pool = Parallel.pool("moddesk-pull");
        try (ImportWriter writer = new ImportWriter(db)) {
            writer.site(siteId, "");
            PullMerge merge = new PullMerge(writer, warnings);
            Set<Long> seen = comments(pool, merge);
            new PostTitles(client, writer, pool, progress, cancelled, warnings).pull(merge.postIds());
            new DeletionCheck(client, writer, pool, progress, cancelled).run(seen, merge);
            PullCounts counts = merge.finish();
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("sync cancelled; nothing was changed");
            }
            writer.commit();
            return counts;
        } finally {
            pool.shutdownNow();
        }
    }

    /** Lists and merges every comment; the ids the site listed. */
    private Set<Long> comments(ExecutorService pool, PullMerge merge) {
        CompletionService<Page> pages = new ExecutorCompletionService<>(pool);
        // A first page's task queues the rest of its listing itself, so the pool never waits for this thread,
        // which is busy merging pages into the store.
        AtomicInteger outstanding = new AtomicInteger();
        for (String status : STATUSES) {
            for (String type : TYPES) {
                outstanding.incrementAndGet();
                pages.submit(() -> {
                    CommentPage first = client.comments(status, type, 1, Sync.PER_PAGE);
                    for (int n = 2; n <= first.totalPages(); n++) {
                        int number = n;
                        outstanding.incrementAndGet();
                        pages.submit(() -> new Page(number, client.comments(status, type, number, Sync.PER_PAGE)));
                    }
                    return new Page(1, first);
                });
            }
        }
        Set<Long> seen = new HashSet<>();
        long expected = 0;
        long read = 0;
        while (outstanding.get() > 0) {
            Page page = Parallel.next(pages, cancelled);
            outstanding.decrementAndGet();
            if (page.number() == 1) {
                expected += page.content().total();
            }
            for (RestComment c : page.content().comments()) {
                seen.add(c.id());
                merge.merge(c);
            }
            page.content().unreadable().forEach(merge::skipped);
            read += page.content().comments().size() + page.content().unreadable().size();
            progress.update("pull", read, expected);
        }
        return seen;
    }
}
