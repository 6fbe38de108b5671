package dev.moddesk.ui.sync;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.site.FakeWordPress;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.testing.FxSettle;
import dev.moddesk.testing.TempTrees;
import dev.moddesk.ui.DeskWindow;
import dev.moddesk.ui.FakeDialogs;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.prefs.Preferences;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The sync controls in the real desk window (TestFX, headless) against the in-process fake WordPress: the Sites
 * dialog, Ctrl+R pulling then pushing, Cancel leaving nothing half-applied, automatic sync.
 */
class SyncDeskTest {
    private static final int SITE_COMMENTS = 40;
    private final FxRobot robot = new FxRobot();
    private final FakeDialogs dialogs = new FakeDialogs();
    private FakeWordPress wp;
    private Path dir;
    private Path file;
    private Workspace desk;
    private DeskWindow window;
    private DeskPrefs prefs;

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void openWindow() throws Exception {
        wp = new FakeWordPress();
        for (int i = 1; i <= SITE_COMMENTS; i++) {
            wp.comment(i, 1 + i % 2, i % 4 == 0 ? "approved" : i % 10 == 9 ? "spam" : "hold");
        }
        dir = Files.createTempDirectory("moddesk-sync-ui");
        file = dir.resolve("desk.db");
        desk = Fixtures.desk(file, 0, "sync-tester");
        prefs = new DeskPrefs(Preferences.userRoot().node("dev/moddesk/test/" + UUID.randomUUID()));
        FxToolkit.setupFixture(() -> {
            window = new DeskWindow(new Stage(), desk, dialogs, prefs);
            window.show();
        });
        settle();
    }

    @AfterEach
    void closeWindow() throws Exception {
        robot.interact(() -> window.close());
        desk.close();
        prefs.clear();
        wp.close();
        TempTrees.delete(dir);
    }

    private void settle() {
        FxSettle.settle(() -> window.lanes().idle(), 30);
    }

    /**
     * Waits, without polling, until the condition {@code made} on the FX thread turns true; fails after 30 s.
     * The condition is held here while waiting: a binding only weakly held by what it observes could be collected.
     */
    private void waitFor(Supplier<ObservableBooleanValue> made, String what) {
        CompletableFuture<Void> reached = new CompletableFuture<>();
        AtomicReference<ObservableBooleanValue> held = new AtomicReference<>();
        robot.interact(() -> {
            ObservableBooleanValue condition = made.get();
            held.set(condition);
            condition.addListener((o, was, now) -> {
                if (now) {
                    reached.complete(null);
                }
            });
            if (condition.get()) {
                reached.complete(null);
            }
        });
        try {
            reached.get(30, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            fail("timed out waiting for " + what + " (still " + held.get().get() + ")");
        } catch (InterruptedException | ExecutionException e) {
            throw new AssertionError(e);
        }
    }

    private SyncViewModel sync() {
        return window.syncing().viewModel();
    }

    private void saveSite() {
        desk.sync().saveSite(wp.url(), FakeWordPress.USER, FakeWordPress.PASSWORD);
    }

    private long comments() {
        return StoreProbe.number(file, "SELECT count(*) FROM comments");
    }

    private String statusBar() {
        return robot.lookup("#status-counts").queryAs(Label.class).getText();
    }

    /** Every request to the comment lists takes {@code ms} longer (a slow site); {@code asked} counts them down. */
    private void slowLists(long ms, CountDownLatch asked) {
        wp.fault(r -> {
            if (r.startsWith("GET /wp-json/wp/v2/comments?")) {
                asked.countDown();
                WaitForAsyncUtils.sleep(ms, TimeUnit.MILLISECONDS);
            }
            return false;
        }, 1, 0, "", Map.of());
    }

    @Test
    void addASiteInTheSitesDialogAndTestTheConnection() {
        robot.clickOn("#menu-sync").clickOn("Sites…");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.syncing().dialog().stage().isShowing());

        robot.clickOn("#site-url").write(wp.url());
        robot.clickOn("#site-user").write(FakeWordPress.USER);
        robot.clickOn("#site-password").write("not the password");
        robot.clickOn("#btn-test-connection");
        Label status = robot.lookup("#site-check-status").queryAs(Label.class);
        waitFor(() -> window.syncing().sites().checkProperty().isEqualTo(SitesViewModel.Check.FAILED), "the refusal");
        assertTrue(status.getText().startsWith("Authentication failed"), status.getText());
        assertTrue(status.getStyleClass().contains("danger"));

        PasswordField password = robot.lookup("#site-password").queryAs(PasswordField.class);
        robot.interact(() -> password.setText(FakeWordPress.PASSWORD));
        robot.clickOn("#btn-test-connection");
        waitFor(() -> window.syncing().sites().checkProperty().isEqualTo(SitesViewModel.Check.OK), "the connection");
        assertTrue(status.getText().startsWith("Connected to " + wp.url() + " as Site Admin"), status.getText());
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM sites"), "a test saves nothing");

        robot.clickOn("#btn-add-site");
        waitFor(() -> Bindings.isNotEmpty(window.syncing().sites().sites()), "the saved site");
        settle();
        assertEquals("", password.getText(), "the password is not kept in the form");
        assertEquals(java.util.List.of(FakeWordPress.USER),
                StoreProbe.strings(file, "SELECT rest_user FROM sites WHERE credential_ref IS NOT NULL"));
        ListView<?> list = robot.lookup("#sites-list").queryAs(ListView.class);
        assertEquals(1, list.getItems().size());
        assertFalse(list.getItems().get(0).toString().contains(FakeWordPress.PASSWORD));
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);

