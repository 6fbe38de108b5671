package dev.moddesk.ui;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.AuditEntry;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.store.StoreProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/** The audit log and reports windows on the demo site with decisions by two moderators. */
class AuditAndReportsUiTest extends AdminUiTestBase {
    @Override
    protected int comments() {
        return 0;
    }

    @Override
    protected void prepare(Workspace d) {
        d.loadDemo();
        List<Long> pending = new ArrayList<>(StoreProbe.strings(file, "SELECT id FROM comments WHERE status = 'pending' "
                + "ORDER BY id LIMIT 60").stream().map(Long::parseLong).toList());
        d.moderation().decide(pending.subList(0, 25), ModerationAction.APPROVE); // ui-tester
        try (Workspace bob = Workspace.open(file, () -> "bob")) {
            bob.moderation().decide(pending.subList(25, 40), ModerationAction.SPAM);
            bob.moderation().decide(pending.subList(40, 60), ModerationAction.TRASH);
        }
        // Known times to a decision: the 60 decided comments, in id order, are dated 1 hour, 2 days and 9 days (20
        // each) before their decision, so the median of the 60 is 2 days whichever middle is taken.
        StoreProbe.execute(file, "UPDATE comments SET date_gmt = (SELECT min(a.at) FROM audit_log a "
                + "WHERE a.comment_id = comments.id) / 1000 - CASE WHEN (SELECT count(DISTINCT b.comment_id) FROM audit_log b "
                + "WHERE b.comment_id < comments.id) < 20 THEN 3600 WHEN (SELECT count(DISTINCT b.comment_id) "
                + "FROM audit_log b WHERE b.comment_id < comments.id) < 40 THEN 2 * 86400 ELSE 9 * 86400 END "
                + "WHERE id IN (SELECT comment_id FROM audit_log)");
    }

    /** Opens a combo and clicks an item of its popup list, once the popup is showing. */
    private void pick(String combo, String item) {
        robot.clickOn(combo);
        WaitForAsyncUtils.waitForFxEvents();
        // the item in the popup's list, not a table cell of the same text behind it
        robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> cell
                && cell.isVisible() && item.equals(cell.getText())).<javafx.scene.Node>query());
        settle();
        assertEquals(item, String.valueOf(robot.lookup(combo).queryAs(javafx.scene.control.ComboBox.class).getValue()),
                combo + " took the click");
    }

    private String text(String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    @Test
    void theAuditLogFiltersByModeratorAndExports() throws Exception {
        robot.clickOn("View").clickOn("Audit log");
        settle();
        assertTrue(showing("Audit log — ModDesk"));
        @SuppressWarnings("unchecked")
        TableView<AuditEntry> table = robot.lookup("#audit-table").queryAs(TableView.class);
        assertEquals(60, table.getItems().size());
        assertEquals("bob", table.getItems().get(0).moderator(), "newest first");
        assertEquals("1–60 of 60 decisions", text("#audit-page"));

        pick("#audit-moderator", "ui-tester");
        settle();
        assertEquals(25, table.getItems().size());
        assertTrue(table.getItems().stream().allMatch(e -> e.moderator().equals("ui-tester") && e.action().equals("approve")));
        pick("#audit-moderator", "bob");
        pick("#audit-action", "trash");
        settle();
        assertEquals("1–20 of 20 decisions", text("#audit-page"));

        Path csv = dir.resolve("bob-trash.csv");
        dialogs.saveFiles.add(csv);
        robot.clickOn("#audit-export-csv");
        settle();
        assertNoErrors();
        List<String> lines = Files.readAllLines(csv);
        assertEquals(21, lines.size(), "header and bob's 20 trash decisions");
        assertTrue(lines.stream().skip(1).allMatch(l -> l.contains("bob") && l.contains("trash")), lines.toString());

        robot.clickOn("#audit-clear");
        settle();
        assertEquals(60, table.getItems().size());
    }

    @Test
    void theReportsShowTheStoresFigures() {
        robot.clickOn("View").clickOn("Reports");
        settle();
        assertTrue(showing("Reports — ModDesk"));
        robot.clickOn("#report-range-all");
        settle();
        WaitForPulse.layout(robot);

        long comments = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status <> 'deleted'");
        assertEquals(dev.moddesk.ui.Format.count(comments), text("#report-comments"));
        assertEquals(dev.moddesk.ui.Format.count(60), text("#report-decisions"));

        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> byStatus = robot.lookup("#chart-by-status").queryAs(StackedBarChart.class);
        String[] words = {"pending", "approved", "spam", "trash", "post-trashed"};
        for (int i = 0; i < words.length; i++) {
            XYChart.Series<String, Number> s = byStatus.getData().get(i);
            long shown = s.getData().stream().mapToLong(d -> d.getYValue().longValue()).sum();
            assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = ?", words[i]), shown, s.getName());
        }

        @SuppressWarnings("unchecked")
        BarChart<Number, String> top = robot.lookup("#chart-top-posts").queryAs(BarChart.class);
        List<String> expected = StoreProbe.strings(file, "SELECT count(*) FROM comments WHERE status = 'pending' "
                + "GROUP BY site_id, post_id ORDER BY count(*) DESC LIMIT 10");
        List<String> shown = new ArrayList<>();
        top.getData().get(0).getData().forEach(d -> shown.add(0, String.valueOf(d.getXValue().longValue())));
        assertEquals(expected, shown, "the busiest first");

        @SuppressWarnings("unchecked")
        StackedBarChart<String, Number> byModerator = robot.lookup("#chart-by-moderator").queryAs(StackedBarChart.class);
        assertEquals(List.of("bob", "ui-tester"), byModerator.getData().stream().map(XYChart.Series::getName).toList());
        assertEquals(35, byModerator.getData().get(0).getData().stream().mapToLong(d -> d.getYValue().longValue()).sum());

        assertEquals("2.0 days", text("#report-median"), "the median of 20 × 1 h, 20 × 2 days and 20 × 9 days");
        assertEquals(dev.moddesk.ui.reports.ReportsViewModel.DATES, text("#report-status"), "no internal timings");
        assertNoErrors();
    }
}
