package dev.moddesk.app.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.export.Exporter;
import dev.moddesk.app.reports.AuditLog;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.AuditFilter;
import dev.moddesk.core.DateRange;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit log service: newest first in keyset pages, filters, counts, and a cancellable export. */
class AuditLogTest {
    @TempDir
    Path dir;

    @Test
    void pagesNewestFirstWithFiltersAndCounts() {
        Path file = dir.resolve("a.db");
        String[] who = {"alice"};
        try (Workspace desk = Workspace.open(file, () -> who[0])) {
            desk.importer(w -> { }).importFrom("fixture", "test", Fixtures.site(60));
            for (long i = 1; i <= 25; i++) {
                who[0] = i % 2 == 0 ? "bob" : "alice";
                desk.moderation().decide(List.of(StoreProbe.rowId(file, i)), ModerationAction.APPROVE);
            }
            AuditLog log = desk.admin().auditLog();
            // comments 7 and 17 were approved already: approving them again changes nothing and logs nothing
            assertEquals(23, log.count(AuditFilter.all()));
            assertEquals(List.of("alice", "bob"), log.moderators());

            List<AuditEntry> seen = new ArrayList<>();
            AuditLog.Page page = log.page(AuditFilter.all(), AuditLog.Order.NEWEST_FIRST, null, 10);
            while (true) {
                seen.addAll(page.entries());
                if (!page.more()) {
                    break;
                }
                page = log.page(AuditFilter.all(), AuditLog.Order.NEWEST_FIRST, page.lastId(), 10);
            }
            assertEquals(23, seen.size());
            for (int i = 1; i < seen.size(); i++) {
                assertTrue(seen.get(i - 1).id() > seen.get(i).id(), "newest first");
            }
            assertEquals(25, seen.get(0).commentId(), "the last decision comes first");

            AuditFilter bob = new AuditFilter("bob", null, null);
            assertEquals(12, log.count(bob));
            assertTrue(log.page(bob, AuditLog.Order.NEWEST_FIRST, null, 100).entries().stream()
                    .allMatch(e -> e.moderator().equals("bob")));
            assertEquals(0, log.count(new AuditFilter(null, "spam", null)));
            Instant now = Instant.now();
            assertEquals(0, log.count(new AuditFilter(null, null, new DateRange(now.plusSeconds(60), null))));
            assertEquals(23, log.count(new AuditFilter(null, null, new DateRange(now.minusSeconds(60), null))));
            assertEquals(0, log.count(new AuditFilter(null, null, new DateRange(null, now.minusSeconds(60)))));
        }
    }

    @Test
    void exportWritesTheFilteredLogAndACancelLeavesNoFile() throws Exception {
        Path file = dir.resolve("b.db");
        try (Workspace desk = Fixtures.desk(file, 3000, "carol")) {
            List<Long> ids = new ArrayList<>();
            for (long i = 1; i <= 2500; i++) {
                ids.add(StoreProbe.rowId(file, i));
            }
            desk.moderation().decide(ids, ModerationAction.TRASH);
            AuditLog log = desk.admin().auditLog();
            long lines = log.count(AuditFilter.all());
            assertTrue(lines > 2000, "decisions that changed something: " + lines);

            Path csv = dir.resolve("out/audit.csv");
            Exporter.Result r = log.export(AuditFilter.all(), ExportFormat.CSV, csv, Exporter.Progress.NONE, () -> false);
            assertEquals(lines, r.exported());
            assertEquals(lines + 1, Files.readAllLines(csv).size(), "a header and one line per decision");

            Path cancelled = dir.resolve("out/cancelled.json");
            long[] calls = {0};
            assertThrows(CancellationException.class, () -> log.export(AuditFilter.all(), ExportFormat.JSON, cancelled,
                    (w, t) -> calls[0]++, () -> calls[0] > 1));
            assertFalse(Files.exists(cancelled));
            try (Stream<Path> left = Files.list(dir.resolve("out"))) {
                assertEquals(List.of(csv), left.toList(), "no temporary file is left behind");
            }
            assertThrows(IllegalArgumentException.class, () -> log.export(AuditFilter.all(), ExportFormat.WXR,
                    dir.resolve("x.xml"), Exporter.Progress.NONE, () -> false));
        }
    }
}
