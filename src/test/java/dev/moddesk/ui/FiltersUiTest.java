package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.Styles;
import dev.moddesk.app.Workspace;
import dev.moddesk.app.triage.Rescore;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SiteSummary;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * The filter bar, driven with mouse and keyboard: site and post combos, author/email/IP, dates, score; the
 * view counts follow; "all matching" acts on the filtered comments only; Clear filters. Asserts on the store.
 */
class FiltersUiTest extends DeskUiTestBase {
    private static final int SECOND = 40;

    @Override
    protected void prepare(Workspace d) {
        Fixtures.secondSite(d, SECOND);
        // scored as an import on the command line scores (the desk then has nothing new to score), then given
        // scores that make the filter's cases plain
        d.triage().scorePending(Rescore.ALL_WHEN_DECISIONS_CHANGED, () -> false);
        StoreProbe.execute(file, "UPDATE comments SET score = (remote_id % 10) / 10.0");
    }

    private long site2() {
        return StoreProbe.number(file, "SELECT id FROM sites WHERE base_url = ?", Fixtures.SECOND_SITE);
    }

    private long count(String where, Object... params) {
        return StoreProbe.number(file, "SELECT count(*) FROM comments c WHERE " + where, params);
    }

    private StatusCounts viewCounts() {
        return window.queue().viewCountsProperty().get();
    }

    @Test
    void siteAndPostCombosNarrowQueueAndCountsAndAllMatchingActsOnThemOnly() {
        long site2 = site2();
        robot.clickOn("#filter-site");
        robot.clickOn(popupItem("Second Blog"));
        settle();
        assertEquals(site2, window.queue().query().scope().siteId());
        assertEquals(count("status = 'pending' AND site_id = ?", site2), total());
        assertEquals(count("status = 'approved' AND site_id = ?", site2), viewCounts().approved(), "counts follow the site");
        assertEquals(count("status = 'spam' AND site_id = ?", site2), viewCounts().spam());
        assertEquals(count("site_id = ?", site2), viewCounts().total());
        // the database's counts stay in the status bar
        assertEquals(count("status = 'pending'"), window.queue().countsProperty().get().pending());

        robot.clickOn("#filter-post");
        robot.clickOn(popupItem("두 번째 글"));
        settle();
        assertEquals(2L, window.queue().query().scope().postId());
        long onPost = count("status = 'pending' AND site_id = ? AND post_id = 2", site2);
        assertTrue(onPost > 0);
        assertEquals(onPost, total());
        for (int i = 0; i < total(); i++) {
            assertEquals("두 번째 글", window.queue().rows().get(i).postTitle());
        }

        // check all matching (the keyboard is back in the queue once the post is picked), approve: only the
        // comments of that post on that site are decided
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        assertTrue(window.queue().selection().isAllMatching());
        shiftKey(KeyCode.A);
        assertEquals(onPost, count("decision = 'approved'"));
        assertEquals(0, count("decision = 'approved' AND (site_id <> ? OR post_id <> 2)", site2));
        assertEquals(0, total());
        assertEquals(onPost, StoreProbe.auditRows(file));

        // another view keeps the filters
        key(KeyCode.CONTROL, KeyCode.DIGIT2);
        assertEquals(count("status = 'approved' AND site_id = ? AND post_id = 2", site2), total());

        robot.clickOn("#clear-filters");
        settle();
        assertEquals(Scope.none(), window.queue().query().scope());
        assertEquals(count("status = 'approved'"), total());
        assertEquals("All sites", ((ComboBox<?>) robot.lookup("#filter-site").query()).getValue().toString()
                .replaceAll(".*name=([^,]*),.*", "$1"));
        assertTrue(((Button) robot.lookup("#clear-filters").query()).isDisabled());
        assertNoErrors();
    }

    @Test
    void authorEmailOrIpFromTheTextField() {
        robot.clickOn("#filter-who").write("alice");
        robot.push(KeyCode.ENTER);
        settle();
        assertEquals(count("status = 'pending' AND author = 'Alice Example'"), total());
        assertEquals(count("status = 'spam' AND author = 'Alice Example'"), viewCounts().spam());

        replace("#filter-who", "203.0.113.9"); // an IP in full: exact match
        assertEquals(count("status = 'pending' AND ip = '203.0.113.9'"), total());
        assertTrue(total() > 0);
        QueueRow first = current();
        assertEquals("203.0.113.9", first.ip());

        replace("#filter-who", "minji@example");
        assertEquals(count("status = 'pending' AND email = 'minji@example.kr'"), total());

        // keys typed in the bar stay there: no decision was made
        assertEquals(0, StoreProbe.auditRows(file));
        assertNoErrors();
    }

