package dev.moddesk.app.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.store.StoreProbe;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Edits and replies pushed to a fake WordPress: sent once, recorded, the conflict rule at push and pull time. */
class EditAndReplyPushTest extends FakeSiteSyncBase {
    private Moderation m;

    @BeforeEach
    void moderator() {
        m = new Moderation(db, () -> "tester");
    }

    private String local(long remoteId) {
        return String.join("|", StoreProbe.strings(file, "SELECT content || '|' || author || '|' || conflict "
                + "FROM comments WHERE remote_id = ?", remoteId));
    }

    @Test
    void anEditIsPushedOnce_theCommentTakesTheSitesText() {
        m.edit(StoreProbe.rowId(file, 1), "Comment 1, without the link", "Author One", null, null);
        SyncSummary s = run(true, true);
        assertEquals(1, s.pushed());
        assertEquals(0, s.conflicts());
        assertEquals("Comment 1, without the link", wp.content(1));
        assertTrue(wp.json(1).contains("\"author_name\":\"Author One\""), wp.json(1));
        assertTrue(wp.json(1).contains("\"author_ip\":\"192.0.2.1\""), "the commenter's IP is kept: " + wp.json(1));
        assertEquals("Comment 1, without the link|Author One|0", local(1));
        assertEquals(0, StoreProbe.outbox(file));
        int writes = wp.writes.get();
        assertEquals(0, run(true, true).pushed());
        assertEquals(writes, wp.writes.get(), "nothing sent again");
    }

    @Test
    void anEditWhoseCommentTheSiteChangedMeanwhileIsHeldAsAConflictAtPush_nothingSent() {
        m.edit(StoreProbe.rowId(file, 1), "mine", null, null, null);
        wp.editContent(1, "theirs");
        SyncSummary s = run(false, true);
        assertEquals(0, s.pushed());
        assertEquals("theirs", wp.content(1), "the site's edit is not overwritten");
        assertEquals("mine|Author 1|1", local(1));
        assertEquals(List.of("theirs"), StoreProbe.strings(file, "SELECT json_extract(payload, '$.site.content') "
                + "FROM outbox WHERE kind = 'edit'"));
        assertEquals(0, wp.count("POST "));
    }

    @Test
    void anEditWhoseCommentTheSiteChangedIsAConflictAtPull_andNotPushedUntilResolved() {
        m.edit(StoreProbe.rowId(file, 1), "mine", null, null, null);
        wp.editContent(1, "theirs");
        SyncSummary s = run(true, true);
        assertEquals(1, s.conflicts());
        assertEquals(0, s.pushed());
        assertEquals("mine|Author 1|1", local(1));
        m.resolve(List.of(StoreProbe.rowId(file, 1)), dev.moddesk.core.Resolution.KEEP_MINE);
        assertEquals(1, run(true, true).pushed());
        assertEquals("mine", wp.content(1));
    }

    @Test
    void aSiteThatAlreadyShowsTheEditIsDoneWithoutSending() {
        m.edit(StoreProbe.rowId(file, 1), "mine", null, null, null);
        wp.editContent(1, "mine");
        assertEquals(1, run(false, true).pushed());
        assertEquals(0, wp.count("POST "));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void aReplyToAPendingCommentIsPushedOnce_theParentApproved_theLocalCommentTakesTheSitesId() {
        long local = m.reply(StoreProbe.rowId(file, 2), "Thanks for asking");
        assertEquals(List.of("POST /wp/v2/comments post=1 parent=2 content"), sync.plannedPush(wp.url()).stream()
                .filter(p -> p.kind() == dev.moddesk.core.ChangeKind.REPLY).map(PlannedPush::request).toList());
        SyncSummary s = run(true, true);
        assertEquals(2, s.pushed(), "the reply and the parent's approval");
        assertEquals(List.of(4L), wp.createdReplies);
        assertEquals("approved", wp.status(2));
        assertTrue(wp.json(4).contains("\"parent\":2"), wp.json(4));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE remote_id = ?", local));
        assertEquals("Thanks for asking|Site Admin|0", local(4));
        assertEquals(0, StoreProbe.outbox(file));
        assertEquals(0, run(true, true).pushed());
        assertEquals(List.of(4L), wp.createdReplies, "never pushed twice");
        assertEquals(4, StoreProbe.number(file, "SELECT count(*) FROM comments"), "the pull found it, no copy");
    }

    @Test
    void aReplyTheSiteHasAlreadyIsTakenNotPostedAgain_asAfterAPushWhoseAnswerWasLost() {
        long local = m.reply(StoreProbe.rowId(file, 3), "Same words");
        // what a push that died between the POST and recording the id left on the site
        wp.comment(9, 1, "approved").tweak(9, c -> {
            c.put("parent", 3);
            c.put("author", 1);
            c.putObject("content").put("raw", "Same words").put("rendered", "<p>Same words</p>");
        });
        assertEquals(1, run(false, true).pushed());
        assertEquals(List.of(), wp.createdReplies, "no second POST");
        assertEquals("Same words|Author 9|0", local(9));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE remote_id = ?", local));
    }

    @Test
    void aReplyAPullBroughtInMeanwhileIsNotPostedAgain_theLocalCopyIsGone() {
        long local = m.reply(StoreProbe.rowId(file, 3), "Same words");
        wp.comment(9, 1, "approved").tweak(9, c -> {
            c.put("parent", 3);
            c.put("author", 1);
            c.putObject("content").put("raw", "Same words").put("rendered", "<p>Same words</p>");
        });
        assertEquals(1, run(true, true).pushed());
        assertEquals(List.of(), wp.createdReplies);
        assertEquals("gone", StoreProbe.status(file, local));
        assertEquals("approved", StoreProbe.status(file, 9));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void aDecisionOnAReplyNotYetOnTheSiteGoesAfterIt_underTheSitesId() {
        long local = m.reply(StoreProbe.rowId(file, 3), "Oops");
        m.decide(List.of(StoreProbe.rowId(file, local)), ModerationAction.TRASH);
        assertEquals(2, run(false, true).pushed());
        assertEquals("trash", wp.status(4));
        assertEquals("trash", StoreProbe.status(file, 4));
        assertEquals(0, StoreProbe.outbox(file));
    }

    @Test
    void aDuplicateRefusalIsReadAsTheReplyBeingThere() {
        m.reply(StoreProbe.rowId(file, 3), "Twice");
        wp.fault(line -> line.startsWith("GET /wp-json/wp/v2/comments?") && line.contains("parent=3"), 1, 200, "[]",
                java.util.Map.of());
        wp.comment(9, 1, "approved").tweak(9, c -> {
            c.put("parent", 3);
            c.put("author", 1);
            c.putObject("content").put("raw", "Twice").put("rendered", "<p>Twice</p>");
        });
        assertEquals(1, run(false, true).pushed(), "the first look missed it, the POST answered 409, the second found it");
        assertEquals(List.of(), wp.createdReplies);
        assertEquals("Twice|Author 9|0", local(9));
    }

    @Test
    void aReplyTheSiteStoredFilteredIsFoundByItsVisibleText() {
        m.reply(StoreProbe.rowId(file, 3), "<p>Same <span class=\"x\">words</span></p>");
        wp.comment(9, 1, "approved").tweak(9, c -> {
            c.put("parent", 3);
            c.put("author", 1);
            c.putObject("content").put("raw", "Same words").put("rendered", "<p>Same words</p>");
        });
        assertEquals(1, run(false, true).pushed());
        assertEquals(List.of(), wp.createdReplies, "kses took the tags; it is the same reply");
    }
}
