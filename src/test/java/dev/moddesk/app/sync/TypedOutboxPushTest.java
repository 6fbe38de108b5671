package dev.moddesk.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import dev.moddesk.site.FakeWordPress;
import dev.moddesk.site.RetryPolicy;
import dev.moddesk.site.SiteException;
import dev.moddesk.store.Database;
import dev.moddesk.store.OutboxStore;
import dev.moddesk.store.StoreProbe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The push dispatches on each outbox entry's kind: status entries round-trip, kinds it cannot push are refused. */
class TypedOutboxPushTest {
    private static final RetryPolicy FAST = new RetryPolicy(2, Duration.ofMillis(5), Duration.ofMillis(10));

    @TempDir
    Path dir;
    private Path file;
    private FakeWordPress wp;
    private Database db;
    private Sync sync;

    @BeforeEach
    void pulled() throws Exception {
        wp = new FakeWordPress().comment(1, 1, "hold").comment(2, 1, "hold").comment(3, 1, "approved");
        file = dir.resolve("t.db");
        db = Database.open(file);
        sync = new Sync(db, FAST);
        run(true, false);
    }

    @AfterEach
    void close() {
        db.close();
        wp.close();
    }

    private SyncSummary run(boolean pull, boolean push) {
        return sync.run(new SyncRequest(wp.url(), FakeWordPress.USER, FakeWordPress.PASSWORD, pull, push),
                SyncProgress.NONE, () -> false);
    }

    private void decide(ModerationAction action, long... remoteIds) {
        Moderation m = new Moderation(db, () -> "tester");
        m.decide(m.findBySiteIds(null, Arrays.stream(remoteIds).boxed().toList()), action);
    }

    /** An entry of another kind, as a later ModDesk (or the edit command) would queue it. */
    private void queueEdit(long remoteId, long queuedAt) {
        StoreProbe.execute(file, "INSERT INTO outbox (comment_id, kind, payload, queued_at) VALUES (?, 'edit', "
                + "'{\"content\": \"fixed\"}', ?)", StoreProbe.rowId(file, remoteId), queuedAt);
    }

    @Test
    void aStatusEntryRoundTrips_queuedReadPlannedPushedAndSettled() {
        decide(ModerationAction.APPROVE, 1);
        decide(ModerationAction.DELETE, 3);
        assertEquals(List.of(
                new PlannedPush(1, ChangeKind.STATUS, "pending", "approved", "POST /wp/v2/comments/1 status=approved", 0, null),
                new PlannedPush(3, ChangeKind.STATUS, "approved", "deleted", "DELETE /wp/v2/comments/3?force=true", 0, null)),
                sync.plannedPush(wp.url()));
        SyncSummary s = run(false, true);
        assertEquals(2, s.pushed());
        assertEquals(0, s.remaining());
        assertEquals("approved", wp.status(1));
        assertNull(wp.status(3), "deleted for good");
        assertEquals("approved", StoreProbe.status(file, 1));
        assertEquals("deleted", StoreProbe.status(file, 3));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void aKindThisVersionCannotPushIsRefusedClearlyAndStaysQueued_itsCommentsLaterEntriesWait() {
        decide(ModerationAction.SPAM, 1);        // queued first ...
        queueEdit(1, Long.MAX_VALUE);            // ... the edit last, yet it goes before the status of its comment
        decide(ModerationAction.APPROVE, 2);
        List<PlannedPush> planned = sync.plannedPush(wp.url());
        assertEquals(List.of(ChangeKind.EDIT, ChangeKind.STATUS, ChangeKind.STATUS),
                planned.stream().map(PlannedPush::kind).toList());
        assertEquals(List.of(1L, 1L, 2L), planned.stream().map(PlannedPush::remoteId).toList());
        assertTrue(planned.get(0).request().contains("cannot push edit changes"), planned.get(0).request());
        assertNull(planned.get(0).from());

        SyncSummary s = run(false, true);
        assertEquals(1, s.pushed(), "comment 2's decision");
        assertEquals(1, s.failed(), "the edit");
        assertEquals(2, s.remaining(), "the edit and the decision behind it");
        assertEquals("hold", wp.status(1), "not spammed before its edit is on the site");
        assertEquals("approved", wp.status(2));
        assertEquals(List.of("edit|1|comment 1: this version of ModDesk cannot push edit changes; they stay queued",
                        "status|0|-"),
                StoreProbe.strings(file, "SELECT kind || '|' || attempts || '|' || coalesce(last_error, '-') "
                        + "FROM outbox ORDER BY kind"));
        assertEquals(0, wp.count("POST /wp-json/wp/v2/comments/1"), "nothing was sent for comment 1");
    }

    @Test
    void everyKindHasAPush_statusIsTheOnlyOneThatSends() {
        for (ChangeKind kind : ChangeKind.values()) {
            ChangePush push = ChangePush.of(kind);
            if (kind == ChangeKind.STATUS) {
                assertInstanceOf(StatusPush.class, push);
            } else {
                OutboxStore.Entry e = new OutboxStore.Entry(9, 9, 42, kind, null, Status.PENDING, 0, 0, null, "", null);
                SiteException x = assertThrows(SiteException.class, () -> push.send(null, e));
                assertTrue(x.getMessage().contains("cannot push " + kind.word()), x.getMessage());
            }
        }
    }

    @Test
    void aCommentsEntriesGoReplyThenEditThenStatus_commentsByTheirOldestEntry() {
        OutboxStore.Entry status5 = entry(1, 5, ChangeKind.STATUS);
        OutboxStore.Entry status6 = entry(2, 6, ChangeKind.STATUS);
        OutboxStore.Entry edit5 = entry(3, 5, ChangeKind.EDIT);
        OutboxStore.Entry reply5 = entry(4, 5, ChangeKind.REPLY);
        assertEquals(List.of(List.of(reply5, edit5, status5), List.of(status6)),
                Push.inPushOrder(List.of(status5, status6, edit5, reply5)));
    }

    private static OutboxStore.Entry entry(long id, long commentId, ChangeKind kind) {
        return new OutboxStore.Entry(id, commentId, commentId, kind, kind == ChangeKind.STATUS ? Status.APPROVED : null,
                Status.PENDING, id, 0, null, "", null);
    }
}
