package dev.moddesk.app.sync;

import dev.moddesk.formats.RestComment;
import dev.moddesk.formats.RestFormatException;
import dev.moddesk.site.WordPressClient;
import dev.moddesk.store.ImportWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.function.BooleanSupplier;

/**
 * Finds the comments the site deleted (sync rule 5 in the README). WordPress has no "modified since" filter, so the ids
 * the site listed are compared with the ones held here; each one missing from the lists is asked for by id. A
 * 404 proves it gone; a comment that is still there (a type the lists leave out) is merged as it is.
 */
final class DeletionCheck {
    private final WordPressClient client;
    private final ImportWriter writer;
    private final ExecutorService pool;
    private final SyncProgress progress;
    private final BooleanSupplier cancelled;

    DeletionCheck(WordPressClient client, ImportWriter writer, ExecutorService pool, SyncProgress progress,
                  BooleanSupplier cancelled) {
        this.client = client;
        this.writer = writer;
        this.pool = pool;
        this.progress = progress;
        this.cancelled = cancelled;
    }

    /** What the site said when asked for one comment: the comment, nothing (404), or why it could not be read. */
    private record Answer(long id, Optional<RestComment> comment, String unreadable) { }

    /** {@code listed}: the ids the site's lists gave. */
    void run(Set<Long> listed, PullMerge merge) {
        List<Long> unseen = new ArrayList<>();
        for (long id : writer.heldRemoteIds()) {
            if (!listed.contains(id)) {
                unseen.add(id);
            }
        }
        if (unseen.isEmpty()) {
            return;
        }
        CompletionService<Answer> answers = new ExecutorCompletionService<>(pool);
        for (long id : unseen) {
            answers.submit(() -> ask(id));
        }
        for (int i = 0; i < unseen.size(); i++) {
            Answer a = Parallel.next(answers, cancelled);
            if (a.unreadable() != null) {
                merge.skipped(a.unreadable());
            } else if (a.comment().isPresent()) {
                merge.merge(a.comment().get());
            } else {
                merge.gone(a.id());
            }
            progress.update("check", i + 1, unseen.size());
        }
    }

    private Answer ask(long id) {
        try {
            return new Answer(id, client.comment(id), null);
        } catch (RestFormatException e) {
            return new Answer(id, Optional.empty(), "comment " + id + ": " + e.getMessage());
        }
    }
}
