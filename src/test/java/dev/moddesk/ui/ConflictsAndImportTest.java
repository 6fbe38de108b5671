package dev.moddesk.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** The Conflicts view (keep mine / take the site's, one and many) and File → Import… of good and broken files. */
class ConflictsAndImportTest extends DeskUiTestBase {

    @Override
    protected void prepare(Workspace d) {
        // I approved 1..4 (all pending on the site); then the site marked them spam: four conflicts
        List<Long> ids = List.of(1L, 2L, 3L, 4L).stream().map(i -> StoreProbe.rowId(file, i)).toList();
        d.moderation().decide(ids, ModerationAction.APPROVE);
        for (long i = 1; i <= 4; i++) {
            Fixtures.siteChanges(d, i, Status.SPAM);
        }
    }

    @Test
    void keepMineAndTakeTheSitesOneByOneAndInBulk() {
        assertEquals(4, window.queue().countsProperty().get().conflicts());
        robot.clickOn("#view-conflicts");
        settle();
        assertEquals(4, total());
        long first = current().remoteId();
        assertTrue(robot.lookup("#conflict-box").tryQuery().isPresent(), "the detail shows both sides");

        robot.clickOn("#keep-mine");
        settle();
        assertEquals("approved", StoreProbe.status(file, first));
        assertEquals(0, StoreProbe.number(file, "SELECT conflict FROM comments WHERE remote_id = ?", first));
        assertEquals("spam", StoreProbe.strings(file, "SELECT decided_against FROM comments WHERE remote_id = ?", first).get(0));
        assertEquals(3, total());

        long second = current().remoteId();
        key(KeyCode.T); // take the site's
        assertEquals("spam", StoreProbe.status(file, second));
        assertNull(StoreProbe.strings(file, "SELECT decision FROM comments WHERE remote_id = ?", second).get(0));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id "
                + "WHERE c.remote_id = ?", second));

        // the last two in bulk
        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.A);
        robot.clickOn("#btn-take-site");
        settle();
        assertEquals(0, total());
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE conflict = 1"));
        assertEquals(3, StoreProbe.number(file, "SELECT count(*) FROM audit_log WHERE action = 'take-site'"));
        assertEquals(1, StoreProbe.number(file, "SELECT count(*) FROM audit_log WHERE action = 'keep-mine'"));

        key(KeyCode.Z); // the bulk take-site is one step: both decisions come back
        assertEquals(2, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE decision = 'approved' "
                + "AND remote_id IN (1,2,3,4) AND id NOT IN (SELECT comment_id FROM audit_log WHERE action = 'keep-mine') "
                + "AND remote_id <> ?", second));
        assertNoErrors();
    }

    @Test
    void undoOfKeepMineBringsTheConflictBackAndRedoSettlesItAgain() {
        robot.clickOn("#view-conflicts");
        settle();
        long remote = current().remoteId();
        String before = conflictState(remote);
        robot.clickOn("#keep-mine");
        settle();
        assertEquals(3, total());
        assertEquals(0, StoreProbe.number(file, "SELECT conflict FROM comments WHERE remote_id = ?", remote));

        key(KeyCode.Z);
        assertEquals(before, conflictState(remote), "conflict flag, decision, decided_against and outbox as before");
        assertEquals(4, total(), "back in the Conflicts view");
        assertEquals(4, window.queue().viewCountsProperty().get().conflicts());

        key(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.Z);
        assertEquals(0, StoreProbe.number(file, "SELECT conflict FROM comments WHERE remote_id = ?", remote));
        assertEquals("spam", StoreProbe.strings(file, "SELECT decided_against FROM comments WHERE remote_id = ?", remote).get(0));
        assertEquals(3, total());
        assertNoErrors();
    }

    private String conflictState(long remote) {
        return String.join("|", StoreProbe.strings(file, "SELECT c.conflict || ',' || c.decision || ',' || c.decided_against "
                + "|| ',' || c.decided_by || ',' || c.decided_at || ',' || o.target || ',' || o.queued_at "
                + "FROM comments c JOIN outbox o ON o.comment_id = c.id WHERE c.remote_id = ?", remote));
    }

    @Test
    void menuImportOfAGoodFileShowsASummary() throws Exception {
        Path wxr = dir.resolve("good.xml");
        Files.writeString(wxr, wxr(List.of(
                comment(5001, "1", "Новый читатель", "Привет! Отличная статья."),
                comment(5002, "0", "새 독자", "좋은 글 감사합니다 🙂"))), StandardCharsets.UTF_8);
        dialogs.files.add(wxr);
        robot.clickOn("#menu-file").clickOn("Import…");
        settle();
        assertNoErrors();
        assertEquals(1, dialogs.infos.size(), "a summary");
        assertTrue(dialogs.infos.get(0).contains("2 inserted"), dialogs.infos.get(0));
        assertEquals("approved", StoreProbe.status(file, 5001));
        assertEquals("pending", StoreProbe.status(file, 5002));
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'pending'"), total(),
                "the queue shows the new comment");
        assertTrue(window.queue().rows().indexOf(StoreProbe.rowId(file, 5002), 0) >= 0);
    }

    @Test
    void menuImportOfABrokenFileNamesFileAndLineAndChangesNothing() throws Exception {
        Path broken = dir.resolve("broken.xml");
        String text = wxr(List.of(comment(6001, "1", "A", "fine"), comment(6002, "1", "B", "fine")));
        Files.writeString(broken, text.substring(0, text.length() / 2 + 40) + "\n<wp:comment><oops", StandardCharsets.UTF_8);
        long before = StoreProbe.number(file, "SELECT count(*) FROM comments");
        dialogs.files.add(broken);
        robot.clickOn("#menu-file").clickOn("Import…");
        settle();
        assertEquals(1, dialogs.errors.size());
        String error = dialogs.errors.get(0);
        assertTrue(error.contains("broken.xml:"), error);
        assertTrue(error.matches("(?s).*broken\\.xml:\\d+.*"), "names the line: " + error);
        assertEquals(before, StoreProbe.number(file, "SELECT count(*) FROM comments"));
    }

    static String comment(long id, String approved, String author, String content) {
        return "<wp:comment><wp:comment_id>" + id + "</wp:comment_id><wp:comment_author><![CDATA[" + author
                + "]]></wp:comment_author><wp:comment_author_email>reader" + id + "@example.com</wp:comment_author_email>"
                + "<wp:comment_author_url></wp:comment_author_url><wp:comment_author_IP>192.0.2.50</wp:comment_author_IP>"
                + "<wp:comment_date>2024-01-02 03:04:05</wp:comment_date><wp:comment_date_gmt>2024-01-02 03:04:05"
                + "</wp:comment_date_gmt><wp:comment_content><![CDATA[" + content + "]]></wp:comment_content>"
                + "<wp:comment_approved>" + approved + "</wp:comment_approved><wp:comment_type></wp:comment_type>"
                + "<wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id></wp:comment>\n";
    }

    static String wxr(List<String> comments) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                + "<rss version=\"2.0\" xmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\" "
                + "xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:wfw=\"http://wellformedweb.org/CommentAPI/\" "
                + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:wp=\"http://wordpress.org/export/1.2/\">\n"
                + "<channel>\n<title>Example Blog</title>\n<link>" + Fixtures.SITE + "</link>\n"
                + "<wp:wxr_version>1.2</wp:wxr_version>\n<wp:base_site_url>" + Fixtures.SITE + "</wp:base_site_url>\n"
                + "<wp:base_blog_url>" + Fixtures.SITE + "</wp:base_blog_url>\n"
                + "<item>\n<title>Post number 1</title>\n<link>" + Fixtures.SITE + "/?p=1</link>\n"
                + "<wp:post_id>1</wp:post_id>\n<wp:status>publish</wp:status>\n<wp:post_type>post</wp:post_type>\n"
                + "<wp:comment_status>open</wp:comment_status>\n"
                + String.join("", comments)
                + "</item>\n</channel>\n</rss>\n";
    }
}
