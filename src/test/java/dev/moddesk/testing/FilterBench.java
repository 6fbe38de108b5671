package dev.moddesk.testing;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.DateRange;
import dev.moddesk.core.PostSummary;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SiteSummary;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * View and filter switch timings on a big database (not a test): {@code FilterBench FILE [--plans] [--only TEXT]}. For each
 * view and filter it times what the desk does on a switch (count, then the first page) and the status-view
 * counts under the filter, best of three, then the post list with its counts, and prints SQLite's plan with
 * {@code --plans}. Build a database
 * with {@code java -jar target/moddesk.jar --db FILE demo --comments 1000000}.
 */
public final class FilterBench {
    private FilterBench() {
    }

    public static void main(String[] args) {
        Path file = Path.of(args[0]);
        boolean plans = List.of(args).contains("--plans");
        // --only TEXT: only the cases whose name holds TEXT
        int only = List.of(args).indexOf("--only");
        String wanted = only > 0 && only + 1 < args.length ? args[only + 1] : "";
        try (Workspace desk = Workspace.open(file, () -> "bench"); QueueReader r = desk.newReader()) {
            List<SiteSummary> sites = r.sites();
            long site = sites.get(0).id();
            List<PostSummary> posts = r.posts(null);
            PostSummary post = posts.get(posts.size() / 2);
            long end = 1_793_491_196L; // the demo's last comment
            long week = 7 * 86_400L;
            List<Object[]> cases = new ArrayList<>();
            for (QueueFilter f : List.of(QueueFilter.pending(), new QueueFilter(Status.APPROVED, false, null),
                    new QueueFilter(Status.SPAM, false, null), new QueueFilter(Status.TRASH, false, null),
                    QueueFilter.conflicts(), QueueFilter.all())) {
                cases.add(new Object[] {"view " + name(f), QueueQuery.of(f)});
            }
            for (QueueFilter f : List.of(QueueFilter.pending(), new QueueFilter(Status.APPROVED, false, null), QueueFilter.all())) {
                QueueQuery q = QueueQuery.of(f);
                String v = name(f);
                cases.add(new Object[] {v + " + site", q.withScope(Scope.none().withSite(site))});
                cases.add(new Object[] {v + " + post", q.withScope(Scope.none().withPost(post.siteId(), post.postId()))});
                cases.add(new Object[] {v + " + last week", q.withScope(Scope.none().withDates(seconds(end - week, end + 1)))});
                cases.add(new Object[] {v + " + score >= 0.9", q.withScope(Scope.none().withMinScore(0.9))});
                cases.add(new Object[] {v + " + score >= 0.5", q.withScope(Scope.none().withMinScore(0.5))});
                cases.add(new Object[] {v + " + who 'hoplite'", q.withScope(Scope.none().withWho("hoplite"))});
                cases.add(new Object[] {v + " + who 'gmail'", q.withScope(Scope.none().withWho("gmail"))});
                cases.add(new Object[] {v + " + who 192.0.2.10", q.withScope(Scope.none().withWho("192.0.2.10"))});
                cases.add(new Object[] {v + " + post + week + score", q.withScope(Scope.none()
                        .withPost(post.siteId(), post.postId()).withDates(seconds(end - 4 * week, end + 1)).withMinScore(0.5))});
                cases.add(new Object[] {v + " + search 'drone'", q.withSearch("drone")});
                cases.add(new Object[] {v + " sorted by score", q.sortedBy(SortKey.SCORE, true)});
                cases.add(new Object[] {v + " sorted by post", q.sortedBy(SortKey.POST, true)});
                cases.add(new Object[] {v + " sorted by author", q.sortedBy(SortKey.AUTHOR, false)});
                cases.add(new Object[] {v + " + score >= 0.9 by score", q.withScope(Scope.none().withMinScore(0.9))
                        .sortedBy(SortKey.SCORE, true)});
                for (CommentType type : CommentType.values()) {
                    cases.add(new Object[] {v + " + " + type.word() + "s", q.withScope(Scope.none().withType(type))});
                }
                cases.add(new Object[] {v + " + post + pingbacks", q.withScope(Scope.none()
                        .withPost(post.siteId(), post.postId()).withType(CommentType.PINGBACK))});
            }
            System.out.printf("%-42s %9s %8s %8s %8s%n", "case", "rows", "count", "page", "counts");
            cases.removeIf(c -> !((String) c[0]).contains(wanted));
            for (Object[] c : cases) {
                QueueQuery q = (QueueQuery) c[1];
                long bestCount = Long.MAX_VALUE;
                long bestPage = Long.MAX_VALUE;
                long bestCounts = Long.MAX_VALUE;
                long total = 0;
                for (int i = 0; i < 3; i++) {
                    long t0 = System.nanoTime();
                    total = r.count(q);
                    long t1 = System.nanoTime();
                    r.page(q, 0, 100, total);
                    long t2 = System.nanoTime();
                    r.counts(q);
                    long t3 = System.nanoTime();
                    bestCount = Math.min(bestCount, t1 - t0);
                    bestPage = Math.min(bestPage, t2 - t1);
                    bestCounts = Math.min(bestCounts, t3 - t2);
                }
                System.out.printf("%-42s %,9d %6.1fms %6.1fms %6.1fms%n", c[0], total, bestCount / 1e6, bestPage / 1e6,
                        bestCounts / 1e6);
                if (plans) {
                    for (String line : planOf(desk, q)) {
                        System.out.println("      " + line);
                    }
                }
            }
            long t = System.nanoTime();
            r.counts();
            System.out.printf("global counts: %.1f ms%n", (System.nanoTime() - t) / 1e6);
            long best = Long.MAX_VALUE;
            for (int i = 0; i < 3; i++) {
                long t0 = System.nanoTime();
                r.posts(null);
                best = Math.min(best, System.nanoTime() - t0);
            }
            System.out.printf("posts with their pending and total counts (%d posts): %.1f ms%n", posts.size(), best / 1e6);
        }
    }

    private static List<String> planOf(Workspace desk, QueueQuery q) {
        try (QueueReader r = desk.newReader()) {
            return r.plan(q);
        }
    }

    private static String name(QueueFilter f) {
        return f.conflictsOnly() ? "Conflicts" : f.status() == null ? "All" : f.status().word();
    }

    private static DateRange seconds(long from, long until) {
        return new DateRange(Instant.ofEpochSecond(from), Instant.ofEpochSecond(until));
    }
}