    @Test
    void dateRangeAndScoreFromTheBar() {
        ZoneId zone = ZoneId.systemDefault();
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(Fixtures.BASE_DATE + 60 * 60), zone);
        DatePicker from = robot.lookup("#filter-from").queryAs(DatePicker.class);
        DatePicker to = robot.lookup("#filter-to").queryAs(DatePicker.class);
        robot.interact(() -> {
            from.setValue(day);
            to.setValue(day);
        });
        settle();
        long start = day.atStartOfDay(zone).toEpochSecond();
        long end = day.plusDays(1).atStartOfDay(zone).toEpochSecond();
        assertEquals(count("status = 'pending' AND date_gmt >= ? AND date_gmt < ?", start, end), total());

        robot.clickOn("#filter-score").write("0.7");
        robot.push(KeyCode.ENTER);
        settle();
        assertEquals(0.7, window.queue().query().scope().minScore());
        long expected = count("status = 'pending' AND date_gmt >= ? AND date_gmt < ? AND score >= 0.7", start, end);
        assertEquals(expected, total());
        for (int i = 0; i < total(); i++) {
            assertTrue(window.queue().rows().get(i).score() >= 0.7);
        }

        // not a score: the field says so and the filter stays as it was
        replace("#filter-score", "lots");
        TextField score = robot.lookup("#filter-score").queryAs(TextField.class);
        assertTrue(score.getPseudoClassStates().contains(Styles.STATE_DANGER));
        assertEquals(0.7, window.queue().query().scope().minScore());
        assertEquals(expected, total());

        robot.clickOn("#clear-filters");
        settle();
        assertNull(from.getValue());
        assertNull(to.getValue());
        assertEquals("", score.getText());
        assertEquals(count("status = 'pending'"), total());
        assertNoErrors();
    }

    @Test
    void theKeyboardDoesNotModerateWhileAComboHasFocus() {
        ComboBox<?> site = robot.lookup("#filter-site").queryAs(ComboBox.class);
        robot.interact(site::requestFocus);
        robot.push(KeyCode.A);
        robot.push(KeyCode.S);
        settle();
        assertEquals(0, StoreProbe.auditRows(file));
        key(KeyCode.ESCAPE); // back to the queue
        key(KeyCode.A);
        assertEquals(1, StoreProbe.auditRows(file));
        assertFalse(site.isFocused());
    }

    @Test
    void aHistoryClickShowsAsAFilterThatClearFiltersDrops() {
        QueueRow row = current();
        robot.clickOn("#history-email");
        settle();
        assertEquals(row.email(), window.queue().query().email());
        assertFalse(((Button) robot.lookup("#clear-filters").query()).isDisabled());
        robot.clickOn("#clear-filters");
        settle();
        assertNull(window.queue().query().email());
        assertNoErrors();
    }

    @Test
    void theSitesComboListsEverySite() {
        ComboBox<?> site = robot.lookup("#filter-site").queryAs(ComboBox.class);
        assertEquals(3, site.getItems().size());
        assertEquals("Second Blog", ((SiteSummary) site.getItems().get(2)).name());
    }

    /** An entry of the open combo's list (the same text may be in the table too). */
    /** The open list's item that reads {@code text} (a post's counts after its title are not matched). */
    private javafx.scene.Node popupItem(String text) {
        return robot.lookup(".combo-box-popup .list-cell").match(
                (java.util.function.Predicate<javafx.scene.Node>) n -> {
                    String shown = ((javafx.scene.control.Labeled) n).getText();
                    return shown != null && (shown.equals(text) || shown.startsWith(text + "  ("));
                }).query();
    }

    private void replace(String id, String text) {
        TextField f = robot.lookup(id).queryAs(TextField.class);
        robot.clickOn(id);
        robot.interact(f::clear);
        robot.write(text);
        robot.push(KeyCode.ENTER);
        settle();
    }
}
