package dev.moddesk.ui.sync;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.site.FakeWordPress;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import dev.moddesk.ui.FakeDialogs;
import dev.moddesk.ui.prefs.DeskPrefs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sync view models without JavaFX running: real Sync against the in-process fake WordPress, plain threads. */
class SyncViewModelTest {
    @TempDir
    Path dir;
    private FakeWordPress wp;
    private Workspace desk;
    private Path file;
    private DeskPrefs prefs;
    private final FakeDialogs dialogs = new FakeDialogs();
    private final ThreadJobs jobs = new ThreadJobs();
    private final AtomicInteger refreshed = new AtomicInteger();
    private final AtomicInteger atOnce = new AtomicInteger();
    private final AtomicInteger maxAtOnce = new AtomicInteger();
    /** Counts down as syncs end: the automatic-sync test waits for two. */
    private final CountDownLatch syncsDone = new CountDownLatch(2);
    private SyncViewModel sync;
    private SitesViewModel sites;

    @BeforeEach
    void open() throws Exception {
        wp = new FakeWordPress();
        for (int i = 1; i <= 30; i++) {
            wp.comment(i, 1, i % 3 == 0 ? "approved" : "hold");
        }
        file = dir.resolve("vm.db");
        desk = Fixtures.desk(file, 0, "vm");
        prefs = new DeskPrefs(Preferences.userRoot().node("dev/moddesk/test/" + UUID.randomUUID()));
        SiteService real = new DeskSites(desk.sync());
        SiteService service = new SiteService() { // counts syncs running at once
            @Override
            public java.util.List<SiteInfo> sites() {
                return real.sites();
            }

            @Override
            public String test(String url, String user, String password) {
                return real.test(url, user, password);
            }

            @Override
            public SiteInfo save(String url, String user, String password) {
                return real.save(url, user, password);
            }

            @Override
            public void forget(String url) {
                real.forget(url);
            }

            @Override
            public dev.moddesk.app.sync.SyncSummary sync(String url, dev.moddesk.app.sync.SyncProgress p, BooleanSupplier c) {
                maxAtOnce.accumulateAndGet(atOnce.incrementAndGet(), Math::max);
                try {
                    return real.sync(url, p, c);
                } finally {
                    atOnce.decrementAndGet();
                    syncsDone.countDown();
                }
            }

            @Override
            public SyncProblem classify(Throwable e) {
                return real.classify(e);
            }
        };
        sync = new SyncViewModel(service, jobs, dialogs, prefs, refreshed::incrementAndGet);
        sites = new SitesViewModel(service, jobs, dialogs, prefs, () -> { });
    }

    @AfterEach
    void close() {
        sync.close();
        jobs.shutdown();
        desk.close();
        wp.close();
        prefs.clear();
    }

    /** Waits for every job under way to end (no polling), then {@code condition} must hold. */
    private void await(BooleanSupplier condition, String what) throws Exception {
        jobs.awaitIdle(what);
        assertTrue(condition.getAsBoolean(), what + ": the jobs ended but the outcome is not there");
    }

    private void addSite(String password) throws Exception {
        jobs.onUi(() -> {
            sites.urlProperty().set(wp.url());
            sites.userProperty().set(FakeWordPress.USER);
            sites.add(password, () -> { });
        });
        await(() -> sites.checkProperty().get() != SitesViewModel.Check.WORKING, "the site check");
    }

    @Test
    void connectionTestGoodAndWrongPassword() throws Exception {
        jobs.onUi(() -> {
            sites.urlProperty().set(wp.url());
            sites.userProperty().set(FakeWordPress.USER);
            sites.test("wrong password");
        });
        await(() -> sites.checkProperty().get() != SitesViewModel.Check.WORKING, "the test");
        assertEquals(SitesViewModel.Check.FAILED, sites.checkProperty().get());
        assertTrue(sites.statusProperty().get().startsWith("Authentication failed"), sites.statusProperty().get());
        assertFalse(sites.statusProperty().get().contains("wrong password"), "the password is never shown");

        jobs.onUi(() -> sites.test(FakeWordPress.PASSWORD));
        await(() -> sites.checkProperty().get() != SitesViewModel.Check.WORKING, "the test");
        assertEquals(SitesViewModel.Check.OK, sites.checkProperty().get(), sites.statusProperty().get());
        assertTrue(sites.statusProperty().get().contains("Site Admin"));
        assertTrue(sites.sites().isEmpty(), "a test saves nothing");
    }

