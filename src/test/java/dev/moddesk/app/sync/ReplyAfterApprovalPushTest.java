package dev.moddesk.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.ChangeKind;
import dev.moddesk.store.StoreProbe;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Approve and reply: the site gets the parent's approval before the reply, never the reply first or alongside
 * (the push runs on several threads).
 */
class ReplyAfterApprovalPushTest extends FakeSiteSyncBase {
    private Moderation m;

    @BeforeEach
    void moderator() {
        m = new Moderation(db, () -> "tester");
    }

    private int firstRequest(String prefix) {
        synchronized (wp.requests) {
            for (int i = 0; i < wp.requests.size(); i++) {
                if (wp.requests.get(i).equals(prefix) || wp.requests.get(i).startsWith(prefix + "?")) {
                    return i;
                }
            }
        }
        return -1;
    }

    @Test
    void thePlanListsTheParentsApprovalBeforeTheReply() {
        long welcome = m.reply(StoreProbe.rowId(file, 2), "Welcome");
        long hello = m.reply(StoreProbe.rowId(file, 1), "Hello");
        assertEquals(List.of("2 STATUS", welcome + " REPLY", "1 STATUS", hello + " REPLY"), sync.plannedPush(wp.url()).stream()
                .map(p -> p.remoteId() + " " + p.kind()).toList());
    }

    @Test
    void aReplyWaitsWhileTheParentsApprovalFails_thenGoesAfterIt() {
        long local = m.reply(StoreProbe.rowId(file, 2), "Welcome");
        wp.fault(line -> line.startsWith("POST /wp-json/wp/v2/comments/2"), 100, 500, "{\"code\":\"boom\"}", Map.of());
        SyncSummary first = run(false, true);
        assertEquals(0, first.pushed(), () -> String.valueOf(wp.requests));
        assertEquals(List.of(), wp.createdReplies, "no reply under a comment the site still holds");
        assertEquals("hold", wp.status(2));
        assertEquals(-1, firstRequest("POST /wp-json/wp/v2/comments"));
        List<String> errors = StoreProbe.strings(file, "SELECT o.last_error FROM outbox o JOIN comments c "
                + "ON c.id = o.comment_id WHERE c.remote_id = ?", local);
        assertEquals(1, errors.size());
        assertTrue(errors.get(0).startsWith("waits for comment 2 to be approved on the site first"), errors.get(0));

        wp.faultsClear();
        wp.requests.clear();
        assertEquals(2, run(false, true).pushed());
        assertEquals("approved", wp.status(2));
        assertEquals(1, wp.createdReplies.size());
        int approval = firstRequest("POST /wp-json/wp/v2/comments/2");
        int reply = firstRequest("POST /wp-json/wp/v2/comments");
        assertTrue(approval >= 0 && approval < reply, "approval first: " + wp.requests);
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void twoRepliesToOnePendingComment_bothAfterItsApproval_eachUnderItsOwnId() {
        m.reply(StoreProbe.rowId(file, 2), "One");
        m.reply(StoreProbe.rowId(file, 2), "Two");
        assertEquals(List.of(ChangeKind.STATUS, ChangeKind.REPLY, ChangeKind.REPLY), sync.plannedPush(wp.url())
                .stream().map(PlannedPush::kind).toList());
        assertEquals(3, run(false, true).pushed(), "one approval, two replies");
        assertEquals(2, wp.createdReplies.size());
        assertEquals(0, StoreProbe.outbox(file));
        assertEquals(List.of("One", "Two"), StoreProbe.strings(file, "SELECT content FROM comments WHERE remote_id > 3 "
                + "ORDER BY remote_id"));
    }

    @Test
    void aReplyToAPostWithClosedComments_failsAlone_withAClearWord_andStaysQueued() {
        long local = m.reply(StoreProbe.rowId(file, 3), "Too late");
        m.decide(List.of(StoreProbe.rowId(file, 1)), dev.moddesk.core.ModerationAction.APPROVE);
        wp.fault(line -> line.startsWith("POST /wp-json/wp/v2/comments?"), 1, 403, "{\"code\":\"rest_comment_closed\","
                + "\"message\":\"Sorry, comments are closed for this item.\",\"data\":{\"status\":403}}", Map.of());
        SyncSummary s = run(false, true); // not an authentication failure: the run goes on
        assertEquals(1, s.pushed(), "the other decision went");
        assertEquals(1, s.failed());
        assertEquals("approved", wp.status(1));
        List<String> errors = StoreProbe.strings(file, "SELECT o.last_error FROM outbox o JOIN comments c "
                + "ON c.id = o.comment_id WHERE c.remote_id = ?", local);
        assertEquals(1, errors.size(), "the reply stays queued");
        assertTrue(errors.get(0).contains("comments are closed on that post"), errors.get(0));
    }
}
