package dev.moddesk.bench;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.sync.Sync;
import dev.moddesk.app.sync.SyncRequest;
import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.Status;
import dev.moddesk.site.WordPressTestSite;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * Sync speed against the project's real WordPress (src/test/wordpress/wp-test-site.sh) compared with curl doing
 * the same HTTP work with the same parallelism ({@code xargs -P4 curl}):
 * <ul>
 *   <li>pull: every comment page of every status and type ({@code per_page=100}) — curl only fetches the pages,
 *       ModDesk also checks the credentials, reads the post titles, parses and merges everything into SQLite;</li>
 *   <li>push: 1,000 status changes ({@code POST /comments/ID}), each run really changing the site, the
 *       directions alternating between the two from round to round.</li>
 * </ul>
 * Not a test (the name does not end in Test/IT).
 *
 * <pre>
 * ./mvnw -q -B -DskipTests package &amp;&amp; ./mvnw -q -B test-compile
 * java -cp "target/test-classes:target/moddesk.jar" dev.moddesk.bench.SyncBenchmark [--comments 10000] [--push 1000] [--rounds 3]
 * </pre>
 */
public final class SyncBenchmark {
    private int comments = 10_000;
    private int pushes = 1_000;
    private int rounds = 3;
    private final Path work = Path.of("target", "sync-bench");

    public static void main(String[] args) throws Exception {
        SyncBenchmark b = new SyncBenchmark();
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--comments": b.comments = Integer.parseInt(args[++i]); break;
                case "--push": b.pushes = Integer.parseInt(args[++i]); break;
                case "--rounds": b.rounds = Integer.parseInt(args[++i]); break;
                default: throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        b.run();
    }

    private WordPressTestSite site;
    private Path netrc;

    private void run() throws Exception {
        Files.createDirectories(work);
        site = WordPressTestSite.forCheckout("bench");
        log("starting WordPress with " + comments + " comments (seeding takes a while the first time)");
        site.start(20, comments, false);
        netrc = work.resolve("netrc");
        String host = java.net.URI.create(site.url()).getHost();
        Files.writeString(netrc, "machine " + host + " login " + site.user() + " password " + site.appPassword() + "\n");
        Files.setPosixFilePermissions(netrc, PosixFilePermissions.fromString("rw-------"));
        try {
            List<String> pages = pageUrls();
            log(pages.size() + " comment pages of " + Sync.PER_PAGE);
            pullRounds(pages);
            pushRounds();
        } finally {
            Files.deleteIfExists(netrc);
            site.stop();
        }
    }

    // ------------------------------------------------------------------------------------------------ pull --

    private void pullRounds(List<String> pages) throws Exception {
        Path urls = work.resolve("pull-urls.txt");
        Files.write(urls, pages);
        List<Double> curl = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        long pulled = 0;
        for (int r = 0; r < rounds; r++) {
            curl.add(curl(List.of("sh", "-c", "xargs -P" + Sync.PARALLELISM + " -n 16 curl -s --fail -o /dev/null --netrc-file "
                    + netrc + " < " + urls)));
            Path db = work.resolve("pull.db");
            deleteDb(db);
            long t0 = System.nanoTime();
            try (Database d = Database.open(db)) {
                SyncSummary s = new Sync(d).run(new SyncRequest(site.url(), site.user(), site.appPassword(), true, false),
                        (p, n, t) -> { }, () -> false);
                pulled = s.pulled();
            }
            java.add((System.nanoTime() - t0) / 1e9);
            log(String.format(Locale.ROOT, "pull round %d: curl %.2f s, ModDesk %.2f s (%d comments)", r + 1,
                    curl.get(r), java.get(r), pulled));
        }
        Path cliDb = work.resolve("pull-cli.db");
        deleteDb(cliDb);
        Path pw = work.resolve("pw");
        Files.writeString(pw, site.appPassword());
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        double cli = curl(List.of("java", "-jar", "target/moddesk.jar", "--db", cliDb.toString(), "sync", "--site", site.url(),
                "--user", site.user(), "--password-file", pw.toString(), "--pull-only", "--json"));
        Files.deleteIfExists(pw);
        report("pull " + pulled + " comments", pulled, median(curl), median(java));
        System.out.printf(Locale.ROOT, "  (the CLI end to end, JVM start included: %.2f s, %.0f comments/s)%n", cli, pulled / cli);
    }

