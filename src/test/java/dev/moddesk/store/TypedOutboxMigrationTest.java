package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.ChangeKind;
import dev.moddesk.core.Status;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema 7's typed outbox: a schema-6 database keeps every queued decision, now as status entries. */
class TypedOutboxMigrationTest {
    private static final String SITE = "https://blog.example";

    @TempDir
    Path dir;

    /** A database as ModDesk left it at schema 6: three comments, two decisions queued (one failed once), audit lines. */
    private Path schemaSix() throws SQLException, IOException {
        Path file = dir.resolve("six.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            for (String script : List.of("001-initial.sql", "002-desk.sql", "003-sync.sql", "004-reports.sql",
                    "005-filters.sql", "006-group-kinds.sql")) {
                try (InputStream in = Migrations.class.getResourceAsStream(script)) {
                    for (String sql : SqlScript.split(new String(in.readAllBytes(), StandardCharsets.UTF_8))) {
                        st.execute(sql);
                    }
                }
            }
            st.execute("PRAGMA user_version = 6");
            st.execute("INSERT INTO sites (id, base_url) VALUES (1, '" + SITE + "')");
            for (int remote = 1; remote <= 3; remote++) {
                st.execute("INSERT INTO comments (id, site_id, remote_id, post_id, date_gmt, site_status) "
                        + "VALUES (" + (10 + remote) + ", 1, " + remote + ", 1, 0, 'pending')");
            }
            st.execute("UPDATE comments SET decision = 'approved', decided_against = 'pending' WHERE id = 11");
            st.execute("UPDATE comments SET decision = 'deleted', decided_against = 'pending' WHERE id = 13");
            st.execute("INSERT INTO outbox (id, comment_id, target, queued_at, attempts, last_error) VALUES "
                    + "(5, 13, 'deleted', 1000, 0, NULL), (7, 11, 'approved', 2000, 1, 'HTTP 503')");
            st.execute("INSERT INTO decision_groups (id, at, moderator, label) VALUES (1, 1000, 'ann', 'delete 1')");
            st.execute("INSERT INTO audit_log (at, moderator, comment_id, action, from_status, to_status, group_id) "
                    + "VALUES (1000, 'ann', 13, 'delete', 'pending', 'deleted', 1)");
        }
        return file;
    }

    @Test
    void theQueuedDecisionsOfSchemaSixBecomeStatusEntriesIntact() throws Exception {
        Path file = schemaSix();
        try (Database db = Database.open(file)) {
            assertEquals(String.valueOf(Migrations.LATEST), DatabaseTest.text(db.writer(), "PRAGMA user_version"));
            assertEquals(List.of("5|13|status|deleted|1000|0|-", "7|11|status|approved|2000|1|HTTP 503"),
                    StoreProbe.strings(file, "SELECT id || '|' || comment_id || '|' || kind || '|' || target || '|' "
                            + "|| queued_at || '|' || attempts || '|' || coalesce(last_error, '-') FROM outbox ORDER BY id"));
            List<OutboxStore.Entry> pending = new OutboxStore(db).pending(SITE);
            assertEquals(List.of(3L, 1L), pending.stream().map(OutboxStore.Entry::remoteId).toList(), "oldest first");
            OutboxStore.Entry approve = pending.get(1);
            assertEquals(ChangeKind.STATUS, approve.kind());
            assertEquals(Status.APPROVED, approve.target());
            assertEquals(Status.PENDING, approve.siteStatus());
            assertEquals(1, approve.attempts());
            assertEquals("HTTP 503", approve.lastError());
            assertEquals(List.of("status"), StoreProbe.strings(file, "SELECT kind FROM audit_log"));
            assertEquals(1, StoreProbe.number(file, "SELECT count(*) FROM sqlite_master WHERE name = 'outbox_by_queue'"));
        }
    }

    @Test
    void aCommentHoldsOneEntryPerKind_andOnlyTheKindsTheSchemaKnows() throws Exception {
        Path file = schemaSix();
        Database.open(file).close();
        StoreProbe.execute(file, "INSERT INTO outbox (comment_id, kind, payload, queued_at) VALUES (11, 'edit', "
                + "'{\"content\": \"fixed\"}', 3000)");
        assertEquals(2, StoreProbe.number(file, "SELECT count(*) FROM outbox WHERE comment_id = 11"),
                "an edit queued beside a status change");
        for (String refused : List.of(
                "INSERT INTO outbox (comment_id, kind, target, queued_at) VALUES (11, 'status', 'spam', 4000)",
                "INSERT INTO outbox (comment_id, kind, payload, queued_at) VALUES (12, 'poll', '{}', 4000)",
                "INSERT INTO outbox (comment_id, kind, queued_at) VALUES (12, 'status', 4000)",
                "INSERT INTO outbox (comment_id, kind, target, payload, queued_at) VALUES (12, 'edit', 'spam', '{}', 4000)",
                "INSERT INTO outbox (comment_id, kind, payload, queued_at) VALUES (12, 'reply', 'not json', 4000)")) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> StoreProbe.execute(file, refused),
                    refused);
            assertTrue(e.getMessage().contains("constraint failed"), refused + ": " + e.getMessage());
        }
        assertEquals(3, StoreProbe.outbox(file));
    }
}
