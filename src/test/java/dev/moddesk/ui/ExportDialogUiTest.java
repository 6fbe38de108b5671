package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** File → Export… driven through its controls, with the save-file chooser answered by FakeDialogs. */
class ExportDialogUiTest extends AdminUiTestBase {
    private static final String OTHER = "https://other.example";

    @Override
    protected void prepare(Workspace d) {
        d.importer(w -> { }).importFrom("other", "test", sink -> {
            sink.site(OTHER, "Other");
            sink.comment(new Comment(1, 1, 0, "Zed", "zed@other.example", "", "192.0.2.9", null, 0, Fixtures.BASE_DATE,
                    CommentType.COMMENT, "=SUM(A1:A9) looks like a formula", Status.SPAM));
        });
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private void openExport() {
        robot.clickOn("#menu-file").clickOn("Export…");
        settle();
        assertTrue(showing("Export comments — ModDesk"));
    }

    @Test
    void exportsTheCheckedStatusesOfOneSiteToCsv() throws Exception {
        openExport();
        assertEquals("121 comments match", text("#export-count"));
        robot.clickOn("#export-status-pending");
        settle();
        long chosen = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status IN ('approved','spam','trash')");
        assertEquals(chosen + " comments match", text("#export-count"));

        robot.clickOn("#export-site").clickOn(OTHER);
        settle();
        assertEquals("1 comment matches", text("#export-count"));
        robot.clickOn("#export-site").clickOn(Fixtures.SITE);
        settle();
        assertEquals((chosen - 1) + " comments match", text("#export-count"));

        Path target = dir.resolve("exports/moderated.csv");
        dialogs.saveFiles.add(target);
        robot.clickOn("#export-start");
        settle();
        assertNoErrors();
        assertTrue(Files.exists(target));
        Set<String> statuses = new HashSet<>();
        try (Reader r = Files.newBufferedReader(target, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            assertEquals(List.of("site", "id", "post_id", "post_title", "parent_id", "status", "author", "email", "url", "ip",
                    "date_gmt", "content", "decided_by", "decided_at"), p.getHeaderNames());
            List<CSVRecord> rows = p.getRecords();
            assertEquals(chosen - 1, rows.size());
            rows.forEach(row -> {
                statuses.add(row.get("status"));
                assertEquals(Fixtures.SITE, row.get("site"));
            });
        }
        assertEquals(Set.of("approved", "spam", "trash"), statuses);
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("Export finished: " + (chosen - 1) + " comments written to moderated.csv"),
                dialogs.infos.get(0));
        assertTrue(text("#export-message").startsWith("Exported " + (chosen - 1) + " comments"), text("#export-message"));
    }

    @Test
    void aFormulaOnTheExportedSiteIsNeutralised() throws Exception {
        openExport();
        robot.clickOn("#export-site").clickOn(OTHER);
        settle();
        assertEquals("1 comment matches", text("#export-count"));
        Path target = dir.resolve("exports/other.csv");
        dialogs.saveFiles.add(target);
        robot.clickOn("#export-start");
        settle();
        assertNoErrors();
        try (Reader r = Files.newBufferedReader(target, StandardCharsets.UTF_8);
             CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(r)) {
            List<CSVRecord> rows = p.getRecords();
            assertEquals(1, rows.size());
            String content = rows.get(0).get("content");
            assertTrue(content.contains("=SUM(A1:A9) looks like a formula"), content);
            assertFalse("=+-@\t\r".indexOf(content.charAt(0)) >= 0, "a spreadsheet would run it: " + content);
        }
    }

    @Test
    void cancelWhileExportingLeavesNoFile() throws Exception {
        openExport();
        CountDownLatch reached = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        window.admin().exportModel().progressHook((written, total) -> {
            if (reached.getCount() > 0) {
                reached.countDown();
                try {
                    release.await(20, TimeUnit.SECONDS); // hold the export mid-way, as a big one would be
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        });
        Path out = dir.resolve("cancelled");
        Files.createDirectories(out);
        Path target = out.resolve("all.json");
        robot.clickOn("#export-format-json");
        dialogs.saveFiles.add(target);
        robot.clickOn("#export-start");
        assertTrue(reached.await(20, TimeUnit.SECONDS), "the export started");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup("#export-cancel").query().isVisible(), "Cancel shows while exporting");
        assertTrue(robot.lookup("#export-progress").queryAs(ProgressBar.class).isVisible());
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().endsWith(".part")).count(),
                    "the export writes to a temporary file");
        }
        assertFalse(Files.exists(target));

        robot.clickOn("#export-cancel");
        release.countDown();
        settle();
        assertFalse(Files.exists(target), "a cancelled export leaves no file");
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(0, files.count(), "nor its temporary file");
        }
        assertEquals("Export cancelled; no file was written", text("#export-message"));
        assertFalse(robot.lookup("#export-cancel").query().isVisible());
        assertNoErrors();
        assertTrue(dialogs.infos.isEmpty());
    }

    @Test
    void wxrOverTwoSitesIsAnErrorInADialog() {
        openExport();
        robot.clickOn("#export-format-wxr");
        settle();
        assertTrue(robot.lookup("#export-hint").queryAs(Label.class).getText().contains("holds one site"));
        dialogs.saveFiles.add(dir.resolve("two-sites.xml"));
        robot.clickOn("#export-start");
        settle();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).contains("A WordPress export (WXR) holds one site"), dialogs.errors.get(0));
        assertFalse(Files.exists(dir.resolve("two-sites.xml")));
    }

    @Test
    void aFailedWriteIsAnErrorInADialog() throws Exception {
        openExport();
        Path blocked = dir.resolve("blocked.csv");
        Files.createDirectories(blocked.resolve("inside"));
        dialogs.saveFiles.add(blocked);
        robot.clickOn("#export-start");
        settle();
        assertEquals(1, dialogs.errors.size());
        assertTrue(dialogs.errors.get(0).startsWith("Export failed: " + blocked), dialogs.errors.get(0));
        assertEquals("Export failed; no file was written", text("#export-message"));
    }
}