        // remove it again: the credentials go, the row may stay for its comments
        robot.interact(() -> list.getSelectionModel().select(0));
        robot.clickOn("#btn-remove-site");
        settle();
        assertEquals(1, dialogs.confirms.size());
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM sites WHERE credential_ref IS NOT NULL"));
        robot.clickOn("#btn-close-sites");
        assertFalse(window.syncing().dialog().stage().isShowing());
    }

    @Test
    void ctrlRPullsThenPushesADecisionAndTheCountsFollow() throws Exception {
        saveSite();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        settle();
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        assertEquals(SITE_COMMENTS, comments(), "pulled comments are in the store");
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("Sync finished") && dialogs.infos.get(0).contains("Pulled: 40"),
                dialogs.infos.get(0));
        long pending = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE site_status = 'pending'");
        assertEquals(pending, window.queue().totalProperty().get(), "the queue shows the pulled comments");
        assertTrue(statusBar().contains("outbox 0"), statusBar());

        long target = window.queue().current().remoteId();
        assertEquals("hold", wp.status(target));
        robot.push(KeyCode.A); // approve, offline
        settle();
        assertEquals(1, StoreProbe.outbox(file));
        assertTrue(statusBar().contains("outbox 1"), "the outbox count follows decisions: " + statusBar());

        robot.push(KeyCode.CONTROL, KeyCode.R);
        settle();
        assertEquals("approved", wp.status(target), "the site shows the decision");
        assertEquals(0, StoreProbe.outbox(file));
        assertTrue(statusBar().contains("outbox 0"), statusBar());
        assertEquals(2, dialogs.infos.size());
        assertTrue(dialogs.infos.get(1).contains("Pushed: 1 decision\n"), dialogs.infos.get(1));
        assertEquals(pending - 1, window.queue().totalProperty().get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void theSyncButtonWithNoSiteOpensTheSitesDialog() {
        robot.clickOn("#btn-sync-now");
        settle();
        assertTrue(window.syncing().dialog() != null && window.syncing().dialog().stage().isShowing());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        robot.interact(() -> window.syncing().dialog().stage().close());
    }

    @Test
    void aWrongStoredPasswordIsAClearErrorAndKeepsTheOutbox() {
        saveSite();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        settle();
        robot.push(KeyCode.S);
        settle();
        assertEquals(1, StoreProbe.outbox(file));
        desk.sync().saveSite(wp.url(), FakeWordPress.USER, "revoked password");
        robot.clickOn("#btn-sync-now");
        settle();
        assertEquals(1, dialogs.errors.size(), dialogs.errors::toString);
        assertTrue(dialogs.errors.get(0).startsWith("Authentication failed: "), dialogs.errors.get(0));
        assertFalse(dialogs.errors.get(0).contains("revoked password"), "the password is never shown");
        assertEquals(1, StoreProbe.outbox(file));
    }

    @Test
    void cancelDuringThePullChangesNothing() throws Exception {
        saveSite();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        settle();
        long target = window.queue().current().remoteId();
        robot.push(KeyCode.S);
        settle();
        assertEquals(1, StoreProbe.outbox(file));
        // meanwhile on the site: new comments and a status change; and the site has become slow
        for (int i = 101; i <= 130; i++) {
            wp.comment(i, 1, "hold");
        }
        wp.setStatus(2, "approved");
        String before = StoreProbe.strings(file, "SELECT group_concat(remote_id || ':' || site_status || ':' "
                + "|| coalesce(decision, '-'), ',') FROM (SELECT * FROM comments ORDER BY remote_id)").get(0);
        CountDownLatch pulling = new CountDownLatch(2);
        slowLists(400, pulling);

        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertTrue(pulling.await(30, TimeUnit.SECONDS), "the pull asked for its first pages");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(sync().runningProperty().get(), "the sync runs");
        assertTrue(robot.lookup("#sync-status").query().isVisible(), "a progress bar while it runs");
        robot.clickOn("#btn-cancel-sync");
        settle();
        assertFalse(sync().runningProperty().get());
        assertEquals("Sync cancelled; nothing was changed", sync().messageProperty().get());
        String after = StoreProbe.strings(file, "SELECT group_concat(remote_id || ':' || site_status || ':' "
                + "|| coalesce(decision, '-'), ',') FROM (SELECT * FROM comments ORDER BY remote_id)").get(0);
        assertEquals(before, after, "no comment was inserted or changed");
        assertEquals(1, StoreProbe.outbox(file), "the decision is still queued");
        assertEquals("hold", wp.status(target), "and was not pushed");
        assertFalse(robot.lookup("#sync-status").query().isVisible());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);

        // the next sync finishes the job
        wp.faultsClear();
        robot.push(KeyCode.CONTROL, KeyCode.R);
        settle();
        assertEquals(SITE_COMMENTS + 30, comments());
        assertEquals("spam", wp.status(target));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void automaticSyncPullsWithoutAsking() {
        saveSite();
        assertFalse(sync().autoSyncProperty().get(), "off by default");
        robot.interact(() -> sync().every(Duration.ofMillis(300)));
        waitFor(() -> sync().lastSummaryProperty().isNotNull(), "an automatic sync");
        robot.interact(() -> sync().close());
        settle();
        assertTrue(sync().automaticRuns() >= 1);
        assertEquals(SITE_COMMENTS, comments());
        assertEquals(SITE_COMMENTS, sync().lastSummaryProperty().get().pulled());
        assertTrue(dialogs.infos.isEmpty(), "no summary dialog for automatic runs");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
        ObjectProperty<StatusCounts> counts = window.queue().countsProperty();
        waitFor(() -> Bindings.createBooleanBinding(() -> counts.get().pending() > 0, counts), "the counts refresh");
    }

    @Test
    void theAutoSyncCheckboxIsTheSetting() {
        robot.clickOn("#menu-sync").clickOn("Sites…");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("#auto-sync");
        assertTrue(sync().autoSyncProperty().get());
        assertTrue(prefs.getBoolean(SyncViewModel.AUTO_KEY, false));
        robot.clickOn("#auto-sync");
        assertFalse(prefs.getBoolean(SyncViewModel.AUTO_KEY, true));
        robot.clickOn("#btn-close-sites");
    }
}
