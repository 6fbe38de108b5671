package dev.moddesk.ui.triage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.triage.DecidedSeed;
import dev.moddesk.app.triage.TriageRules;
import dev.moddesk.store.Database;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import dev.moddesk.ui.HeldBackground;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The window's state without the window: Cancel stops a dry run, and a bad key never reaches the background. */
class SpamRulesViewModelTest {
    @TempDir
    Path dir;
    Database db;
    final HeldBackground background = new HeldBackground();
    final List<Throwable> errors = new ArrayList<>();
    SpamRulesViewModel vm;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("vm.db"));
        DecidedSeed.into(db, dir);
        vm = new SpamRulesViewModel(background, new TriageRules(db));
        vm.onError(errors::add);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void edit(DiscussionRules r) {
        vm.moderationKeysProperty().set(r.moderationKeys());
        vm.disallowedKeysProperty().set(r.disallowedKeys());
        vm.maxLinksProperty().set(r.maxLinks());
        vm.previouslyApprovedProperty().set(r.previouslyApproved());
        vm.requireNameEmailProperty().set(r.requireNameEmail());
        vm.matchModeProperty().set(r.matchMode());
    }

    @Test
    void cancelStopsTheDryRunAndSaysSo() {
        edit(DecidedSeed.RULES);
        vm.startDryRun();
        assertTrue(vm.dryRun().isRunning());
        vm.cancelDryRun();
        background.runAll();
        assertFalse(vm.dryRun().isRunning());
        assertEquals("Dry run cancelled", vm.dryRun().messageProperty().get());
        assertEquals("", vm.resultProperty().get());
        assertEquals(List.of(), errors);

        vm.startDryRun();
        background.runAll();
        assertEquals("Would have caught 3 spam and 2 approved comments", vm.resultProperty().get());
    }

    @Test
    void aBadRegexIsShownAndNeitherRunNorSaved() {
        edit(new DiscussionRules("ok\n(", "x*", 2, true, true, MatchMode.REGEX));
        vm.save();
        vm.startDryRun();
        background.runAll();
        assertTrue(vm.moderationProblemProperty().get().startsWith("'(' is not a valid regular expression"));
        assertEquals("'x*' matches empty text, so it would catch every comment", vm.disallowedProblemProperty().get());
        assertFalse(vm.dryRun().isRunning());
        assertEquals(DiscussionRules.WORDPRESS_DEFAULTS, new TriageRules(db).load());
        vm.matchModeProperty().set(MatchMode.WORDPRESS);
        assertEquals("", vm.moderationProblemProperty().get(), "another mode clears the problems");
    }

    @Test
    void savingTellsTheDeskSoItJudgesThePendingAgain() {
        int[] saved = {0};
        vm.onSaved(() -> saved[0]++);
        edit(DecidedSeed.RULES);
        vm.save();
        assertEquals(0, saved[0], "not before the write");
        background.runAll();
        assertEquals(1, saved[0]);
        assertEquals(DecidedSeed.RULES, new TriageRules(db).load());
        assertEquals("Saved", vm.dryRun().messageProperty().get());
    }

    @Test
    void loadShowsTheSavedRules() {
        new TriageRules(db).save(DecidedSeed.RULES);
        vm.load();
        background.runAll();
        assertEquals(DecidedSeed.RULES, vm.rules());
    }

    @Test
    void anEditIsUnsavedUntilSaved_andForgetsTheCountsOfTheRulesBeforeIt() {
        vm.load();
        background.runAll();
        assertFalse(vm.unsaved(), "as read");
        edit(DecidedSeed.RULES);
        assertTrue(vm.unsaved());
        vm.startDryRun();
        background.runAll();
        assertEquals("Would have caught 3 spam and 2 approved comments", vm.resultProperty().get());
        vm.maxLinksProperty().set(5);
        assertEquals("", vm.resultProperty().get(), "the counts were of the rules before the edit");
        assertEquals("", vm.detailsProperty().get());
        assertEquals("", vm.dryRun().messageProperty().get());

        vm.maxLinksProperty().set(DecidedSeed.RULES.maxLinks());
        vm.save();
        assertTrue(vm.unsaved(), "until the write");
        background.runAll();
        assertFalse(vm.unsaved());
        assertEquals("Saved", vm.dryRun().messageProperty().get());
        vm.previouslyApprovedProperty().set(true);
        assertTrue(vm.unsaved());
        assertEquals("", vm.dryRun().messageProperty().get(), "no longer saved");
    }
}
