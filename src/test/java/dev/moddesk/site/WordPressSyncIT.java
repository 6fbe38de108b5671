package dev.moddesk.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.sync.Sync;
import dev.moddesk.app.sync.SyncRequest;
import dev.moddesk.app.sync.SyncSummary;
import dev.moddesk.cli.Cli;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Resolution;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.store.CommentQueries;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Sync against a real WordPress 6.1 (Debian's package) on 127.0.0.1, started by src/test/wordpress/wp-test-site.sh
 * with the deterministic corpus (20 posts, 500 comments, seed 1), re-seeded before each test. Everything is
 * checked through the site's own REST API.
 */
class WordPressSyncIT extends WordPressSiteBase {
    private void decide(ModerationAction action, long... ids) {
        Moderation m = new Moderation(db, () -> "test");
        new Moderation(db, () -> "it").decide(m.findBySiteIds(null, Arrays.stream(ids).boxed().toList()), action);
    }

    private QueueItem item(long id) {
        return StoreProbe.queue(db.writer(), QueueFilter.all(), 0).stream()
                .filter(i -> i.comment().remoteId() == id).findFirst().orElseThrow();
    }

    @Test
    void pullModeratePushAndTheSiteShowsTheDecisions() {
        SyncSummary first = sync(true, false);
        assertEquals(site.count("WP_COUNT_COMMENTS"), first.pulled(), "every status and type");
        assertEquals(first.pulled(), first.inserted());
        StatusCounts c = new CommentQueries(db.writer()).counts();
        assertEquals(site.count("WP_COUNT_APPROVED"), c.approved());
        assertEquals(site.count("WP_COUNT_HOLD"), c.pending());
        assertEquals(site.count("WP_COUNT_SPAM"), c.spam());
        assertEquals(site.count("WP_COUNT_TRASH"), c.trash());
        assertEquals(site.count("WP_COUNT_POST_TRASHED"), c.postTrashed());
        assertFalse(item(1).postTitle().isEmpty(), "post titles pulled");
        QueueItem onTrashedPost = StoreProbe.queue(db.writer(), new QueueFilter(Status.POST_TRASHED, false, null), 1).get(0);
        assertFalse(onTrashedPost.postTitle().isEmpty(), "the trashed post's title too");
        assertEquals("Tom & Jerry Fan", item(17).comment().author(), "normalised as a file import is");

        decide(ModerationAction.APPROVE, 3, 4, 9);   // hold -> approved
        decide(ModerationAction.SPAM, 6);            // hold -> spam
        decide(ModerationAction.TRASH, 16);          // hold -> trash
        decide(ModerationAction.HOLD, 7);            // approved -> hold
        decide(ModerationAction.APPROVE, 13);        // spam -> approved
        // trash -> pending; not 12: its content was stored unfiltered, and any REST update of a comment runs it
        // through WordPress's kses again, which the next pull then rightly reports as a site-side change
        long trashed = StoreProbe.queue(db.writer(), new QueueFilter(Status.TRASH, false, null), 0).stream()
                .filter(i -> !i.comment().content().contains("<")).findFirst().orElseThrow().comment().remoteId();
        decide(ModerationAction.RESTORE, trashed);
        decide(ModerationAction.DELETE, 18);         // permanently
        SyncSummary s = sync(true, true);
        assertEquals(0, s.inserted());
        assertEquals(0, s.conflicts());
        assertEquals(9, s.pushed());
        assertEquals(0, s.failed());
        assertEquals(0, s.remaining());

        for (long id : new long[] {3, 4, 9, 13}) {
            assertEquals("approved", site.statusOf(id), "comment " + id);
        }
        assertEquals("spam", site.statusOf(6));
        assertEquals("trash", site.statusOf(16));
        assertEquals("hold", site.statusOf(7));
        assertEquals("hold", site.statusOf(trashed));
        assertNull(site.statusOf(18), "deleted permanently: 404");
        assertEquals(0, new CommentQueries(db.writer()).counts().unpushed());
        assertEquals(Status.APPROVED, item(3).comment().siteStatus());

        SyncSummary again = sync(true, true);
        assertEquals(0, again.inserted());
        assertEquals(0, again.updated(), "idempotent: the local copy matches the site");
        assertEquals(0, again.pushed());
        assertEquals(site.count("WP_COUNT_COMMENTS") - 1, again.pulled());
    }

    @Test
    void theServerStoppedInTheMiddleOfAPushLosesNothingAndTheNextSyncFinishes() {
        sync(true, false);
        List<Long> pending = new ArrayList<>();
        StoreProbe.queue(db.writer(), QueueFilter.pending(), 0).forEach(i -> pending.add(i.comment().remoteId()));
        assertTrue(pending.size() > 100, "the corpus has " + pending.size() + " pending comments");
        decide(ModerationAction.APPROVE, pending.stream().mapToLong(Long::longValue).toArray());

        AtomicBoolean stopped = new AtomicBoolean();
        SyncSummary s = sync.run(new SyncRequest(site.url(), site.user(), site.appPassword(), false, true),
                (phase, done, total) -> {
                    if (phase.equals("push") && done >= 5 && stopped.compareAndSet(false, true)) {
                        site.stopWeb(); // the site goes away while the other workers keep pushing
                    }
                }, () -> false);
        assertTrue(stopped.get());
        assertNotNull(s.stopped(), "the push noticed the site was gone");
        assertTrue(s.pushed() >= 5 && s.pushed() < pending.size(), "pushed " + s.pushed());
        assertEquals(pending.size() - s.pushed(), s.remaining(), "nothing lost: the rest is still queued");
        assertEquals(s.remaining(), StoreProbe.outbox(dir.resolve("desk.db")));

        site.resumeWeb();
        long confirmed = pending.stream().filter(id -> item(id).decision() == null).count();
        assertEquals(s.pushed(), confirmed);
        SyncSummary next = sync(true, true);
        assertEquals(0, next.conflicts(), "decisions the site applied unconfirmed are no conflicts");
        assertEquals(0, next.remaining());
        assertEquals(0, next.failed());
        for (long id : pending) {
            assertEquals("approved", site.statusOf(id), "comment " + id);
        }
        assertEquals(0, site.total("hold", "comment"));
    }

    @Test
    void aWrongPasswordIsAClearErrorAndChangesNothing() throws Exception {
        sync(true, false);
        decide(ModerationAction.SPAM, 3);
        long before = site.total("spam", "comment");

        Path pw = dir.resolve("wrong-password");
        Files.writeString(pw, "aaaa bbbb cccc dddd eeee ffff\n");
        Files.setPosixFilePermissions(pw, PosixFilePermissions.fromString("rw-------"));
        db.close();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), "--db", dir.resolve("desk.db").toString(), "sync",
                "--site", site.url(), "--user", site.user(), "--password-file", pw.toString(), "--json");
        db = Database.open(dir.resolve("desk.db"));
        assertEquals(1, code, err.toString());
        assertTrue(err.toString().startsWith("moddesk: authentication failed"), err.toString());
        assertFalse(err.toString().contains("aaaa bbbb"), "the password is never shown");
        assertEquals("", out.toString());
        assertEquals(1, StoreProbe.outbox(dir.resolve("desk.db")), "the decision is still queued");
        assertEquals("hold", site.statusOf(3));
        assertEquals(before, site.total("spam", "comment"));

        SiteAuthException sub = assertThrows(SiteAuthException.class, () -> sync.run(new SyncRequest(site.url(),
                site.get("WP_SUBSCRIBER_USER"), site.get("WP_SUBSCRIBER_APP_PASSWORD"), true, true),
                (p, d, t) -> { }, () -> false));
        assertTrue(sub.getMessage().contains("may not moderate"), sub.getMessage());
    }

    @Test
    void aSiteSideChangeAgainstALocalDecisionIsAConflict() {
        sync(true, false);
        decide(ModerationAction.APPROVE, 9);   // hold -> approved, here
        decide(ModerationAction.TRASH, 10);    // hold -> trash, here, and nobody touches it on the site
        site.setStatus(9, "spam");             // meanwhile another moderator spams it on the site

        SyncSummary s = sync(true, true);
        assertEquals(1, s.conflicts());
        assertEquals(1, s.pushed(), "only the decision without conflict");
        assertEquals(1, s.remaining(), "the conflict waits for a moderator");
        assertEquals("spam", site.statusOf(9), "the site's change is not silently overwritten");
        assertEquals("trash", site.statusOf(10));
        QueueItem nine = item(9);
        assertTrue(nine.conflict());
        assertEquals(Status.APPROVED, nine.decision(), "mine is kept");
        assertEquals(Status.SPAM, nine.comment().siteStatus(), "and the site's");
        assertEquals(1, StoreProbe.queue(db.writer(), QueueFilter.conflicts(), 0).size());

        SyncSummary again = sync(true, true);
        assertEquals(0, again.conflicts(), "not counted twice");
        assertEquals("spam", site.statusOf(9));

        // the moderator keeps theirs (the desk's Conflicts view): now it goes to the site
        new Moderation(db, () -> "it").resolve(List.of(nine.rowId()), Resolution.KEEP_MINE);
        SyncSummary resolved = sync(true, true);
        assertEquals(1, resolved.pushed());
        assertEquals("approved", site.statusOf(9));
        assertEquals(0, resolved.remaining());
    }

    @Test
    void commentsDeletedOnTheSiteAreMarkedGone() {
        sync(true, false);
        long total = new CommentQueries(db.writer()).counts().total();
        assertEquals(200, site.rest("DELETE", "/comments/20?force=true", null).statusCode());
        SyncSummary s = sync(true, false);
        assertEquals(1, s.gone());
        assertEquals(total - 1, new CommentQueries(db.writer()).counts().total());
    }
}
