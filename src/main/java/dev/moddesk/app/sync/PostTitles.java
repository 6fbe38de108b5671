package dev.moddesk.app.sync;

import dev.moddesk.formats.RestMapping;
import dev.moddesk.formats.RestPost;
import dev.moddesk.site.SiteHttpException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.ImportWriter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/** The titles and links of the posts (and pages) pulled comments hang under, trashed ones included. */
final class PostTitles {
    private final WordPressClient client;
    private final ImportWriter writer;
    private final ExecutorService pool;
    private final SyncProgress progress;
    private final BooleanSupplier cancelled;
    private final List<String> warnings;

    /** {@code warnings} may be added to from several threads. */
    PostTitles(WordPressClient client, ImportWriter writer, ExecutorService pool, SyncProgress progress,
               BooleanSupplier cancelled, List<String> warnings) {
        this.client = client;
        this.writer = writer;
        this.pool = pool;
        this.progress = progress;
        this.cancelled = cancelled;
        this.warnings = warnings;
    }

    void pull(Set<Long> postIds) {
        if (postIds.isEmpty()) {
            return;
        }
        // Posts and pages share one id space: ask both endpoints at once instead of pages after posts.
        Set<Long> missing = new LinkedHashSet<>(postIds);
        CompletionService<List<RestPost>> done = new ExecutorCompletionService<>(pool);
        int requests = 0;
        for (String kind : List.of("posts", "pages")) {
            for (List<Long> chunk : chunks(new ArrayList<>(postIds), Sync.PER_PAGE)) {
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
            for (RestPost p : Parallel.next(done, cancelled)) {
                if (missing.remove(p.id())) {
                    writer.post(RestMapping.post(p));
                }
            }
            progress.update("posts", postIds.size() - missing.size(), postIds.size());
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
