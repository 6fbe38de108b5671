package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Status;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A bulk decision is one transaction: when it fails at its N-th row (here a trigger refuses one row of one of
 * the tables a decision writes), no comment, audit line, outbox entry or count is left changed.
 */
class BulkAtomicityTest {
    private static final int N = 3_000;

    @TempDir
    Path dir;
    private Path file;
    private Database db;

    @BeforeEach
    void site() {
        file = dir.resolve("bulk.db");
        Fixtures.desk(file, N, "prep").close();
        db = Database.open(file);
        new Moderation(db, () -> "earlier").decide(new Moderation(db, () -> "x").findBySiteIds(null, List.of(1L, 2L)),
                ModerationAction.APPROVE);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @ParameterizedTest(name = "failing at row {1} of {0}")
    @CsvSource({"comments, 1", "comments, 1500", "audit_log, 2000", "outbox, 2500", "decision_groups, 1"})
    void aBulkThatFailsHalfwayChangesNothing(String table, int row) {
        String event = table.equals("comments") ? "BEFORE UPDATE" : "BEFORE INSERT";
        StoreProbe.execute(file, "CREATE TABLE failure_counter (n INTEGER NOT NULL)");
        StoreProbe.execute(file, "INSERT INTO failure_counter VALUES (0)");
        StoreProbe.execute(file, "CREATE TRIGGER fail_at_row " + event + " ON " + table + " BEGIN "
                + "UPDATE failure_counter SET n = n + 1; "
                + "SELECT RAISE(ABORT, 'injected failure') WHERE (SELECT n FROM failure_counter) >= " + row + "; END");
        String before = DatabaseInvariants.fingerprint(file);
        long counted = pendingCount();
        Moderation m = new Moderation(db, () -> "bulk");

        assertThrows(RuntimeException.class, () -> m.decideAll(QueueQuery.of(QueueFilter.all()), ModerationAction.SPAM));

        StoreProbe.execute(file, "DROP TRIGGER fail_at_row");
        assertEquals(0, StoreProbe.number(file, "SELECT n FROM failure_counter"), "the counter rolled back too");
        assertEquals(before, DatabaseInvariants.fingerprint(file), "comments, outbox, audit log and groups unchanged");
        assertEquals(List.of(), DatabaseInvariants.problems(file));
        assertEquals(counted, pendingCount(), "the counts unchanged");
        assertEquals(Fixtures.count(N, Status.SPAM), StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'spam'"));
        // and the same bulk without the failure goes through whole
        m.decideAll(QueueQuery.of(QueueFilter.all()), ModerationAction.SPAM);
        assertEquals(N, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE status = 'spam'"));
    }

    private long pendingCount() {
        return StoreProbe.number(file, "SELECT n FROM comment_counts WHERE status = 'pending'");
    }
}
