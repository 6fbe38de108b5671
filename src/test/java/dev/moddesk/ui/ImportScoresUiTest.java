package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.bench.SyntheticWxr;
import dev.moddesk.core.SortKey;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.LabelledExport;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * File → Import… scores the pending comments a file brings before it says it is done: the summary counts them, and
 * a queue sorted by score shows the likely spam first with the cursor on the top one, not on whichever comment was
 * first before the scores came.
 */
class ImportScoresUiTest extends DeskUiTestBase {
    private static final String SITE = "https://labelled.example";

    @Override
    protected int comments() {
        return 0;
    }

    @Test
    void anImportScoresItsPendingCommentsBeforeItsSummary_andTheQueueByScoreStartsAtTheTop() throws Exception {
        Path decided = dir.resolve("decided.json");
        Path pending = dir.resolve("pending.json");
        LabelledExport.write(decided, SITE, 1, LabelledExport.read(LabelledExport.SOURCES.get(0)), true);
        LabelledExport.write(pending, SITE, 1_001, LabelledExport.read(LabelledExport.SOURCES.get(1)).subList(0, 60),
                false);
        OnScreen.fx(() -> {
            window.queue().sort(SortKey.SCORE, true);
            return null;
        });
        settle();

        importByMenu(decided);
        importByMenu(pending);
        assertEquals(2, dialogs.infos.size(), "two summaries");
        String summary = dialogs.infos.get(1);
        assertTrue(summary.contains("60 pending comments scored, "), summary);
        assertTrue(summary.matches("(?s).*scored, [1-9][0-9]* likely spam.*"), summary);

        waitUntil("the desk's own triage done", 20_000,
                () -> !OnScreen.fx(() -> window.triaging().viewModel().runningProperty().get()));
        settle();
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending' "
                + "AND score IS NULL"));
        assertEquals(0, OnScreen.fx(() -> window.queue().cursor()), "the cursor on the first row");
        double highest = Double.parseDouble(StoreProbe.strings(file,
                "SELECT max(score) FROM comments WHERE status = 'pending'").get(0));
        assertEquals(highest, current().score(), 1e-9, "the first row is the highest score");
        assertNoErrors();
    }

    /**
     * Another process commits while this desk's import runs (here: while the import waits for that process's write
     * lock). The window does not read the half-done import then, only once the import and its scoring have ended:
     * read in between, a first import's rows showed unscored, and the cursor followed the first of them to the middle
     * of the list once the scores sorted it.
     */
    @Test
    void anotherProcessCommittingDuringAnImport_theWindowReadsOnlyOnceTheImportEnded() throws Exception {
        Path export = dir.resolve("synthetic.xml");
        new SyntheticWxr(7).write(export, 6_000);
        List<Boolean> readWhileImporting = new ArrayList<>();
        OnScreen.fx(() -> {
            window.queue().loadsProperty().addListener((o, a, b) ->
                    readWhileImporting.add(window.importer().runningProperty().get()));
            return null;
        });

        StoreProbe.inTransaction(file, () -> {
            dialogs.files.add(export);
            robot.clickOn("#menu-file").clickOn("Import…");
            waitUntil("the import under way", 5_000, () -> OnScreen.fx(() -> window.importer().runningProperty().get()));
            Thread.sleep(300);
        }, "INSERT INTO sites (base_url, name) VALUES ('https://other.example', 'committed meanwhile')");
        waitUntil("the import's summary", 30_000, () -> !dialogs.infos.isEmpty());
        settle();

        assertTrue(dialogs.infos.get(0).contains("pending comments scored"), dialogs.infos.get(0));
        assertTrue(!readWhileImporting.isEmpty(), "read once the import ended");
        assertTrue(readWhileImporting.stream().noneMatch(b -> b), "read while it ran: " + readWhileImporting);
        assertNoErrors();
    }

    private void importByMenu(Path export) {
        int summaries = dialogs.infos.size();
        dialogs.files.add(export);
        robot.clickOn("#menu-file").clickOn("Import…");
        waitUntil("the import's summary", 20_000, () -> dialogs.infos.size() > summaries);
        settle();
    }
}
