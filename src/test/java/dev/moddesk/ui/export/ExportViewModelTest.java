package dev.moddesk.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.ExportFilter;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ExportFormat;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.FakeDialogs;
import dev.moddesk.ui.background.Background;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export view model without JavaFX running: background work runs inline on the test thread. */
class ExportViewModelTest {
    private static final int N = 2_500;

    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    FakeDialogs dialogs = new FakeDialogs();
    ExportViewModel vm;

    @BeforeEach
    void open() {
        file = dir.resolve("e.db");
        desk = Fixtures.desk(file, N, "alice");
        desk.moderation().decide(List.of(StoreProbe.rowId(file, 1), StoreProbe.rowId(file, 2)), ModerationAction.SPAM);
        vm = new ExportViewModel(Background.inline(), desk.admin(), dialogs, ZoneOffset.UTC);
        vm.onError(e -> { throw new AssertionError(e); });
        vm.load();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    @Test
    void theFilterFollowsTheChoicesAndTheCountFollowsTheFilter() {
        assertEquals(List.of(Fixtures.SITE), vm.sites());
        assertEquals(List.of("alice"), vm.moderators());
        assertEquals(3, vm.posts().size(), "one site: its posts are offered at once");
        assertEquals(Set.of(Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH), vm.filter().statuses());
        assertEquals(N, vm.matchingProperty().get());
        assertEquals("2,500 comments match", vm.matchingTextProperty().get());

        vm.statusProperty(Status.PENDING).set(false);
        vm.statusProperty(Status.APPROVED).set(false);
        vm.statusProperty(Status.TRASH).set(false);
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'spam'"), vm.matchingProperty().get());
        vm.moderatorProperty().set("alice");
        assertEquals(2, vm.matchingProperty().get());
        assertEquals("alice", vm.filter().moderator());

        vm.moderatorProperty().set(null);
        vm.postProperty().set(vm.posts().stream().filter(p -> p.remoteId() == 2).findFirst().orElseThrow());
        assertEquals(2L, vm.filter().postId());
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'spam' AND post_id = 2"),
                vm.matchingProperty().get());

        // dates are whole local days; "to" includes its day
        LocalDate day = LocalDate.ofEpochDay(Fixtures.BASE_DATE / 86_400);
        vm.postProperty().set(null);
        vm.fromProperty().set(day);
        vm.toProperty().set(day);
        ExportFilter f = vm.filter();
        assertEquals(day.atStartOfDay().toEpochSecond(ZoneOffset.UTC), f.dates().fromEpochSecond());
        assertEquals(day.plusDays(1).atStartOfDay().toEpochSecond(ZoneOffset.UTC), f.dates().untilEpochSecond());
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'spam' AND date_gmt >= ? "
                + "AND date_gmt < ?", f.dates().fromEpochSecond(), f.dates().untilEpochSecond()),
                vm.matchingProperty().get());

        vm.statusProperty(Status.SPAM).set(false);
        assertEquals(0, vm.matchingProperty().get());
        assertFalse(vm.canExportProperty().get(), "no status: nothing to export");
        assertEquals("Choose at least one status to export.", vm.hintProperty().get());
    }

    @Test
    void exportWritesTheFileAndSumsUp() throws Exception {
        vm.statusProperty(Status.PENDING).set(false);
        vm.excelBomProperty().set(true);
        Path target = dir.resolve("spam-and-more.csv");
        dialogs.saveFiles.add(target);
        vm.chooseTargetAndExport(LocalDate.of(2026, 11, 27));
        long expected = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status IN ('approved','spam','trash')");
        assertEquals(expected, vm.lastResult().exported());
        byte[] bytes = Files.readAllBytes(target);
        assertEquals((byte) 0xEF, bytes[0], "the BOM Excel needs");
        List<String> lines = Files.readAllLines(target, StandardCharsets.UTF_8);
        assertTrue(lines.get(0).endsWith("site,id,post_id,post_title,parent_id,status,author,email,url,ip,date_gmt,content,"
                + "decided_by,decided_at"), lines.get(0));
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).contains(String.format("%,d comments written", expected)), dialogs.infos.get(0));
        assertFalse(vm.runningProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void noChosenFileMeansNoExport() {
        vm.chooseTargetAndExport(LocalDate.now());
        assertNull(vm.lastResult());
        assertTrue(dialogs.infos.isEmpty() && dialogs.errors.isEmpty());
        assertEquals("moddesk-decisions-2026-11-27.sh", suggested(ExportFormat.WP_CLI));
        assertEquals("moddesk-comments-2026-11-27.xml", suggested(ExportFormat.WXR));
    }

    private String suggested(ExportFormat f) {
        vm.formatProperty().set(f);
        return vm.suggestedName(LocalDate.of(2026, 11, 27));
    }

    @Test
    void cancelDuringTheExportLeavesNoFileAndKeepsAnOldOne() throws Exception {
        Path target = dir.resolve("out/all.json");
        Files.createDirectories(target.getParent());
        Files.writeString(target, "the previous export");
        vm.formatProperty().set(ExportFormat.JSON);
        vm.progressHook((written, total) -> {
            if (written >= 1024) {
                vm.cancel(); // the user presses Cancel while rows are being written
            }
        });
        vm.exportTo(target);
        assertEquals("the previous export", Files.readString(target));
        try (Stream<Path> files = Files.list(target.getParent())) {
            assertEquals(List.of(target), files.toList(), "no temporary file is left");
        }
        assertEquals("Export cancelled; no file was written", vm.messageProperty().get());
        assertTrue(dialogs.errors.isEmpty() && dialogs.infos.isEmpty());
        assertFalse(vm.runningProperty().get());
    }

    @Test
    void wxrOverTwoSitesIsRefusedBeforeAFileIsChosenAndWorksForOneSite() throws Exception {
        desk.importer(w -> { }).importFrom("other", "test", sink -> {
            sink.site("https://other.example", "Other");
            sink.comment(new Comment(1, 1, 0, "Zed", "zed@other.example", "", "192.0.2.9", null, 0,
                    Fixtures.BASE_DATE, CommentType.COMMENT, "hello", Status.APPROVED));
        });
        vm.load();
        assertEquals(2, vm.sites().size());
        assertTrue(vm.posts().isEmpty(), "all sites: no post to choose");
        vm.formatProperty().set(ExportFormat.WXR);
        assertTrue(vm.hintProperty().get().contains("holds one site"), vm.hintProperty().get());
        dialogs.saveFiles.add(dir.resolve("never.xml"));
        vm.chooseTargetAndExport(LocalDate.now());
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Cannot export: A WordPress export (WXR) holds one site"));
        assertEquals(1, dialogs.saveFiles.size(), "not even asked for a file");

        vm.siteProperty().set("https://other.example");
        assertEquals(1, vm.matchingProperty().get());
        Path wxr = dialogs.saveFiles.poll();
        vm.exportTo(wxr);
        assertEquals(1, vm.lastResult().exported());
        assertTrue(Files.readString(wxr).contains("<wp:base_blog_url>https://other.example</wp:base_blog_url>"));
    }

    @Test
    void aTargetThatCannotBeWrittenIsReportedInADialog() throws Exception {
        Path blocked = dir.resolve("a-directory.csv");
        Files.createDirectories(blocked.resolve("inside"));
        vm.exportTo(blocked);
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Export failed: "), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("a-directory.csv"), dialogs.errors.get(0));
        assertTrue(Files.isDirectory(blocked.resolve("inside")), "left as it was");
        assertEquals("Export failed; no file was written", vm.messageProperty().get());
    }
}
