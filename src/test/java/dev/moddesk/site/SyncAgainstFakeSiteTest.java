package dev.moddesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.sync.PlannedPush;
import dev.moddesk.app.sync.SavedSite;
import dev.moddesk.app.sync.Sync;
import dev.moddesk.app.sync.SyncRequest;
import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.store.CommentQueries;
import dev.moddesk.store.Database;
import dev.moddesk.store.OutboxStore;
import dev.moddesk.store.StoreProbe;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Sync service against the in-process fake: push semantics, deletions, conflicts, stops. */
class SyncAgainstFakeSiteTest {
    private static final RetryPolicy FAST = new RetryPolicy(3, Duration.ofMillis(5), Duration.ofMillis(20));

    @TempDir
    Path dir;
    private FakeWordPress wp;
    private Database db;
    private Sync sync;

    @BeforeEach
    void start() throws Exception {
        wp = new FakeWordPress();
        for (int i = 1; i <= 300; i++) {
            wp.comment(i, 1 + i % 3, i % 5 == 0 ? "spam" : i % 2 == 0 ? "hold" : "approved");
        }
        wp.comment(301, 1, "hold", "pingback").comment(302, 1, "approved", "trackback").comment(303, 2, "trash")
                .comment(304, 2, "post-trashed");
        db = Database.open(dir.resolve("t.db"));
        sync = new Sync(db, FAST);
    }

    @AfterEach
    void stop() {
        db.close();
        wp.close();
    }

    private SyncSummary run(boolean pull, boolean push) {
        return sync.run(new SyncRequest(wp.url(), FakeWordPress.USER, FakeWordPress.PASSWORD, pull, push),
                (p, d, t) -> { }, () -> false);
    }

    private void decide(ModerationAction action, long... ids) {
        Moderation m = new Moderation(db, () -> "test");
        List<Long> rows = m.findBySiteIds(null, java.util.Arrays.stream(ids).boxed().toList());
        new Moderation(db, () -> "tester").decide(rows, action);
    }

    private QueueItem item(long remoteId) {
        return StoreProbe.queue(db.writer(), QueueFilter.all(), 0).stream()
                .filter(i -> i.comment().remoteId() == remoteId).findFirst().orElseThrow();
    }

