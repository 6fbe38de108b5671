package dev.moddesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.app.reports.Reports;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.Comment;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.FakeDialogs;
import dev.moddesk.ui.audit.AuditViewModel;
import dev.moddesk.ui.background.Background;
import dev.moddesk.ui.export.ExportViewModel;
import dev.moddesk.ui.filters.FiltersViewModel;
import dev.moddesk.ui.queue.QueueViewModel;
import dev.moddesk.ui.reports.ReportsViewModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One date range, the same comments and decisions wherever it is picked: the export dialog's count, the filter
 * bar's queue and {@code export --since/--until}; the audit window and {@code audit}; the Reports window and
 * {@code report}. Comments lie on both sides of each day's edges, in UTC and in Tokyo.
 */
class SameRangeEverywhereTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST = LocalDate.of(2026, 3, 10);
    private static final LocalDate LAST = FIRST.plusDays(1);
    private static final ZoneId TOKYO = ZoneId.of("Asia/Tokyo");
    /** Remote id → when the comment was written. */
    private static final Map<Long, String> DATES = Map.ofEntries(
            Map.entry(1L, "2026-03-09T23:59:59Z"), Map.entry(2L, "2026-03-10T00:00:00Z"),
            Map.entry(3L, "2026-03-10T12:00:00Z"), Map.entry(4L, "2026-03-11T23:59:59Z"),
            Map.entry(5L, "2026-03-12T00:00:00Z"), Map.entry(6L, "2026-02-10T00:00:00Z"),
            Map.entry(7L, "2026-02-09T23:59:59Z"), Map.entry(8L, "2026-03-09T15:00:00Z"),
            Map.entry(9L, "2026-03-09T14:59:59Z"), Map.entry(10L, "2026-03-11T14:59:59Z"),
            Map.entry(11L, "2026-03-11T15:00:00Z"));
    private static final Status[] STATUSES = {Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH};

    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    FakeDialogs dialogs = new FakeDialogs();

    @BeforeEach
    void open() {
        file = dir.resolve("ranges.db");
        desk = Workspace.open(file, () -> "alice");
        desk.importer(w -> { }).importFrom("ranges", "test", sink -> {
            sink.site(Fixtures.SITE, "Example Blog");
            DATES.forEach((id, when) -> {
                Comment c = Fixtures.comment(id, STATUSES[(int) (id % 4)]);
                sink.comment(new Comment(id, c.postId(), 0, c.author(), c.email(), c.url(), c.ip(), c.agent(),
                        c.userId(), Instant.parse(when).getEpochSecond(), c.type(), c.content(), c.siteStatus()));
            });
        });
        // decisions just before, at the start of, at the end of and just after the two days (UTC)
        long comment = StoreProbe.rowId(file, 2);
        for (String at : List.of("2026-03-09T23:59:59.999Z", "2026-03-10T00:00:00Z", "2026-03-11T23:59:59.999Z",
                "2026-03-12T00:00:00Z")) {
            StoreProbe.execute(file, "INSERT INTO audit_log (at, moderator, comment_id, action, from_status, to_status) "
                    + "VALUES (?, 'alice', ?, 'approve', 'pending', 'approved')", Instant.parse(at).toEpochMilli(), comment);
        }
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theExportDialogTheFilterBarAndTheCommandLineTakeTheSameComments() throws IOException {
        assertSameComments(ZoneOffset.UTC, "2026-03-10", "2026-03-11", Set.of(2L, 3L, 4L, 10L, 11L));
        // the windows' days are the user's; the command line reaches them with timestamps and an offset
        assertSameComments(TOKYO, "2026-03-10T00:00:00+09:00", "2026-03-12T00:00:00+09:00", Set.of(1L, 2L, 3L, 8L, 10L));
    }

    private void assertSameComments(ZoneId zone, String since, String until, Set<Long> expected) throws IOException {
        ExportViewModel export = new ExportViewModel(Background.inline(), desk.admin(), dialogs, zone);
        export.onError(e -> { throw new AssertionError(e); });
        export.load();
        export.fromProperty().set(FIRST);
        export.toProperty().set(LAST);
        assertEquals(expected.size(), export.matchingProperty().get(), "the export dialog's count in " + zone);

        Set<Long> inQueue = new TreeSet<>();
        try (QueueReader pages = desk.newReader(); QueueReader info = desk.newReader()) {
            QueueViewModel queue = new QueueViewModel(Background.inline(), pages, info);
            queue.onError(e -> { throw new AssertionError(e); });
            queue.show(QueueFilter.all());
            FiltersViewModel filters = new FiltersViewModel(Background.inline(), info, queue, zone);
            filters.dates(FIRST, LAST);
            for (int i = 0; i < queue.totalProperty().get(); i++) {
                inQueue.add(queue.rows().peek(i).remoteId());
            }
            assertEquals(FIRST, filters.fromDay(filters.scope().dates()), "the bar shows the days it was given");
            assertEquals(LAST, filters.toDay(filters.scope().dates()));
        }
        assertEquals(expected, inQueue, "the filter bar's queue in " + zone);

        Path out = dir.resolve("export-" + zone.getId().replace('/', '-') + ".json");
        cli("export", "--status", "pending,approved,spam,trash", "--format", "json", "--out", out.toString(),
                "--since", since, "--until", until);
        Set<Long> exported = new TreeSet<>();
        JSON.readTree(out.toFile()).forEach(c -> exported.add(c.get("id").asLong()));
        assertEquals(expected, exported, "export --since " + since + " --until " + until);
    }

    @Test
    void theAuditWindowAndTheCommandLineShowTheSameDecisions() {
        AuditViewModel window = new AuditViewModel(Background.inline(), desk.admin().auditLog(), dialogs,
                ZoneOffset.UTC, 50);
        window.onError(e -> { throw new AssertionError(e); });
        window.load();
        window.fromProperty().set(FIRST);
        window.toProperty().set(LAST);
        List<String> shown = new ArrayList<>();
        for (AuditEntry e : window.rows()) {
            shown.add(0, Instant.ofEpochMilli(e.at()).toString()); // the window is newest first, the command line not
        }
        assertEquals(List.of("2026-03-10T00:00:00Z", "2026-03-11T23:59:59.999Z"), shown);
        assertEquals(2, window.totalProperty().get());

        List<String> printed = new ArrayList<>();
        for (String line : cli("audit", "--since", "2026-03-10", "--until", "2026-03-11").split("\\R")) {
            printed.add(line.substring(0, line.indexOf(' ')));
        }
        assertEquals(shown, printed);
    }

    @Test
    void theReportsWindowAndTheCommandLineCountTheSame() {
        ReportsViewModel window = new ReportsViewModel(Background.inline(), desk.admin().reports(), () -> LAST);
        window.onError(e -> { throw new AssertionError(e); });
        window.rangeProperty().set(Reports.Range.LAST_30_DAYS);
        Reports.Summary s = window.summary();
        assertEquals(LocalDate.of(2026, 2, 10), s.from(), "the last 30 days up to " + LAST);

        JsonNode report = json(cli("report", "--json", "--since", s.from().toString()));
        long comments = 0;
        long spam = 0;
        for (JsonNode day : report.get("per_day")) {
            comments += day.get("total").asLong();
            spam += day.get("spam").asLong();
        }
        long decisions = 0;
        for (JsonNode m : report.get("decisions_per_moderator")) {
            decisions += m.get("decisions").asLong();
        }
        assertEquals(DATES.size() - 1, s.comments(), "all but the comment of the day before the range");
        assertEquals(s.comments(), comments);
        assertEquals(s.spam(), spam);
        assertEquals(4, s.decisions());
        assertEquals(s.decisions(), decisions);
        assertEquals(s.medianSecondsToDecision().longValue(), report.get("median_seconds_to_decision").asLong());
        assertEquals(s.topPendingPosts().size(), report.get("top_pending_posts").size());
    }

    private String cli(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> argv = new ArrayList<>(List.of("--db", file.toString()));
        argv.addAll(List.of(args));
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), argv.toArray(String[]::new));
        assertEquals(0, code, String.join(" ", args) + ": " + err);
        return out.toString();
    }

    private static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError(text, e);
        }
    }
}