    /** The same list pages ModDesk's pull asks for: every status and type, every page. */
    private List<String> pageUrls() {
        List<String> out = new ArrayList<>();
        for (String status : List.of("approve", "hold", "spam", "trash", "post-trashed")) {
            for (String type : List.of("comment", "pingback", "trackback")) {
                String q = "/comments?context=edit&per_page=" + Sync.PER_PAGE + "&status=" + status + "&type=" + type
                        + "&orderby=id&order=asc";
                HttpResponse<String> r = site.rest("GET", q + "&page=1", null);
                int total = Integer.parseInt(r.headers().firstValue("X-WP-TotalPages").orElse("1"));
                for (int p = 1; p <= total; p++) {
                    out.add(site.get("WP_REST_URL") + q + "&page=" + p);
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------------------------ push --

    private void pushRounds() throws Exception {
        Path db = work.resolve("push.db");
        deleteDb(db);
        List<Double> curl = new ArrayList<>();
        List<Double> java = new ArrayList<>();
        try (Database d = Database.open(db)) {
            Sync sync = new Sync(d);
            SyncRequest pull = new SyncRequest(site.url(), site.user(), site.appPassword(), true, false);
            SyncRequest push = new SyncRequest(site.url(), site.user(), site.appPassword(), false, true);
            sync.run(pull, (p, n, t) -> { }, () -> false);
            List<Long> ids = new ArrayList<>();
            StoreProbe.queue(d.writer(), new QueueFilter(Status.APPROVED, false, null), pushes)
                    .forEach(i -> ids.add(i.comment().remoteId()));
            if (ids.size() < pushes) {
                throw new IllegalStateException("only " + ids.size() + " approved comments; seed more");
            }
            Collections.sort(ids);
            for (int r = 0; r < rounds; r++) {
                // Directions alternate, so that neither side always gets the cheaper one:
                // even rounds curl approved->hold then ModDesk hold->approved; odd rounds the other way round.
                boolean curlFirst = r % 2 == 0;
                if (curlFirst) {
                    curl.add(curlPush(ids, "hold"));
                }
                sync.run(pull, (p, n, t) -> { }, () -> false);
                decide(d, ids, curlFirst ? ModerationAction.APPROVE : ModerationAction.HOLD);
                long t0 = System.nanoTime();
                SyncSummary s = sync.run(push, (p, n, t) -> { }, () -> false);
                java.add((System.nanoTime() - t0) / 1e9);
                if (s.pushed() != ids.size()) {
                    throw new IllegalStateException("pushed " + s.pushed() + " of " + ids.size() + ": " + s);
                }
                if (!curlFirst) {
                    curl.add(curlPush(ids, "approved"));
                }
                log(String.format(Locale.ROOT, "push round %d (%s): curl %.2f s, ModDesk %.2f s", r + 1,
                        curlFirst ? "curl approved->hold, ModDesk hold->approved" : "ModDesk approved->hold, curl hold->approved",
                        curl.get(r), java.get(r)));
            }
        }
        report("push " + pushes + " decisions", pushes, median(curl), median(java));
    }

    private static void decide(Database d, List<Long> ids, ModerationAction action) {
        Moderation m = new Moderation(d, () -> "test");
        new Moderation(d, () -> "bench").decide(m.findBySiteIds(null, ids), action);
    }

    private double curlPush(List<Long> ids, String status) throws Exception {
        Path urls = work.resolve("push-urls.txt");
        List<String> lines = new ArrayList<>();
        for (long id : ids) {
            lines.add(site.get("WP_REST_URL") + "/comments/" + id + "?context=edit");
        }
        Files.write(urls, lines);
        return curl(List.of("sh", "-c", "xargs -P" + Sync.PARALLELISM + " -n 1 curl -s --fail -o /dev/null --netrc-file "
                + netrc + " -X POST -H 'Content-Type: application/json' -d '{\"status\":\"" + status + "\"}' < " + urls));
    }

    // ------------------------------------------------------------------------------------------------ misc --

    private static double curl(List<String> cmd) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int code = p.waitFor();
        double s = (System.nanoTime() - t0) / 1e9;
        if (code != 0) {
            throw new IllegalStateException(String.join(" ", cmd).replaceAll("--netrc-file \\S+", "") + " failed (" + code + "): " + out);
        }
        return s;
    }

    private static void report(String what, long units, double curl, double java) {
        double ratio = curl / java;
        System.out.printf(Locale.ROOT, "%-26s curl %7.2f s (%6.0f/s)   ModDesk %7.2f s (%6.0f/s)   ModDesk/curl rate %5.1f%%  %s%n",
                what, curl, units / curl, java, units / java, ratio * 100, ratio >= 0.8 ? "(target >= 80%: met)" : "(target >= 80%: MISSED)");
    }

    private static double median(List<Double> xs) {
        List<Double> s = new ArrayList<>(xs);
        Collections.sort(s);
        return s.get(s.size() / 2);
    }

    private static void deleteDb(Path db) throws IOException {
        for (String suffix : List.of("", "-wal", "-shm")) {
            Files.deleteIfExists(Path.of(db + suffix));
        }
    }

    private static void log(String m) {
        System.err.println("[sync-bench] " + m);
    }
}