    /** The posts table, row by row. */
    private List<String> postRows() throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = db.writer().createStatement();
             ResultSet rs = st.executeQuery("SELECT remote_id, title, link, post_type, post_status, comment_status "
                     + "FROM posts ORDER BY remote_id")) {
            while (rs.next()) {
                rows.add(rs.getLong(1) + " | " + rs.getString(2) + " | " + rs.getString(3) + " | " + rs.getString(4)
                        + " | " + rs.getString(5) + " | " + rs.getString(6));
            }
        }
        return rows;
    }

    @Test
    void aPullAfterAWxrImportOfTheSameSiteLeavesEntityEncodedTitlesAlone() throws Exception {
        String stored = "Tom &amp; Jerry &#8211; part 2";
        wp.post(1, "post", stored, "publish", "open").post(2, "page", "About &amp; more", "publish", "closed")
                .post(3, "post", "Plain", "trash", "open");
        StringBuilder items = new StringBuilder();
        for (String[] p : List.of(new String[] {"1", stored, "post", "publish", "open"},
                new String[] {"2", "About &amp; more", "page", "publish", "closed"},
                new String[] {"3", "Plain", "post", "trash", "open"})) {
            items.append("<item><title><![CDATA[").append(p[1]).append("]]></title><link>").append(wp.url())
                    .append("/?p=").append(p[0]).append("</link><wp:post_id>").append(p[0]).append("</wp:post_id>")
                    .append("<wp:comment_status><![CDATA[").append(p[4]).append("]]></wp:comment_status>")
                    .append("<wp:status><![CDATA[").append(p[3]).append("]]></wp:status>")
                    .append("<wp:post_type><![CDATA[").append(p[2]).append("]]></wp:post_type></item>\n");
        }
        Path wxr = Files.writeString(dir.resolve("site.xml"), "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.2/\"><channel><title>Fake</title>"
                + "<link>" + wp.url() + "</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>" + wp.url()
                + "</wp:base_blog_url>\n" + items + "</channel></rss>\n");
        new Importer(db, w -> { }).importFile(wxr, ImportProgress.NONE, () -> false);
        List<String> imported = postRows();
        assertEquals("1 | Tom & Jerry \u2013 part 2 | " + wp.url() + "/?p=1 | post | publish | open", imported.get(0));

        run(true, false);
        assertEquals(imported, postRows(), "the pull found every post as the WXR import left it");
    }

    @Test
    void pullsEveryStatusAndTypeAcrossPagesThenNothingChanges() {
        SyncSummary s = run(true, false);
        assertEquals(304, s.pulled());
        assertEquals(304, s.inserted());
        assertEquals(304, new CommentQueries(db.writer()).counts().total());
        assertEquals(Status.POST_TRASHED, item(304).status());
        assertTrue(wp.requests.stream().noneMatch(r -> r.contains("status=approved")), "approve is the filter");
        assertTrue(wp.requests.stream().anyMatch(r -> r.contains("status=approve&") && r.contains("page=2")));
        SyncSummary again = run(true, false);
        assertEquals(304, again.pulled());
        assertEquals(0, again.inserted());
        assertEquals(0, again.updated());
    }

    @Test
    void pushesDecisionsOldestFirstAndClearsThemOnlyWhenConfirmed() {
        run(true, false);
        decide(ModerationAction.APPROVE, 2, 4);
        decide(ModerationAction.SPAM, 6);
        decide(ModerationAction.TRASH, 1);
        decide(ModerationAction.DELETE, 8);
        assertEquals(List.of(2L, 4L, 6L, 1L, 8L), sync.plannedPush(wp.url()).stream().map(PlannedPush::remoteId).toList(),
                "oldest first");
        SyncSummary s = run(false, true);
        assertEquals(5, s.pushed());
        assertEquals(0, s.failed());
        assertEquals(0, s.remaining());
        assertEquals("approved", wp.status(2));
        assertEquals("approved", wp.status(4));
        assertEquals("spam", wp.status(6));
        assertEquals("trash", wp.status(1));
        assertNull(wp.status(8));
        assertEquals(Status.APPROVED, item(2).status());
        assertNull(item(2).decision());
        assertEquals(0, new CommentQueries(db.writer()).counts().unpushed());
        List<String> writes = wp.requests.stream().filter(r -> !r.startsWith("GET")).toList();
        assertEquals(5, writes.size(), writes.toString());
        assertTrue(writes.contains("DELETE /wp-json/wp/v2/comments/8?force=true"), writes.toString());
    }

    @Test
    void pushKeepsTheCommentersIpAndUserAgentOnTheSite() {
        run(true, false);
        decide(ModerationAction.APPROVE, 2);
        run(false, true);
        assertEquals("approved", wp.status(2));
        SyncSummary s = run(true, false);
        assertEquals(0, s.updated(), "the site still has the commenter's IP and agent");
        assertEquals("192.0.2.1", item(2).comment().ip());
        assertEquals("UA", item(2).comment().agent());
    }

    @Test
    void alreadyInThatStatusCountsAsPushed() {
        run(true, false);
        decide(ModerationAction.APPROVE, 2);
        wp.setStatus(2, "approved"); // another desk got there first; this run does not pull
        SyncSummary s = run(false, true);
        assertEquals(1, s.pushed());
        assertEquals(Status.APPROVED, item(2).status());
        assertEquals(0, s.remaining());
    }

    @Test
    void transientErrorsAreRetriedAndPersistentOnesStayQueuedWithTheError() {
        run(true, false);
        decide(ModerationAction.APPROVE, 2, 4);
        wp.fault("comments/2?", 2, 503, "busy");
        wp.fault("comments/4?", 10, 500, "{\"code\":\"db_error\",\"message\":\"boom\"}");
        SyncSummary s = run(false, true);
        assertEquals(1, s.pushed());
        assertEquals(1, s.failed());
        assertEquals(1, s.remaining());
        OutboxStore.Entry e = new OutboxStore(db).pending(wp.url()).get(0);
        assertEquals(4, e.remoteId());
        assertEquals(1, e.attempts());
        assertTrue(e.lastError().contains("db_error"), e.lastError());
        wp.faultsClear();
        SyncSummary next = run(false, true);
        assertEquals(1, next.pushed());
        assertEquals(0, next.remaining());
    }

    @Test
    void a404MarksTheCommentGoneAndTakesItOutOfTheCounts() {
        run(true, false);
        long before = new CommentQueries(db.writer()).counts().total();
        decide(ModerationAction.APPROVE, 2);
        wp.remove(2);
        SyncSummary s = run(false, true);
        assertEquals(0, s.pushed());
        assertEquals(1, s.gone());
        assertEquals(0, s.remaining());
        assertEquals(before - 1, new CommentQueries(db.writer()).counts().total());
        assertTrue(StoreProbe.queue(db.writer(), QueueFilter.all(), 0).stream()
                .noneMatch(i -> i.comment().remoteId() == 2));
    }

    @Test
    void aPullFindsSiteSideDeletionsByIdSetsAndVerifiesThem() {
        run(true, false);
        wp.remove(7);
        wp.comment(9, 1, "approved", "review"); // a type the lists leave out: still there when asked by id
        SyncSummary s = run(true, false);
        assertEquals(1, s.gone(), "9 answered 200 to the direct read: not gone");
        assertEquals(1, wp.count("GET /wp-json/wp/v2/comments/7"));
        assertEquals(303, new CommentQueries(db.writer()).counts().total());
        assertEquals(0, run(true, false).gone(), "gone is remembered, not checked again");
        assertEquals(1, wp.count("GET /wp-json/wp/v2/comments/7"));
    }

    @Test
    void aSiteSideChangeAgainstALocalDecisionIsAConflictAndIsNotPushed() {
        run(true, false);
        decide(ModerationAction.APPROVE, 2); // was hold
        wp.setStatus(2, "spam");              // another moderator, on the site
        SyncSummary s = run(true, true);
        assertEquals(1, s.conflicts());
        assertEquals(0, s.pushed());
        assertEquals(1, s.remaining(), "held back, not lost");
        assertEquals("spam", wp.status(2), "nothing silently overwritten");
        QueueItem i = item(2);
        assertTrue(i.conflict());
        assertEquals(Status.APPROVED, i.decision());
        assertEquals(Status.SPAM, i.comment().siteStatus());
        assertEquals(0, run(true, true).conflicts(), "the same conflict is not counted twice");
    }

    @Test
    void unauthorisedStopsTheRunAndKeepsEverythingQueued() {
        run(true, false);
        decide(ModerationAction.APPROVE, 2, 4, 6);
        wp.fault(r -> r.startsWith("POST"), 100, 401, "{\"code\":\"rest_cannot_edit\"}", Map.of());
        SiteAuthException e = assertThrows(SiteAuthException.class, () -> run(false, true));
        assertTrue(e.getMessage().contains("authentication failed"), e.getMessage());
        assertEquals(3, StoreProbe.outbox(dir.resolve("t.db")));
        assertTrue(new OutboxStore(db).pending(wp.url()).stream().allMatch(x -> x.attempts() == 0));
        assertTrue(wp.count("POST") <= Sync.PARALLELISM, "stops at once: " + wp.count("POST"));
    }

    @Test
    void aWrongPasswordChangesNothing() {
        SiteAuthException e = assertThrows(SiteAuthException.class, () -> sync.run(
                new SyncRequest(wp.url(), "admin", "wrong", true, true), (p, d, t) -> { }, () -> false));
        assertTrue(e.getMessage().contains("authentication failed"));
        assertFalse(e.getMessage().contains("wrong\""));
        assertEquals(0, new CommentQueries(db.writer()).counts().total());
    }

    @Test
    void anUnreachableSiteStopsThePushAndTheNextSyncFinishes() {
        run(true, false);
        decide(ModerationAction.APPROVE, 2, 4, 6, 8, 12, 14);
        wp.fault(r -> r.startsWith("POST /wp-json/wp/v2/comments/6"), 100, 503, "down", Map.of());
        wp.fault(r -> r.startsWith("POST /wp-json/wp/v2/comments/8"), 100, 503, "down", Map.of());
        SyncSummary s = run(false, true);
        assertEquals(4, s.pushed());
        assertEquals(2, s.failed());
        wp.faultsClear();
        SyncSummary next = run(false, true);
        assertEquals(2, next.pushed());
        assertEquals(0, next.remaining());
    }

    @Test
    void cancellingAPullChangesNothing() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> sync.run(
                new SyncRequest(wp.url(), FakeWordPress.USER, FakeWordPress.PASSWORD, true, false),
                (p, d, t) -> { }, () -> calls.incrementAndGet() > 3));
        assertEquals(0, new CommentQueries(db.writer()).counts().total());
    }

    @Test
    void savedSitesKeepThePasswordInAPrivateFileNotTheDatabase() throws Exception {
        SavedSite saved = sync.saveSite(wp.url(), "admin", FakeWordPress.PASSWORD);
        assertTrue(saved.hasCredentials());
        assertEquals(List.of(saved), sync.sites());
        Path folder = dir.resolve("moddesk-credentials");
        List<Path> files;
        try (var listed = Files.list(folder)) {
            files = listed.toList();
        }
        assertEquals(1, files.size(), files.toString());
        Path file = files.get(0);
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
        db.close();
        byte[] raw = Files.readAllBytes(dir.resolve("t.db"));
        String all = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
        assertFalse(all.contains(FakeWordPress.PASSWORD));
        db = Database.open(dir.resolve("t.db"));
        sync = new Sync(db, FAST);
        SyncSummary s = sync.run(wp.url(), true, true, (p, d, t) -> { }, () -> false);
        assertEquals(304, s.inserted());
        sync.forgetSite(wp.url());
        assertFalse(Files.exists(file));
    }
}
