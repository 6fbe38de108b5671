package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.app.moderation.Moderation;
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
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The trigger-kept counts always equal a count of the comments themselves, whatever happened to them. */
class CommentCountsTest {
    @TempDir
    Path dir;

    @Test
    void countsFollowImportsDecisionsUndoRedoAndDeletes() throws SQLException {
        Random random = new Random(7);
        Status[] statuses = {Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH, Status.POST_TRASHED};
        ModerationAction[] actions = ModerationAction.values();
        try (Database db = Database.open(dir.resolve("c.db"))) {
            Moderation m = new Moderation(db, () -> "test");
            for (int round = 0; round < 6; round++) {
                try (ImportWriter w = new ImportWriter(db)) {
                    w.site(round % 2 == 0 ? "https://a.example" : "https://b.example", "");
                    for (int i = 0; i < 300; i++) {
                        long id = 1 + random.nextInt(500); // new and known comments, some with changed statuses
                        w.comment(new Comment(id, 1, 0, "A", "", "", "", null, 0, 1_700_000_000L + id,
                                CommentType.COMMENT, "x", statuses[random.nextInt(statuses.length)]));
                    }
                    w.commit();
                }
                assertConsistent(db);
                List<Long> rows = new ArrayList<>();
                for (int i = 0; i < 120; i++) {
                    rows.add(1L + random.nextInt(600));
                }
                new Moderation(db, () -> "r").decide(rows, actions[random.nextInt(actions.length)]);
                assertConsistent(db);
                new Moderation(db, () -> "r").undo();
                assertConsistent(db);
                new Moderation(db, () -> "r").redo();
                assertConsistent(db);
            }
            try (Statement st = db.writer().createStatement()) {
                st.execute("DELETE FROM outbox");
                st.execute("DELETE FROM comments WHERE id NOT IN (SELECT comment_id FROM audit_log) AND id % 3 = 0");
            }
            assertConsistent(db);
        }
    }

    private static void assertConsistent(Database db) throws SQLException {
        assertEquals(map(db, "SELECT site_id || '/' || status, count(*) FROM comments GROUP BY 1"),
                map(db, "SELECT site_id || '/' || status, n FROM comment_counts WHERE n <> 0"));
    }

    private static Map<String, Long> map(Database db, String sql) throws SQLException {
        Map<String, Long> out = new TreeMap<>();
        try (Statement st = db.writer().createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }
}
