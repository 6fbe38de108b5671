package dev.moddesk.cli;

import static dev.moddesk.cli.CliTest.JSON;
import static dev.moddesk.cli.CliTest.keys;
import static dev.moddesk.cli.CliTest.ok;
import static dev.moddesk.cli.CliTest.userError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.moddesk.core.Status;
import dev.moddesk.testing.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export}, {@code audit}, {@code report} and {@code demo} on the command line: exit codes, JSON keys and
 * values derived from the fixture site ({@link Fixtures}: comment i is pending unless i % 10 is 7, 8 or 9), and
 * an existing {@code --out} file replaced as a whole, never written into.
 */
class AdminCommandsTest {
    private static final int N = 40;

    @TempDir
    Path dir;
    private String db;

    @BeforeEach
    void fixtureSite() {
        Path file = dir.resolve("desk.db");
        Fixtures.desk(file, N, "prep").close();
        db = file.toString();
    }

    @Test
    void exportWritesTheChosenStatusesAndReplacesAnExistingFileWhole() throws IOException {
        ok("--db", db, "moderate", "--action", "spam", "--ids", "1,2", "--by", "alice"); // two pending ones
        Path out = Files.createDirectories(dir.resolve("out")).resolve("comments.json");
        Files.writeString(out, "an older export");
        Path oldName = dir.resolve("out/older.json");
        Files.createLink(oldName, out); // shares the old file's bytes: writing into it would show here

        JsonNode summary = ok("--db", db, "export", "--status", "spam,trash", "--format", "json", "--out", out.toString(),
                "--json").json();
        assertEquals(Set.of("exported", "seconds"), keys(summary));
        long expected = Fixtures.count(N, Status.SPAM) + 2 + Fixtures.count(N, Status.TRASH);
        assertEquals(expected, summary.get("exported").asLong());
        JsonNode rows = JSON.readTree(out.toFile());
        assertEquals(expected, rows.size());
        Set<String> statuses = new HashSet<>();
        rows.forEach(r -> statuses.add(r.get("status").asText()));
        assertEquals(Set.of("spam", "trash"), statuses);
        assertEquals("an older export", Files.readString(oldName), "the old file was replaced, not overwritten");
        assertEquals(Set.of("comments.json", "older.json"), names(dir.resolve("out")), "no temporary file left");

        byte[] before = Files.readAllBytes(out);
        assertTrue(userError("--db", db, "export", "--status", "spam", "--format", "pdf", "--out", out.toString())
                .contains("pdf"));
        assertTrue(userError("--db", db, "export", "--status", "nonsense", "--format", "csv", "--out", out.toString())
                .contains("nonsense"));
        assertEquals(new String(before), Files.readString(out), "a refused export leaves the file as it was");
        assertEquals(Set.of("comments.json", "older.json"), names(dir.resolve("out")));
    }

    @Test
    void auditFiltersAndExportsTheLog() throws IOException {
        ok("--db", db, "moderate", "--action", "approve", "--ids", "1,2,3", "--by", "alice");
        ok("--db", db, "moderate", "--action", "spam", "--ids", "4", "--by", "bob");

        Path json = dir.resolve("alice.json");
        ok("--db", db, "audit", "--moderator", "alice", "--out", json.toString(), "--format", "json");
        JsonNode lines = JSON.readTree(json.toFile());
        assertEquals(3, lines.size());
        for (JsonNode l : lines) {
            assertEquals("alice", l.get("moderator").asText());
            assertEquals("pending", l.get("from_status").asText());
            assertEquals("approved", l.get("to_status").asText());
            assertEquals(Fixtures.SITE, l.get("site").asText());
        }
        Path csv = dir.resolve("all.csv");
        ok("--db", db, "audit", "--out", csv.toString(), "--format", "csv");
        List<String> rows = Files.readAllLines(csv);
        assertEquals(1 + 4, rows.size(), "a header and four decisions: " + rows);
        List<String> printed = List.of(ok("--db", db, "audit", "--action", "spam").out().strip().split("\\R"));
        assertEquals(1, printed.size(), printed.toString());
        assertTrue(printed.get(0).contains("bob") && printed.get(0).contains("spam"), printed.get(0));
        userError("--db", db, "audit", "--since", "yesterday-ish");

        ok("--db", db, "moderate", "--action", "trash", "--ids", "5", "--by", "triage (auto-spam at 0.95)");
        List<String> all = List.of(ok("--db", db, "audit").out().strip().split("\\R"));
        assertEquals(5, all.size(), all.toString());
        // after the time (whose text drops ".000" milliseconds), the columns line up
        int arrow = afterTheTime(all.get(0)).indexOf('→');
        assertTrue(arrow > 0, all.get(0));
        for (String l : all) {
            assertEquals(arrow, afterTheTime(l).indexOf('→'), "the columns in line whatever the moderator's name:\n"
                    + String.join("\n", all));
        }
    }

