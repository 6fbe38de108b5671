package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.triage.DecidedSeed;
import dev.moddesk.triage.DiscussionRules;
import dev.moddesk.triage.MatchMode;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * Triage → Spam rules…: keys typed in, a dry run over the decided comments of a seeded database showing its counts, a
 * bad regex refused next to its list, and Save keeping the rules for the next opening.
 */
class SpamRulesUiTest extends AdminUiTestBase {
    private static final String TITLE = "Spam rules — ModDesk";

    @Override
    protected int comments() {
        return 0;
    }

    @Override
    protected void prepare(Workspace d) {
        d.importer(w -> { }).importFile(DecidedSeed.wxr(dir), ImportProgress.NONE, () -> false);
    }

    private void open() {
        robot.clickOn("#menu-triage").clickOn("Spam rules…");
        settle();
        assertTrue(showing(TITLE), "the window opened");
    }

    private String text(String id) {
        return OnScreen.fx(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    /** Whether label {@code id} has the height its wrapped text needs (a label given less ends in "…"). */
    private boolean shownWhole(String id) {
        return OnScreen.fx(() -> {
            Label l = robot.lookup(id).queryAs(Label.class);
            return l.getHeight() >= l.prefHeight(l.getWidth()) - 0.5;
        });
    }

    private void typeLines(String id, String... lines) {
        robot.clickOn(id);
        robot.push(KeyCode.CONTROL, KeyCode.A).push(KeyCode.BACK_SPACE);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                robot.push(KeyCode.ENTER);
            }
            robot.write(lines[i]);
        }
        settle();
    }

    @Test
    void typedKeysDryRunOnPastDecisionsThenSavedAndKept() {
        open();
        assertEquals(2, OnScreen.fx(() -> robot.lookup("#rules-max-links").queryAs(Spinner.class).getValue()),
                "WordPress's defaults before anything is saved");
        assertTrue(OnScreen.fx(() -> robot.lookup("#rules-previously-approved").queryAs(CheckBox.class).isSelected()));

        typeLines("#rules-moderation-keys", "casino", "evilbot");
        typeLines("#rules-disallowed-keys", "viagra");
        robot.clickOn("#rules-previously-approved");
        robot.clickOn("#rules-require-name-email");
        robot.clickOn("#rules-dry-run");
        waitUntil("the dry run's counts", 20_000, () -> !robot.lookup("#rules-result").queryAs(Label.class).getText().isEmpty());
        settle();
        assertEquals("Would have caught 3 spam and 2 approved comments", text("#rules-result"));
        assertEquals("held 2 spam and 2 approved; disallowed 1 spam and 0 approved (of 4 spam and 3 approved)\n"
                + "By rule (a comment may be caught by several): " + DecidedSeed.BY_RULE, text("#rules-details"));
        assertEquals("7 decided comments checked", text("#rules-message"));
        assertTrue(shownWhole("#rules-intro"), "the help above the keys is not cut off");
        assertTrue(shownWhole("#rules-details"), "the counts by rule are not cut off");

        robot.clickOn("#rules-match-mode").clickOn("Regular expressions");
        typeLines("#rules-disallowed-keys", "viagra", "(unclosed");
        robot.clickOn("#rules-save");
        settle();
        assertTrue(text("#rules-disallowed-problem").startsWith("'(unclosed' is not a valid regular expression"),
                text("#rules-disallowed-problem"));
        assertEquals("", text("#rules-moderation-problem"));
        assertEquals(DiscussionRules.WORDPRESS_DEFAULTS, desk.triageRules().load(), "nothing saved");

        typeLines("#rules-disallowed-keys", "viagra");
        assertEquals("", text("#rules-disallowed-problem"), "editing the list clears its problem");
        robot.clickOn("#rules-match-mode").clickOn("Anywhere, as WordPress does");
        robot.clickOn("#rules-save");
        settle();
        assertEquals("Saved", text("#rules-message"));
        assertEquals(DecidedSeed.RULES, desk.triageRules().load());

        key(KeyCode.CONTROL, KeyCode.W);
        assertFalse(showing(TITLE), "Ctrl+W closes it");
        open();
        assertEquals("casino\nevilbot", OnScreen.fx(() -> robot.lookup("#rules-moderation-keys").queryAs(TextArea.class).getText()));
        assertEquals("viagra", OnScreen.fx(() -> robot.lookup("#rules-disallowed-keys").queryAs(TextArea.class).getText()));
        assertFalse(OnScreen.fx(() -> robot.lookup("#rules-previously-approved").queryAs(CheckBox.class).isSelected()));
        assertFalse(OnScreen.fx(() -> robot.lookup("#rules-require-name-email").queryAs(CheckBox.class).isSelected()));
        key(KeyCode.ESCAPE);
        assertFalse(showing(TITLE), "Esc closes it");
        assertNoErrors();
    }

    @Test
    void theCloseButtonClosesIt() {
        open();
        robot.clickOn("#rules-close");
        settle();
        assertFalse(showing(TITLE));
        assertEquals(MatchMode.WORDPRESS, desk.triageRules().load().matchMode());
    }

    @Test
    void unsavedRulesAskBeforeTheWindowCloses_andAreGoneOnceDiscarded() {
        open();
        typeLines("#rules-moderation-keys", "casino");
        robot.clickOn("#rules-dry-run");
        waitUntil("the dry run's counts", 20_000, () -> !text("#rules-result").isEmpty());
        dialogs.confirmAnswer = false;
        robot.clickOn("#rules-close");
        settle();
        assertEquals(1, dialogs.confirms.size(), "asked: " + dialogs.confirms);
        assertTrue(dialogs.confirms.get(0).startsWith("Discard the changes to the spam rules?"), dialogs.confirms.get(0));
        assertTrue(showing(TITLE), "kept open to go on editing");
        assertEquals("casino", OnScreen.fx(() -> robot.lookup("#rules-moderation-keys").queryAs(TextArea.class).getText()));

        dialogs.confirmAnswer = true;
        key(KeyCode.ESCAPE);
        assertFalse(showing(TITLE), "discarded");
        open();
        assertEquals("", OnScreen.fx(() -> robot.lookup("#rules-moderation-keys").queryAs(TextArea.class).getText()),
                "the saved rules, read again");
        assertEquals("", text("#rules-result"), "no counts of the rules discarded");
        robot.clickOn("#rules-close");
        settle();
        assertFalse(showing(TITLE), "nothing edited: closes without asking");
        assertEquals(2, dialogs.confirms.size());
        assertEquals(DiscussionRules.WORDPRESS_DEFAULTS, desk.triageRules().load());
        assertNoErrors();
    }
}