    @Test
    void aWrongPasswordIsNotSavedAndTheRightOneIs() throws Exception {
        addSite("wrong password");
        assertEquals(SitesViewModel.Check.FAILED, sites.checkProperty().get());
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM sites WHERE rest_user IS NOT NULL"));

        addSite(FakeWordPress.PASSWORD);
        assertEquals(SitesViewModel.Check.OK, sites.checkProperty().get(), sites.statusProperty().get());
        assertEquals(1, sites.sites().size());
        assertTrue(sites.sites().get(0).hasCredentials());
        assertEquals(sites.sites().get(0).url(), prefs.get(SyncViewModel.SITE_KEY, null), "the only site is used by Sync");
        assertTrue(Files.exists(Path.of(file + "-wal")), "recent writes are still in the write-ahead log");
        for (String part : new String[] {"", "-wal", "-shm", "-journal"}) {
            Path f = Path.of(file + part);
            assertFalse(Files.exists(f) && new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1)
                    .contains(FakeWordPress.PASSWORD), "the password is not in the database's file " + f.getFileName());
        }
    }

    @Test
    void syncWithoutASiteAsksForOne() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        sync.onNoSite(asked::incrementAndGet);
        jobs.onUi(sync::syncNow);
        await(() -> !sync.runningProperty().get(), "the sync");
        assertEquals(1, asked.get());
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void syncPullsThenPushesAndSummarises() throws Exception {
        addSite(FakeWordPress.PASSWORD);
        jobs.onUi(sync::syncNow);
        await(() -> !sync.runningProperty().get(), "the sync");
        assertEquals(30, sync.lastSummaryProperty().get().pulled());
        assertEquals(30, StoreProbe.number(file, "SELECT count(*) FROM comments"));
        assertEquals(1, dialogs.infos.size());
        assertTrue(dialogs.infos.get(0).startsWith("Sync finished"), dialogs.infos.get(0));
        assertTrue(dialogs.infos.get(0).contains("Pulled: 30"));
        assertTrue(sync.messageProperty().get().startsWith("Synced: 30 pulled, 30 new"), sync.messageProperty().get());
        assertTrue(refreshed.get() >= 1, "the queue and counts refresh");

        desk.moderation().decide(java.util.List.of(StoreProbe.rowId(file, 1)), dev.moddesk.core.ModerationAction.SPAM);
        jobs.onUi(sync::syncNow);
        await(() -> !sync.runningProperty().get(), "the sync");
        assertEquals(1, sync.lastSummaryProperty().get().pushed());
        assertEquals("spam", wp.status(1));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void aPasswordChangedOnTheSiteIsAClearAuthenticationError() throws Exception {
        addSite(FakeWordPress.PASSWORD);
        wp.fault("/users/me", 1, 401, "{\"code\":\"incorrect_password\",\"message\":\"The provided password is an invalid application password.\"}");
        jobs.onUi(sync::syncNow);
        await(() -> !sync.runningProperty().get(), "the sync");
        assertEquals(1, dialogs.errors.size(), dialogs.errors::toString);
        assertTrue(dialogs.errors.get(0).startsWith("Authentication failed: "), dialogs.errors.get(0));
        assertTrue(dialogs.errors.get(0).contains("Application Password"));
        assertNull(sync.lastSummaryProperty().get());
    }

    @Test
    void automaticSyncRunsAndNeverOverlaps() throws Exception {
        addSite(FakeWordPress.PASSWORD);
        assertFalse(sync.autoSyncProperty().get(), "off by default");
        // each list request takes a while, so ticks arrive while a sync runs
        wp.fault(r -> {
            if (r.startsWith("GET /wp-json/wp/v2/comments?")) {
                sleep(150);
            }
            return false;
        }, 1, 0, "", java.util.Map.of());
        jobs.onUi(() -> sync.every(Duration.ofMillis(50)));
        assertTrue(syncsDone.await(20, TimeUnit.SECONDS), "two syncs ran");
        jobs.onUi(sync::close);
        await(() -> !sync.runningProperty().get(), "the last automatic sync");
        assertTrue(sync.automaticRuns() >= 2, "two automatic runs");
        assertEquals(1, maxAtOnce.get(), "never two syncs at once");
        // ticks that came while a sync ran started nothing: users/me once per run (and once when the site was added)
        assertEquals(sync.automaticRuns() + 1, wp.count("GET /wp-json/wp/v2/users/me"));
        assertEquals(30, StoreProbe.number(file, "SELECT count(*) FROM comments"));
        assertTrue(dialogs.infos.isEmpty(), "automatic runs show no summary dialog");
        assertTrue(dialogs.errors.isEmpty(), dialogs.errors::toString);
    }

    @Test
    void aRefusedCertificateIsItsOwnProblemSaidOnce() {
        String detail = "the site's certificate is not trusted: it has expired (NotAfter: 2024-01-01) [https://wp.example]; "
                + "ask the site's host for a certificate from a public authority";
        Throwable wrapped = new java.util.concurrent.CompletionException(
                new dev.moddesk.site.SiteCertificateException(detail, null));
        SyncProblem problem = new DeskSites(desk.sync()).classify(wrapped);
        assertEquals(SyncProblem.UNTRUSTED_CERTIFICATE, problem);
        assertEquals("The site's certificate is not trusted: it has expired (NotAfter: 2024-01-01) [https://wp.example]; "
                + "ask the site's host for a certificate from a public authority", SyncViewModel.headline(problem.title(), detail));
        assertTrue(SyncViewModel.explain(problem, detail).contains("Nothing was sent to the site"));
    }

    @Test
    void theAutoSyncSettingIsRemembered() throws Exception {
        jobs.onUi(() -> {
            sync.autoMinutesProperty().set(5);
            sync.autoSyncProperty().set(true);
        });
        assertTrue(prefs.getBoolean(SyncViewModel.AUTO_KEY, false));
        assertEquals(5, (int) prefs.getDouble(SyncViewModel.MINUTES_KEY, 0));
        SyncViewModel again = new SyncViewModel(new DeskSites(desk.sync()), jobs, dialogs, prefs, () -> { });
        assertTrue(again.autoSyncProperty().get());
        assertEquals(5, again.autoMinutesProperty().get());
        again.close();
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
