package dev.moddesk.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moddesk.site.WordPressTestSite;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.ModDeskProcess;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --push-only} of the real jar against the real WordPress test site, killed with SIGKILL at random
 * moments. Each round decides {@value #DECIDED} comments (hold, then approve, then hold…), pushes and kills.
 * After each kill the database keeps its invariants and no decision is lost: each one is either still queued or
 * shown by the site (and then no longer queued); a re-run pushes the rest, after which the site shows every
 * decision and nothing was duplicated.
 */
@Tag("wordpress")
class KilledPushIT {
    private static final int DECIDED = 120;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WordPressTestSite site;

    @TempDir
    Path dir;

    @BeforeAll
    static void startWordPress() {
        site = WordPressTestSite.forCheckout("it").start(20, 500, true);
    }

    @AfterAll
    static void stopWordPress() {
        if (site != null) {
            site.stop();
        }
    }

    @Test
    void killedPushesLoseNoDecisionAndReRunsFinishThem() throws Exception {
        Path db = dir.resolve(Copies.DB);
        Path password = dir.resolve("password");
        Files.writeString(password, site.appPassword() + "\n");
        List<String> push = List.of("--db", db.toString(), "sync", "--site", site.url(), "--user", site.user(),
                "--password-file", password.toString(), "--push-only");
        List<String> pull = new ArrayList<>(push.subList(0, push.size() - 1));
        pull.add("--pull-only");
        Copies.prepare(pull.toArray(String[]::new));
        long comments = StoreProbe.number(db, "SELECT count(*) FROM comments");
        long audit = StoreProbe.auditRows(db);
        String ids = String.join(",", StoreProbe.strings(db, "SELECT remote_id FROM comments WHERE type = 'comment' "
                + "AND site_status IN ('approved', 'pending') AND content NOT LIKE '%<%' ORDER BY remote_id LIMIT " + DECIDED));

        Map<Long, String> wanted = decide(db, ids, "hold");
        long span = pushToTheEnd(push, db, wanted);
        int kills = KillLoop.kills();
        int lost = 0;
        int applied = 0;
        SplittableRandom random = KillLoop.random("push");
        long started = System.nanoTime();
        for (int k = 0; k < kills; k++) {
            audit = StoreProbe.auditRows(db);
            wanted = decide(db, ids, k % 2 == 0 ? "approve" : "hold");
            assertEquals(audit + wanted.size(), StoreProbe.auditRows(db));
            long delay = (long) (span * (0.05 + 0.93 * random.nextDouble()));
            Process p = KillLoop.startJar(push, dir);
            if (!p.waitFor(delay, TimeUnit.NANOSECONDS)) {
                p.destroyForcibly();
                p.waitFor();
            }
            Copies.checkedState(db);
            Map<Long, String> queued = queued(db);
            Map<Long, String> onSite = siteStatuses();
            for (Map.Entry<Long, String> d : wanted.entrySet()) {
                boolean stillQueued = d.getValue().equals(queued.get(d.getKey()));
                boolean shown = restWord(d.getValue()).equals(onSite.get(d.getKey()));
                if (!stillQueued && !shown) {
                    lost++;
                }
                if (!stillQueued && shown) {
                    applied++;
                }
            }
            assertEquals(0, lost, "decisions neither queued nor on the site after a kill at " + delay / 1_000_000 + " ms");
            assertEquals(audit + wanted.size(), StoreProbe.auditRows(db), "a push writes no audit lines");
            pushToTheEnd(push, db, wanted);
            assertEquals(comments, StoreProbe.number(db, "SELECT count(*) FROM comments"), "nothing duplicated");
        }
        System.out.printf("fault suite: push   %3d kills (%d decisions confirmed before a kill; 0 lost), 0 problems, %d s%n",
                kills, applied, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
    }

    /** Decides on every one of ids in this JVM; returns what the outbox now says for each (site id → status). */
    private static Map<Long, String> decide(Path db, String ids, String action) {
        Copies.prepare("--db", db.toString(), "moderate", "--action", action, "--ids", ids, "--by", "faults");
        Map<Long, String> wanted = queued(db);
        assertTrue(wanted.size() >= DECIDED / 3, "enough decisions to push: " + wanted.size());
        return wanted;
    }

    /** Pushes to the end; afterwards the outbox is empty and the site shows every decision. Returns the time taken. */
    private long pushToTheEnd(List<String> push, Path db, Map<Long, String> wanted) throws Exception {
        long t0 = System.nanoTime();
        ModDeskProcess.Result r = runJar(push);
        long took = System.nanoTime() - t0;
        assertEquals(0, r.exit(), r.err());
        Copies.checkedState(db);
        assertEquals(Map.of(), queued(db), "everything pushed");
        Map<Long, String> onSite = siteStatuses();
        for (Map.Entry<Long, String> d : wanted.entrySet()) {
            assertEquals(restWord(d.getValue()), onSite.get(d.getKey()), "comment " + d.getKey() + " on the site");
            assertEquals(d.getValue(), StoreProbe.status(db, d.getKey()), "comment " + d.getKey() + " here");
        }
        return took;
    }

    private ModDeskProcess.Result runJar(List<String> args) throws IOException, InterruptedException {
        Process p = KillLoop.startJar(args, dir);
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new AssertionError("the push did not end in 5 minutes");
        }
        return new ModDeskProcess.Result(p.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readString(dir.resolve("err.txt")));
    }

    /** The outbox's status entries: site id → the status they carry. */
    private static Map<Long, String> queued(Path db) {
        Map<Long, String> out = new LinkedHashMap<>();
        for (String row : StoreProbe.strings(db, "SELECT c.remote_id || ' ' || o.target FROM outbox o "
                + "JOIN comments c ON c.id = o.comment_id WHERE o.kind = 'status'")) {
            String[] f = row.split(" ");
            out.put(Long.parseLong(f[0]), f[1]);
        }
        return out;
    }

    private static String restWord(String status) {
        return "pending".equals(status) ? "hold" : status;
    }

    /** Every comment's status as the site's own REST API lists it (independent of ModDesk's client). */
    private static Map<Long, String> siteStatuses() throws IOException {
        Map<Long, String> out = new HashMap<>();
        for (String status : List.of("approve", "hold")) {
            for (int page = 1; ; page++) {
                HttpResponse<String> r = site.rest("GET", "/comments?context=edit&per_page=100&type=comment&_fields=id,status"
                        + "&status=" + status + "&page=" + page, null);
                JsonNode list = JSON.readTree(r.body());
                if (r.statusCode() != 200 || !list.isArray() || list.isEmpty()) {
                    break;
                }
                list.forEach(c -> out.put(c.path("id").asLong(), c.path("status").asText()));
            }
        }
        return out;
    }
}
