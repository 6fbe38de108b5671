package dev.moddesk.testing;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Workspace timings on a big fixture database (not a test): {@code DeskBench FILE N}. Builds the database if it
 * does not exist, then times first page, view switches, a deep page, and a bulk approve of 100,000.
 */
public final class DeskBench {
    private DeskBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        boolean fresh = !Files.exists(file);
        long t0 = System.nanoTime();
        try (Workspace desk = fresh ? Fixtures.desk(file, n, "bench") : Workspace.open(file, () -> "bench")) {
            if (fresh) {
                System.out.printf("built %,d comments in %.1f s%n", n, (System.nanoTime() - t0) / 1e9);
            }
            try (QueueReader r = desk.newReader()) {
                for (QueueFilter f : List.of(QueueFilter.pending(), QueueFilter.all(), new QueueFilter(Status.SPAM, false, null),
                        QueueFilter.conflicts(), QueueFilter.pending().withSearch("casino"))) {
                    QueueQuery q = QueueQuery.of(f);
                    long s = System.nanoTime();
                    long total = r.count(q);
                    r.page(q, 0, 100, total);
                    long mid = System.nanoTime();
                    r.page(q, total / 2, 100, total);
                    long deep = System.nanoTime();
                    r.counts();
                    long c = System.nanoTime();
                    System.out.printf("%-40s %,9d rows: count+first page %4d ms, middle page %4d ms, all counts %4d ms%n",
                            f, total, (mid - s) / 1_000_000, (deep - mid) / 1_000_000, (c - deep) / 1_000_000);
                }
                List<Long> ids = r.rowIds(QueueQuery.of(QueueFilter.pending()), 0, 100_000);
                long s = System.nanoTime();
                desk.moderation().decide(ids, ModerationAction.APPROVE);
                System.out.printf("bulk approve of %,d: %d ms%n", ids.size(), (System.nanoTime() - s) / 1_000_000);
                s = System.nanoTime();
                desk.moderation().undo();
                System.out.printf("undo of it: %d ms%n", (System.nanoTime() - s) / 1_000_000);
            }
            Runtime rt = Runtime.getRuntime();
            System.out.printf("heap used %d MB%n", (rt.totalMemory() - rt.freeMemory()) >> 20);
        }
    }
}