    private static String afterTheTime(String auditLine) {
        return auditLine.substring(auditLine.indexOf("  "));
    }

    @Test
    void reportCountsWhatTheFixtureSiteHolds() {
        ok("--db", db, "moderate", "--action", "spam", "--ids", "1,2", "--by", "alice");
        ok("--db", db, "moderate", "--action", "approve", "--ids", "3", "--by", "bob");
        JsonNode report = ok("--db", db, "report", "--json").json();
        assertTrue(keys(report).containsAll(Set.of("per_day", "top_pending_posts", "decisions_per_moderator",
                "median_seconds_to_decision")), keys(report).toString());
        // all fixture comments fall on one day (a minute apart)
        assertEquals(1, report.get("per_day").size());
        JsonNode day = report.get("per_day").get(0);
        long spam = Fixtures.count(N, Status.SPAM) + 2;
        long pending = Fixtures.count(N, Status.PENDING) - 3;
        assertEquals(N, day.get("total").asLong());
        assertEquals(spam, day.get("spam").asLong());
        assertEquals(pending, day.get("pending").asLong());
        assertEquals(Fixtures.count(N, Status.APPROVED) + 1, day.get("approved").asLong());
        assertEquals((double) spam / N, day.get("spam_share").asDouble(), 0.0001);

        Map<Long, Long> pendingPerPost = new HashMap<>(); // comment i is on post 1 + i % 3
        for (long i = 4; i <= N; i++) {
            if (Fixtures.statusOf(i) == Status.PENDING) {
                pendingPerPost.merge(1 + i % 3, 1L, Long::sum);
            }
        }
        List<Long> ranked = new ArrayList<>();
        report.get("top_pending_posts").forEach(p -> {
            assertEquals(pendingPerPost.get(p.get("post_id").asLong()), p.get("pending").asLong(), p.toString());
            ranked.add(p.get("pending").asLong());
        });
        assertEquals(3, ranked.size());
        assertEquals(ranked.stream().sorted((a, b) -> Long.compare(b, a)).toList(), ranked, "busiest first");

        Map<String, Long> decisions = new HashMap<>();
        report.get("decisions_per_moderator").forEach(d -> decisions.merge(d.get("moderator").asText(),
                d.get("decisions").asLong(), Long::sum));
        assertEquals(Map.of("alice", 2L, "bob", 1L), decisions);
        assertTrue(report.get("median_seconds_to_decision").asDouble() > 0);
    }

    @Test
    void demoFillsOnceAndAgainChangesNothing() {
        Path file = dir.resolve("demo.db");
        JsonNode first = ok("--db", file.toString(), "demo", "--comments", "300", "--json").json();
        assertEquals(Set.of("format", "comments", "inserted", "updated", "unchanged", "conflicts", "posts", "seconds"),
                keys(first));
        assertEquals(300, first.get("comments").asLong());
        assertEquals(300, first.get("inserted").asLong());
        JsonNode again = ok("--db", file.toString(), "demo", "--comments", "300", "--json").json();
        assertEquals(0, again.get("inserted").asLong());
        assertEquals(0, again.get("updated").asLong());
        assertEquals(300, again.get("unchanged").asLong());
        userError("--db", file.toString(), "demo", "--comments", "0");
        assertEquals(300, ok("--db", file.toString(), "stats", "--json").json().get("total").asLong(), "a refused demo adds nothing");
        String said = ok("--db", dir.resolve("small.db").toString(), "demo", "--comments", "5").out();
        assertTrue(said.contains("5 comments (5 new)"), said);
    }

    private static Set<String> names(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return new HashSet<>(files.map(f -> f.getFileName().toString()).toList());
        }
    }
}
