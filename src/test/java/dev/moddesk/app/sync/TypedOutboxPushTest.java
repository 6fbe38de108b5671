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
import dev.moddesk.site.SiteException;
import dev.moddesk.store.OutboxStore;
import dev.moddesk.store.StoreProbe;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The push dispatches on each outbox entry's kind, one comment's entries in the order reply, edit, status. */
class TypedOutboxPushTest extends FakeSiteSyncBase {
    private void decide(ModerationAction action, long... remoteIds) {
        Moderation m = new Moderation(db, () -> "tester");
        m.decide(m.findBySiteIds(null, Arrays.stream(remoteIds).boxed().toList()), action);
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
    void aCommentsEditGoesBeforeItsStatus_whateverWasQueuedFirst() {
        decide(ModerationAction.SPAM, 1);        // queued first ...
        Moderation m = new Moderation(db, () -> "tester");
        m.edit(StoreProbe.rowId(file, 1), "fixed", null, null, null); // ... the edit last, yet it goes first
        decide(ModerationAction.APPROVE, 2);
        List<PlannedPush> planned = sync.plannedPush(wp.url());
        assertEquals(List.of(ChangeKind.EDIT, ChangeKind.STATUS, ChangeKind.STATUS),
                planned.stream().map(PlannedPush::kind).toList());
        assertEquals(List.of(1L, 1L, 2L), planned.stream().map(PlannedPush::remoteId).toList());
        assertEquals("POST /wp/v2/comments/1 content", planned.get(0).request());
        assertNull(planned.get(0).from());

        SyncSummary s = run(false, true);
        assertEquals(3, s.pushed());
        assertEquals(0, s.remaining());
        assertEquals("fixed", wp.content(1));
        assertEquals("spam", wp.status(1));
        int edit = wp.requests.indexOf("POST /wp-json/wp/v2/comments/1?context=edit");
        int spam = wp.requests.lastIndexOf("POST /wp-json/wp/v2/comments/1?context=edit");
        assertTrue(edit >= 0 && edit < spam, wp.requests.toString());
    }

    @Test
    void anEditThatFailsHoldsBackItsCommentsStatus() {
        decide(ModerationAction.SPAM, 1);
        new Moderation(db, () -> "tester").edit(StoreProbe.rowId(file, 1), "fixed", null, null, null);
        wp.fault("GET /wp-json/wp/v2/comments/1?", 10, 400, "{\"code\":\"rest_invalid\",\"message\":\"no\"}");
        SyncSummary s = run(false, true);
        assertEquals(1, s.failed(), "the edit");
        assertEquals(2, s.remaining(), "the edit and the decision behind it");
        assertEquals("hold", wp.status(1), "not spammed before its edit is on the site");
        assertEquals(List.of("edit|1", "status|0"),
                StoreProbe.strings(file, "SELECT kind || '|' || attempts FROM outbox ORDER BY kind"));
    }

    @Test
    void everyKindHasItsPush() {
        assertInstanceOf(StatusPush.class, ChangePush.of(ChangeKind.STATUS));
        assertInstanceOf(EditPush.class, ChangePush.of(ChangeKind.EDIT));
        assertInstanceOf(ReplyPush.class, ChangePush.of(ChangeKind.REPLY));
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
                Status.PENDING, id, 0, null, "", null, null, null, 1, 0);
    }
}
