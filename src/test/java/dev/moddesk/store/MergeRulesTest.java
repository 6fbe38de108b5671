package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.importing.ImportProgress;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.moderation.Outcome;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sync rules 1-5 in the README through the import writer and the moderation store, on a real SQLite file. */
class MergeRulesTest {
    static final String SITE = "https://site.example";

    @TempDir
    Path dir;
    Database db;
    Moderation moderation;

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("desk.db"));
        moderation = new Moderation(db, () -> "test");
    }

    @AfterEach
    void close() {
        db.close();
    }

    // ---------------------------------------------------------------- helpers

    static Comment comment(long id, Status status) {
        return comment(id, status, "Comment number " + id + " about tomatoes");
    }

    static Comment comment(long id, Status status, String content) {
        return new Comment(id, 1, 0, "Author " + id, "a" + id + "@example.com", "https://a" + id + ".example/",
                "192.0.2." + id, null, 0, 1_700_000_000L + id * 60, CommentType.COMMENT, content, status);
    }

    /** One import (a file or a pull) of these comments, in one transaction. */
    Map<MergeOutcome, Integer> pull(Comment... comments) {
        Map<MergeOutcome, Integer> outcomes = new EnumMap<>(MergeOutcome.class);
        try (ImportWriter w = new ImportWriter(db)) {
            w.site(SITE, "Site");
            for (Comment c : comments) {
                outcomes.merge(w.comment(c), 1, Integer::sum);
            }
            w.commit();
        }
        return outcomes;
    }

    static Map<MergeOutcome, Integer> outcomes(Object... pairs) {
        Map<MergeOutcome, Integer> m = new EnumMap<>(MergeOutcome.class);
        for (int i = 0; i < pairs.length; i += 2) {
            m.put((MergeOutcome) pairs[i], (Integer) pairs[i + 1]);
        }
        return m;
    }

    Outcome decide(ModerationAction action, Long... remoteIds) {
        return new Moderation(db, () -> "alice").decide(moderation.findBySiteIds(SITE, List.of(remoteIds)), action);
    }

    /** site_status, decision, decided_against, conflict, effective status, outbox target. */
    record Row(String siteStatus, String decision, String against, boolean conflict, String status, String outbox) { }

    Row row(long remoteId) {
        try (PreparedStatement ps = db.writer().prepareStatement("SELECT c.site_status, c.decision, c.decided_against, "
                + "c.conflict, c.status, o.target FROM comments c LEFT JOIN outbox o ON o.comment_id = c.id "
                + "WHERE c.remote_id = ?")) {
            ps.setLong(1, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next(), "comment " + remoteId + " is stored");
                return new Row(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4) == 1, rs.getString(5),
                        rs.getString(6));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    long scalar(String sql) {
        try (Statement st = db.writer().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    StatusCounts counts() {
        return new CommentQueries(db.writer()).counts();
    }

    List<Long> search(String words) {
        return StoreProbe.queue(db.writer(), QueueFilter.all().withSearch(words), 0).stream()
                .map(i -> i.comment().remoteId()).sorted().collect(Collectors.toList());
    }

    // ---------------------------------------------------------------- rules 1 to 3

    @Test
    void rule1And2_firstSeenIsInsertedWithItsSiteStatus_againChangesNothing() {
        assertEquals(outcomes(MergeOutcome.INSERTED, 3),
                pull(comment(1, Status.PENDING), comment(2, Status.APPROVED), comment(3, Status.TRASH)));
        assertEquals(new Row("pending", null, null, false, "pending", null), row(1));
        assertEquals(new Row("approved", null, null, false, "approved", null), row(2));
        assertEquals(new Row("trash", null, null, false, "trash", null), row(3));
        assertEquals(outcomes(MergeOutcome.UNCHANGED, 3),
                pull(comment(1, Status.PENDING), comment(2, Status.APPROVED), comment(3, Status.TRASH)));
        assertEquals(List.of(1L, 2L, 3L), search("tomatoes"));
    }

    @Test
    void rule3_withoutADecisionTheSitesNewFieldsAndStatusAreTaken() {
        pull(comment(1, Status.PENDING, "old words about cucumbers"));
        assertEquals(outcomes(MergeOutcome.UPDATED, 1), pull(comment(1, Status.SPAM, "new words about melons")));
        assertEquals(new Row("spam", null, null, false, "spam", null), row(1));
        assertEquals(List.of(1L), search("melons"), "the index follows the new content");
        assertEquals(List.of(), search("cucumbers"), "and forgets the old");
        assertEquals(outcomes(MergeOutcome.UNCHANGED, 1), pull(comment(1, Status.SPAM, "new words about melons")));
        assertEquals(1, counts().spam());
    }

    @Test
    void aCommentInsertedAndChangedInTheSameImportIsIndexedOnce() {
        // The writer indexes new rows in chunks; an update of a row not yet indexed must not corrupt the index.
        pull(comment(1, Status.PENDING, "first version apricot"), comment(1, Status.APPROVED, "second version banana"));
        assertEquals(List.of(), search("apricot"));
        assertEquals(List.of(1L), search("banana"));
        assertEquals("approved", row(1).status());
        try (Statement st = db.writer().createStatement()) {
            st.execute("INSERT INTO comments_fts(comments_fts) VALUES('integrity-check')");
        } catch (SQLException e) {
            throw new AssertionError("full-text index out of step: " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------- rule 4

    @Test
    void rule4_aDecisionStandsWhileTheSiteStatusIsUnchanged() {
        pull(comment(1, Status.PENDING));
        assertEquals(1, decide(ModerationAction.APPROVE, 1L).changed());
        Row decided = new Row("pending", "approved", "pending", false, "approved", "approved");
        assertEquals(decided, row(1));

        assertEquals(outcomes(MergeOutcome.UNCHANGED, 1), pull(comment(1, Status.PENDING)));
        assertEquals(decided, row(1));
        // New fields from the site are taken; the decision still stands.
        assertEquals(outcomes(MergeOutcome.UPDATED, 1), pull(comment(1, Status.PENDING, "edited on the site")));
        assertEquals(decided, row(1));
        StatusCounts c = counts();
        assertEquals(1, c.approved());
        assertEquals(0, c.pending());
        assertEquals(1, c.unpushed());
        assertEquals(0, c.conflicts());
    }

    @Test
    void rule4_aSiteChangeUnderAPendingDecisionIsAConflictKeptBothWays() {
        pull(comment(1, Status.PENDING), comment(2, Status.PENDING));
        decide(ModerationAction.APPROVE, 1L);

        // Another moderator marked it spam on the site meanwhile.
        assertEquals(outcomes(MergeOutcome.CONFLICT, 1, MergeOutcome.UNCHANGED, 1),
                pull(comment(1, Status.SPAM), comment(2, Status.PENDING)));
        Row conflict = new Row("spam", "approved", "pending", true, "approved", "approved");
        assertEquals(conflict, row(1), "the site's value and mine are both kept, mine still queued");
        assertEquals(1, counts().conflicts());
        List<QueueItem> view = StoreProbe.queue(db.writer(), QueueFilter.conflicts(), 0);
        assertEquals(1, view.size());
        assertTrue(view.get(0).conflict());
        assertEquals(Status.APPROVED, view.get(0).decision());
        assertEquals(Status.SPAM, view.get(0).comment().siteStatus());

        // The same export again: still one conflict, not counted again, nothing changes.
        assertEquals(outcomes(MergeOutcome.UNCHANGED, 2), pull(comment(1, Status.SPAM), comment(2, Status.PENDING)));
        assertEquals(conflict, row(1));
        assertEquals(1, counts().conflicts());
        assertEquals(1, counts().unpushed());
    }

    @Test
    void rule4_conflictsThroughTheImporterAreCountedOnceAndReimportIsIdempotent() throws IOException {
        Importer importer = new Importer(db, w -> { });
        Path before = Files.writeString(dir.resolve("before.xml"), wxr("0", "0"));
        Path after = Files.writeString(dir.resolve("after.xml"), wxr("spam", "0"));
        assertEquals(2, importer.importFile(before, ImportProgress.NONE, () -> false).inserted());
        decide(ModerationAction.APPROVE, 1L);

        ImportSummary first = importer.importFile(after, ImportProgress.NONE, () -> false);
        assertEquals(1, first.conflicts());
        assertEquals(1, first.updated());
        assertEquals(1, first.unchanged());
        assertEquals(0, first.inserted());

        ImportSummary second = importer.importFile(after, ImportProgress.NONE, () -> false);
        assertEquals(0, second.conflicts());
        assertEquals(0, second.updated());
        assertEquals(2, second.unchanged());
        assertEquals(1, counts().conflicts());
    }

    @Test
    void rule4_theSiteShowingTheDecidedStatusClearsTheDecisionAndTheOutbox() {
        pull(comment(1, Status.PENDING), comment(2, Status.PENDING));
        decide(ModerationAction.APPROVE, 1L, 2L);
        assertEquals(2, scalar("SELECT count(*) FROM outbox"));

        // Another desk pushed the same decision for 1.
        assertEquals(outcomes(MergeOutcome.UPDATED, 1, MergeOutcome.UNCHANGED, 1),
                pull(comment(1, Status.APPROVED), comment(2, Status.PENDING)));
        assertEquals(new Row("approved", null, null, false, "approved", null), row(1));
        assertEquals(new Row("pending", "approved", "pending", false, "approved", "approved"), row(2));
        assertEquals(1, scalar("SELECT count(*) FROM outbox"));
        assertEquals(1, counts().unpushed());
        assertEquals(2, scalar("SELECT count(*) FROM audit_log"), "the audit log keeps the decision");
    }

    @Test
    void rule4_aConflictEndsWhenTheSiteComesToTheDecidedStatus() {
        pull(comment(1, Status.PENDING));
        decide(ModerationAction.APPROVE, 1L);
        pull(comment(1, Status.SPAM));
        assertTrue(row(1).conflict());
        assertEquals(outcomes(MergeOutcome.UPDATED, 1), pull(comment(1, Status.APPROVED)));
        assertEquals(new Row("approved", null, null, false, "approved", null), row(1));
        assertEquals(0, counts().conflicts());
        assertEquals(0, counts().unpushed());
    }

    @Test
    void rule4_aConflictSettlesWhenTheSiteGoesBackToWhereTheDecisionWasMade() {
        pull(comment(1, Status.PENDING));
        decide(ModerationAction.APPROVE, 1L);
        pull(comment(1, Status.SPAM));
        assertTrue(row(1).conflict());
        pull(comment(1, Status.PENDING));
        assertEquals(new Row("pending", "approved", "pending", false, "approved", "approved"), row(1));
        assertEquals(0, counts().conflicts());
    }

    // ---------------------------------------------------------------- rule 5

    @Test
    void rule5_commentsAbsentFromAnExportAreNotDeleted() {
        pull(comment(1, Status.PENDING), comment(2, Status.APPROVED), comment(3, Status.TRASH));
        decide(ModerationAction.SPAM, 3L);
        assertEquals(outcomes(MergeOutcome.UNCHANGED, 1), pull(comment(1, Status.PENDING)));
        assertEquals(3, scalar("SELECT count(*) FROM comments"));
        assertEquals(3, counts().total());
        assertEquals(new Row("trash", "spam", "trash", false, "spam", "spam"), row(3));
        assertEquals(List.of(1L, 2L, 3L), search("tomatoes"));
    }

    // ---------------------------------------------------------------- rule 7 through the store

    static String wxr(String approved1, String approved2) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<rss version=\"2.0\" xmlns:wp=\"http://wordpress.org/export/1.1/\">\n<channel>\n"
                + "<title>Site</title><link>" + SITE + "/</link>\n"
                + "<wp:wxr_version>1.1</wp:wxr_version>\n<wp:base_blog_url>" + SITE + "/</wp:base_blog_url>\n"
                + "<item><title>Post</title><link>" + SITE + "/post/</link><wp:post_id>4</wp:post_id>\n"
                + "<wp:comment><wp:comment_id>1</wp:comment_id>\n"
                + "<wp:comment_author><![CDATA[Tom &amp; Jerry Fan]]></wp:comment_author>\n"
                + "<wp:comment_author_email><![CDATA[TOM.Jerry+blog@Example.COM]]></wp:comment_author_email>\n"
                + "<wp:comment_author_url>https://example.com/?a=1&amp;b=2&amp;region=eu</wp:comment_author_url>\n"
                + "<wp:comment_author_IP><![CDATA[2001:db8::1]]></wp:comment_author_IP>\n"
                + "<wp:comment_date><![CDATA[2024-01-10 01:08:57]]></wp:comment_date>\n"
                + "<wp:comment_date_gmt><![CDATA[2024-01-10 00:08:57]]></wp:comment_date_gmt>\n"
                + "<wp:comment_content><![CDATA[Line one\r\nline &amp; two]]></wp:comment_content>\n"
                + "<wp:comment_approved><![CDATA[" + approved1 + "]]></wp:comment_approved>\n"
                + "<wp:comment_type><![CDATA[comment]]></wp:comment_type>\n"
                + "<wp:comment_parent>0</wp:comment_parent><wp:comment_user_id>0</wp:comment_user_id>\n"
                + "</wp:comment>\n"
                + "<wp:comment><wp:comment_id>2</wp:comment_id>\n"
                + "<wp:comment_author><![CDATA[Пётр]]></wp:comment_author>\n"
                + "<wp:comment_author_email><![CDATA[]]></wp:comment_author_email>\n"
                + "<wp:comment_author_url></wp:comment_author_url>\n"
                + "<wp:comment_author_IP><![CDATA[192.0.2.2]]></wp:comment_author_IP>\n"
                + "<wp:comment_date><![CDATA[2024-01-10 02:08:57]]></wp:comment_date>\n"
                + "<wp:comment_date_gmt><![CDATA[2024-01-10 01:08:57]]></wp:comment_date_gmt>\n"
                + "<wp:comment_content><![CDATA[A reply]]></wp:comment_content>\n"
                + "<wp:comment_approved><![CDATA[" + approved2 + "]]></wp:comment_approved>\n"
                + "<wp:comment_type><![CDATA[]]></wp:comment_type>\n"
                + "<wp:comment_parent>1</wp:comment_parent><wp:comment_user_id>3</wp:comment_user_id>\n"
                + "</wp:comment>\n</item>\n</channel>\n</rss>\n";
    }

    static String rest(String agent1, String agent2) {
        return "[\n"
                + "{\"id\": 1, \"post\": 4, \"parent\": 0, \"author\": 0, \"author_name\": \"Tom &amp; Jerry Fan\", "
                + "\"author_email\": \"TOM.Jerry+blog@Example.COM\", "
                + "\"author_url\": \"https://example.com/?a=1&amp;b=2&amp;region=eu\", \"author_ip\": \"2001:db8::1\", "
                + "\"author_user_agent\": \"" + agent1 + "\", \"date\": \"2024-01-10T01:08:57\", "
                + "\"date_gmt\": \"2024-01-10T00:08:57\", \"content\": {\"rendered\": \"<p>Line one<br />\\nline &amp; two</p>\", "
                + "\"raw\": \"Line one\\r\\nline &amp; two\"}, \"status\": \"hold\", \"type\": \"comment\", "
                + "\"_links\": {\"self\": [{\"href\": \"" + SITE + "/wp-json/wp/v2/comments/1\"}]}},\n"
                + "{\"id\": 2, \"post\": 4, \"parent\": 1, \"author\": 3, \"author_name\": \"Пётр\", "
                + "\"author_email\": \"\", \"author_url\": \"\", \"author_ip\": \"192.0.2.2\", "
                + "\"author_user_agent\": \"" + agent2 + "\", \"date\": \"2024-01-10T02:08:57\", "
                + "\"date_gmt\": \"2024-01-10T01:08:57\", \"content\": {\"raw\": \"A reply\"}, \"status\": \"hold\", "
                + "\"type\": \"comment\", \"_links\": {\"self\": [{\"href\": \"" + SITE + "/?rest_route=/wp/v2/comments/2\"}]}}\n"
                + "]\n";
    }

    @Test
    void wxrThenRestOfTheSameCommentsReportsNothingUpdated_theAgentIsFilledSilently() throws IOException {
        Importer importer = new Importer(db, w -> { });
        Path wxr = Files.writeString(dir.resolve("export.xml"), wxr("0", "0"));
        Path rest = Files.writeString(dir.resolve("pull.json"), rest("Firefox/128.0", ""));

        ImportSummary fromWxr = importer.importFile(wxr, ImportProgress.NONE, () -> false);
        assertEquals(2, fromWxr.inserted());
        assertNull(agent(1));

        ImportSummary fromRest = importer.importFile(rest, ImportProgress.NONE, () -> false);
        assertEquals("rest-json", fromRest.format());
        assertEquals(0, fromRest.inserted(), "the same site: " + sites());
        assertEquals(0, fromRest.updated());
        assertEquals(2, fromRest.unchanged());
        assertEquals("Firefox/128.0", agent(1));
        assertEquals("", agent(2));
        assertEquals(1, sites().size());

        assertEquals(2, importer.importFile(rest, ImportProgress.NONE, () -> false).unchanged());
        ImportSummary wxrAgain = importer.importFile(wxr, ImportProgress.NONE, () -> false);
        assertEquals(0, wxrAgain.updated());
        assertEquals("Firefox/128.0", agent(1), "WXR, which knows no agent, does not erase it");
    }

    String agent(long remoteId) {
        try (PreparedStatement ps = db.writer().prepareStatement("SELECT agent FROM comments WHERE remote_id = ?")) {
            ps.setLong(1, remoteId);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    List<String> sites() {
        List<String> out = new ArrayList<>();
        try (Statement st = db.writer().createStatement(); ResultSet rs = st.executeQuery("SELECT base_url FROM sites")) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    // ---------------------------------------------------------------- audit log and undo

    @Test
    void theAuditLogIsAppendOnly() throws SQLException {
        pull(comment(1, Status.PENDING));
        decide(ModerationAction.APPROVE, 1L);
        assertEquals(1, scalar("SELECT count(*) FROM audit_log"));
        String before = scalar("SELECT count(*) FROM audit_log WHERE moderator = 'alice' AND from_status = 'pending' "
                + "AND to_status = 'approved' AND action = 'approve'") + "";
        assertEquals("1", before);

        refusesChanges(db.writer());
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + db.file())) {
            refusesChanges(other);
        }
        assertEquals(1, scalar("SELECT count(*) FROM audit_log WHERE moderator = 'alice'"));
    }

    private static void refusesChanges(Connection c) throws SQLException {
        try (Statement st = c.createStatement()) {
            SQLException update = assertThrows(SQLException.class,
                    () -> st.executeUpdate("UPDATE audit_log SET moderator = 'mallory'"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            SQLException delete = assertThrows(SQLException.class, () -> st.executeUpdate("DELETE FROM audit_log"));
            assertTrue(delete.getMessage().contains("append-only"), delete.getMessage());
        }
    }

    @Test
    void undoLastRevertsOneGroupAtATime() {
        pull(comment(1, Status.PENDING), comment(2, Status.PENDING), comment(3, Status.PENDING),
                comment(4, Status.PENDING), comment(5, Status.APPROVED));
        Outcome bulk = decide(ModerationAction.APPROVE, 1L, 2L, 3L);
        assertEquals(3, bulk.changed());
        decide(ModerationAction.SPAM, 4L, 5L);
        decide(ModerationAction.TRASH, 1L);
        assertEquals("trash", row(1).status());

        Optional<Outcome> third = new Moderation(db, () -> "alice").undo();
        assertTrue(third.isPresent());
        assertEquals(1, third.get().changed());
        assertEquals(new Row("pending", "approved", "pending", false, "approved", "approved"), row(1),
                "undo goes back to the decision before, not to the site's status");

        assertEquals(2, new Moderation(db, () -> "alice").undo().orElseThrow().changed());
        assertEquals(new Row("pending", null, null, false, "pending", null), row(4));
        assertEquals(new Row("approved", null, null, false, "approved", null), row(5));
        assertEquals("approved", row(2).status(), "the older group is untouched");

        assertEquals(3, new Moderation(db, () -> "alice").undo().orElseThrow().changed());
        for (long id = 1; id <= 3; id++) {
            assertEquals(new Row("pending", null, null, false, "pending", null), row(id));
        }
        assertEquals(0, scalar("SELECT count(*) FROM outbox"));
        assertTrue(new Moderation(db, () -> "alice").undo().isEmpty(), "undo does not undo undos");
        assertEquals(6 + 6, scalar("SELECT count(*) FROM audit_log"), "every decision and every undo is logged");
        assertEquals(6, scalar("SELECT count(*) FROM audit_log WHERE action = 'undo'"));
    }

    @Test
    void decisionsCountWhatTheyChanged_postTrashedCannotBeModerated() {
        pull(comment(1, Status.PENDING), comment(2, Status.APPROVED), comment(3, Status.POST_TRASHED));
        Outcome r = decide(ModerationAction.APPROVE, 1L, 2L, 3L);
        assertEquals(1, r.changed());
        assertEquals(2, r.unchanged());
        assertEquals("post-trashed", row(3).status());
        assertEquals(1, scalar("SELECT count(*) FROM outbox"));
    }

    @Test
    void restoreBringsASpammedCommentBackWhereItWas() {
        pull(comment(1, Status.APPROVED), comment(2, Status.SPAM));
        decide(ModerationAction.SPAM, 1L);
        decide(ModerationAction.RESTORE, 1L, 2L);
        assertEquals(new Row("approved", null, null, false, "approved", null), row(1));
        assertEquals(new Row("spam", "pending", "spam", false, "pending", "pending"), row(2),
                "a comment that came as spam goes to pending");
    }

    @Test
    void findBySiteIdsRefusesUnknownIds() {
        pull(comment(1, Status.PENDING));
        StoreException e = assertThrows(StoreException.class, () -> moderation.findBySiteIds(SITE, List.of(1L, 99L)));
        assertTrue(e.getMessage().contains("99"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }
}
