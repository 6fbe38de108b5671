package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.app.moderation.Outcome;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A bulk decision follows the same rules as one comment at a time, for every kind of comment at once. */
class BulkDecideTest {
    @TempDir
    Path dir;
    Database db;
    Moderation m;

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("b.db"));
        m = new Moderation(db, () -> "test");
        write(c(1, Status.PENDING), c(2, Status.SPAM), c(3, Status.APPROVED), c(4, Status.POST_TRASHED),
                c(5, Status.SPAM));
        new Moderation(db, () -> "earlier").decide(ids(2), ModerationAction.APPROVE);
        new Moderation(db, () -> "earlier").decide(ids(3), ModerationAction.TRASH);
        write(c(3, Status.PENDING)); // the site moved under the pending trash decision: a conflict
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void everyKindOfCommentEndsWhereTheRulesSay() throws SQLException {
        List<Long> all = ids(1, 2, 3, 4, 5);
        all.add(all.get(0)); // a duplicate counts once
        Outcome r = new Moderation(db, () -> "bulk").decide(all, ModerationAction.SPAM);
        assertEquals(3, r.changed());
        assertEquals(3, r.unchanged());

        assertEquals("spam|pending|0|spam", row(1));      // decided against the site's pending, queued
        assertEquals("null|null|0|null", row(2));          // back to what the site has: nothing to push
        assertEquals("spam|pending|0|spam", row(3));      // a new decision settles the conflict
        assertEquals("null|null|0|null", row(4));          // post-trashed is read-only
        assertEquals("null|null|0|null", row(5));          // already spam
        assertEquals(List.of("1:pending>spam", "2:approved>spam", "3:trash>spam"), audit("bulk"));
    }

    @Test
    void undoAndRedoOfABulkActionRestoreEachComment() throws SQLException {
        new Moderation(db, () -> "bulk").decide(ids(1, 2, 3, 4, 5), ModerationAction.SPAM);
        new Moderation(db, () -> "bulk").undo();
        assertEquals("null|null|0|null", row(1));
        assertEquals("approved|spam|0|approved", row(2));
        assertEquals("trash|approved|1|trash", row(3));  // back in conflict, exactly as before the bulk action
        new Moderation(db, () -> "bulk").redo();
        assertEquals("spam|pending|0|spam", row(1));
        assertEquals("null|null|0|null", row(2));
        assertEquals("spam|pending|0|spam", row(3));
    }

    private void write(Comment... comments) {
        try (ImportWriter w = new ImportWriter(db)) {
            w.site("https://news.example", "");
            for (Comment c : comments) {
                w.comment(c);
            }
            w.commit();
        }
    }

    private List<Long> ids(long... remote) {
        List<Long> list = new ArrayList<>();
        for (long r : remote) {
            list.add(r);
        }
        return new ArrayList<>(m.findBySiteIds(null, list));
    }

    /** decision|decided_against|conflict|outbox target of one comment. */
    private String row(long remote) throws SQLException {
        try (Statement st = db.writer().createStatement();
             ResultSet rs = st.executeQuery("SELECT c.decision, c.decided_against, c.conflict, o.target FROM comments c "
                     + "LEFT JOIN outbox o ON o.comment_id = c.id WHERE c.remote_id = " + remote)) {
            rs.next();
            return rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getInt(3) + "|" + rs.getString(4);
        }
    }

    private List<String> audit(String moderator) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = db.writer().createStatement();
             ResultSet rs = st.executeQuery("SELECT c.remote_id, a.from_status, a.to_status FROM audit_log a "
                     + "JOIN comments c ON c.id = a.comment_id WHERE a.moderator = '" + moderator + "' ORDER BY a.id")) {
            while (rs.next()) {
                out.add(rs.getLong(1) + ":" + rs.getString(2) + ">" + rs.getString(3));
            }
        }
        return out;
    }

    private static Comment c(long id, Status s) {
        return new Comment(id, 1, 0, "A" + id, "", "", "", null, 0, 1_700_000_000L + id, CommentType.COMMENT, "x", s);
    }
}
