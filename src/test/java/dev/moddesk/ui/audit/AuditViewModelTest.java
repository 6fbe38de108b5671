package dev.moddesk.ui.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.FakeDialogs;
import dev.moddesk.ui.background.Background;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The audit view model without JavaFX running: pages, filters and export. */
class AuditViewModelTest {
    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    FakeDialogs dialogs = new FakeDialogs();
    AuditViewModel vm;

    @BeforeEach
    void open() {
        file = dir.resolve("a.db");
        String[] who = {"alice"};
        desk = Workspace.open(file, () -> who[0]);
        desk.importer(w -> { }).importFrom("fixture", "test", Fixtures.site(100));
        long id = 0;
        for (long i = 1; i <= 30; i++) { // 30 pending comments (ids not ending in 7, 8, 9): each decision logs
            do {
                id++;
            } while (Fixtures.statusOf(id) != dev.moddesk.core.Status.PENDING);
            who[0] = i <= 20 ? "alice" : "bob";
            desk.moderation().decide(List.of(StoreProbe.rowId(file, id)), i % 3 == 0 ? ModerationAction.SPAM
                    : ModerationAction.APPROVE);
        }
        vm = new AuditViewModel(Background.inline(), desk.admin().auditLog(), dialogs, ZoneOffset.UTC, 12);
        vm.onError(e -> { throw new AssertionError(e); });
        vm.load();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void pagesGoOlderAndBackNewest() {
        assertEquals(30, vm.totalProperty().get());
        assertEquals(List.of("alice", "bob"), vm.moderators());
        assertEquals(List.of("approve", "spam"), vm.actions());
        assertEquals(12, vm.rows().size());
        assertEquals("bob", vm.rows().get(0).moderator(), "newest first");
        assertEquals("1–12 of 30 decisions", vm.pageTextProperty().get());
        assertFalse(vm.hasNewerProperty().get());
        List<AuditEntry> all = new ArrayList<>(vm.rows());
        vm.older();
        assertEquals("13–24 of 30 decisions", vm.pageTextProperty().get());
        all.addAll(vm.rows());
        vm.older();
        assertEquals("25–30 of 30 decisions", vm.pageTextProperty().get());
        assertFalse(vm.hasOlderProperty().get());
        all.addAll(vm.rows());
        assertEquals(30, all.stream().map(AuditEntry::id).distinct().count());
        vm.newer();
        assertEquals("13–24 of 30 decisions", vm.pageTextProperty().get());
        vm.newer();
        assertEquals(all.subList(0, 12), vm.rows());
        assertFalse(vm.hasNewerProperty().get());
    }

    @Test
    void filtersNarrowTheLogAndTheExport() throws Exception {
        vm.moderatorProperty().set("bob");
        assertEquals(10, vm.totalProperty().get());
        assertTrue(vm.rows().stream().allMatch(e -> e.moderator().equals("bob")));
        vm.actionProperty().set("spam");
        long spamByBob = StoreProbe.number(file, "SELECT count(*) FROM audit_log WHERE moderator = 'bob' AND action = 'spam'");
        assertEquals(spamByBob, vm.totalProperty().get());
        assertEquals(spamByBob, vm.rows().size());

        // the days of the decisions, not the clock's: stable when midnight passes during the test
        LocalDate first = StoreProbe.decisionDay(file, false);
        LocalDate today = StoreProbe.decisionDay(file, true);
        vm.fromProperty().set(today.plusDays(1));
        assertEquals(0, vm.totalProperty().get());
        assertEquals("No decisions match", vm.pageTextProperty().get());
        vm.fromProperty().set(first);
        vm.toProperty().set(today);
        assertEquals(spamByBob, vm.totalProperty().get());

        Path json = dir.resolve("bob-spam.json");
        dialogs.saveFiles.add(json);
        vm.chooseTargetAndExport(ExportFormat.JSON, today);
        String text = Files.readString(json);
        assertEquals(spamByBob, text.split("\"moderator\"", -1).length - 1, text);
        assertFalse(text.contains("alice"));
        assertEquals(1, dialogs.infos.size());

        vm.clearFilters();
        assertEquals(30, vm.totalProperty().get());
    }
}
