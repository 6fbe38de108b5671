package dev.moddesk.ui.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.reports.Reports.Granularity;
import dev.moddesk.app.reports.Reports.Range;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.HeldBackground;
import dev.moddesk.ui.background.Background;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports view model without JavaFX running: ranges, stale results, and how figures read. */
class ReportsViewModelTest {
    @TempDir
    Path dir;

    @Test
    void eachRangeGivesItsReportAndTheNewestRequestWins() {
        Path file = dir.resolve("r.db");
        try (Workspace desk = Fixtures.desk(file, 300, "alice")) {
            desk.moderation().decide(List.of(StoreProbe.rowId(file, 1)), ModerationAction.APPROVE);
            // A background that holds work until told: the first request finishes after the second.
            HeldBackground held = new HeldBackground();
            // "today" is the day of the decision (the fixture's comments lie in November 2023), so that midnight
            // passing between the decision and the report changes nothing
            LocalDate today = StoreProbe.decisionDay(file, true);
            ReportsViewModel vm = new ReportsViewModel(held, desk.admin().reports(), () -> today);
            vm.onError(e -> { throw new AssertionError(e); });
            vm.rangeProperty().set(Range.LAST_30_DAYS);
            vm.rangeProperty().set(Range.ALL);
            assertTrue(vm.loadingProperty().get());
            held.run(1);
            assertEquals(Range.ALL, vm.summary().range());
            held.run(0); // the older request, done late: dropped
            assertEquals(Range.ALL, vm.summary().range());
            assertEquals(300, vm.summary().comments());
            assertEquals(1, vm.summary().decisions(), "the decision was made today, inside all time");
            assertEquals(LocalDate.of(2023, 11, 14), vm.summary().from());
            assertEquals(today, vm.summary().to());
            assertTrue(vm.summary().granularity().compareTo(Granularity.MONTH) >= 0, "years of days: months or years");
            assertEquals(ReportsViewModel.DATES, vm.statusProperty().get());

            ReportsViewModel inline = new ReportsViewModel(Background.inline(), desk.admin().reports(), () -> today);
            inline.rangeProperty().set(Range.LAST_30_DAYS);
            assertEquals(Granularity.DAY, inline.summary().granularity());
            assertEquals(30, inline.summary().buckets().size());
            assertEquals(0, inline.summary().comments(), "the fixture's comments are years old");
            assertEquals(1, inline.summary().decisions(), "today's decision");
            assertEquals(1, inline.summary().moderators().get(0).perBucket().get(29), "on the last day");
        }
    }

    @Test
    void figuresRead() {
        assertEquals("—", ReportsViewModel.duration(null));
        assertEquals("42 s", ReportsViewModel.duration(42L));
        assertEquals("17 min", ReportsViewModel.duration(17 * 60L));
        assertEquals("5.5 h", ReportsViewModel.duration(5 * 3600L + 1800));
        assertEquals("3.5 days", ReportsViewModel.duration(3 * 86400L + 43200));
        assertEquals("12.3 %", ReportsViewModel.percent(0.1234));
        assertNull(new ReportsViewModel(Background.inline(), null, LocalDate::now).summary());
    }
}
