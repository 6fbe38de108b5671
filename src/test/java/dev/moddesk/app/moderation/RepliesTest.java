package dev.moddesk.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Replies on a real SQLite file: a local comment at once, queued, approving a pending parent; undo and redo. */
class RepliesTest {
    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    Moderation m;

    @BeforeEach
    void open() {
        file = dir.resolve("replies.db");
        desk = Fixtures.desk(file, 20, "me");
        m = desk.moderation();
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private String row(long remoteId) {
        return String.join("|", StoreProbe.strings(file, "SELECT post_id || '|' || parent_id || '|' || author || '|' "
                + "|| content || '|' || status FROM comments WHERE remote_id = ?", remoteId));
    }

    @Test
    void aReplyIsALocalCommentAtOnce_underItsParent_queued_andApprovesAPendingParentInTheSameStep() {
        long parent = StoreProbe.rowId(file, 2); // pending, on post 3
        long local = m.reply(parent, "<p>Thanks!</p>");
        assertTrue(local < 0, "a local id: " + local);
        assertEquals("3|2|me|<p>Thanks!</p>|approved", row(local));
        assertEquals("approved", StoreProbe.status(file, 2), "replying approves the pending parent, as WordPress does");
        assertEquals(List.of("reply|{\"post\":3,\"parent\":2,\"content\":\"<p>Thanks!</p>\"}", "status|null"),
                StoreProbe.strings(file, "SELECT kind || '|' || coalesce(payload, 'null') FROM outbox ORDER BY kind"));
        assertEquals(List.of("status approve pending approved", "reply reply gone approved"),
                StoreProbe.strings(file, "SELECT kind || ' ' || action || ' ' || from_status || ' ' || to_status "
                        + "FROM audit_log ORDER BY id"));
        assertEquals(1, StoreProbe.number(file, "SELECT count(DISTINCT group_id) FROM audit_log"), "one step");
        assertEquals(Fixtures.count(20, Status.APPROVED) + 2, StoreProbe.number(file,
                "SELECT n FROM comment_counts WHERE status = 'approved'"), "the parent and the reply are counted");
    }

    @Test
    void aReplyIsWrittenByTheSitesSavedUser() {
        StoreProbe.execute(file, "UPDATE sites SET rest_user = 'editor'");
        long local = m.reply(StoreProbe.rowId(file, 7), "ok");
        assertTrue(row(local).contains("|editor|"), row(local));
        assertEquals("approved", StoreProbe.status(file, 7));
        assertEquals(List.of("reply"), StoreProbe.strings(file, "SELECT kind FROM outbox"), "an approved parent stays");
    }

    @Test
    void undoTakesBackTheReplyAndTheParentsApproval_redoWritesBothAgain() {
        long local = m.reply(StoreProbe.rowId(file, 2), "hi");
        assertEquals(2, m.undo().orElseThrow().changed());
        assertEquals("gone", StoreProbe.status(file, local), "out of the queue and the counts");
        assertEquals("pending", StoreProbe.status(file, 2));
        assertEquals(0, StoreProbe.outbox(file));
        assertEquals(Fixtures.count(20, Status.APPROVED), StoreProbe.number(file,
                "SELECT n FROM comment_counts WHERE status = 'approved'"));
        assertEquals(2, m.redo().orElseThrow().changed());
        assertEquals("approved", StoreProbe.status(file, local));
        assertEquals("approved", StoreProbe.status(file, 2));
        assertEquals(List.of("reply", "status"), StoreProbe.strings(file, "SELECT kind FROM outbox ORDER BY kind"));
    }

    @Test
    void editingAReplyNotYetOnTheSiteChangesWhatItsPushSends() {
        long local = m.reply(StoreProbe.rowId(file, 7), "hi");
        m.edit(StoreProbe.rowId(file, local), "hello", null, null, null);
        assertEquals(List.of("reply|hello"), StoreProbe.strings(file, "SELECT kind || '|' || json_extract(payload, "
                + "'$.content') FROM outbox"));
    }

    @Test
    void aReplyNeedsContentAndAParentTheSiteHas() {
        assertThrows(TextRefused.class, () -> m.reply(StoreProbe.rowId(file, 2), "  "));
        StoreProbe.execute(file, "UPDATE comments SET site_status = 'gone' WHERE remote_id = 3");
        assertThrows(TextRefused.class, () -> m.reply(StoreProbe.rowId(file, 3), "hi"));
        assertEquals(0, StoreProbe.auditRows(file));
    }
}
