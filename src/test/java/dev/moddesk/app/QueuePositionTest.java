package dev.moddesk.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a comment stands in a view (what a reload needs to keep the cursor on a comment that moved far) and
 * which checked comments a view still holds: both agree with the view's own rows, in every order.
 */
class QueuePositionTest {
    private static final int N = 400;

    @TempDir
    Path dir;
    Workspace desk;
    QueueReader reader;

    @BeforeEach
    void open() {
        Path file = dir.resolve("position.db");
        desk = Fixtures.desk(file, N, "position");
        Fixtures.secondSite(desk, 50);
        // some scores, with ties and missing ones; same-date comments on the second site
        StoreProbe.execute(file, "UPDATE comments SET score = (remote_id % 4) / 4.0 WHERE remote_id % 3 <> 0");
        StoreProbe.execute(file, "UPDATE comments SET date_gmt = 1700000000 WHERE remote_id % 7 = 0");
        reader = desk.newReader();
    }

    @AfterEach
    void close() {
        reader.close();
        desk.close();
    }

    @Test
    void positionIsTheIndexInTheViewsOwnOrder() {
        for (QueueFilter view : List.of(QueueFilter.pending(), QueueFilter.all(), new QueueFilter(Status.SPAM, false, null))) {
            for (SortKey sort : SortKey.values()) {
                for (boolean descending : new boolean[] {true, false}) {
                    QueueQuery q = QueueQuery.of(view).sortedBy(sort, descending);
                    List<Long> ids = reader.rowIds(q, 0, -1);
                    for (int i = 0; i < ids.size(); i += 7) {
                        assertEquals(i, reader.position(q, ids.get(i)), q + ": row " + i);
                    }
                    assertEquals(ids.size() - 1, reader.position(q, ids.get(ids.size() - 1)), q + ": the last row");
                }
            }
        }
        QueueQuery narrowed = QueueQuery.of(QueueFilter.all()).withScope(Scope.none().withMinScore(0.5));
        List<Long> ids = reader.rowIds(narrowed, 0, -1);
        assertEquals(3, reader.position(narrowed, ids.get(3)));
    }

    @Test
    void aCommentOutsideTheViewHasNoPosition() {
        QueueQuery spam = QueueQuery.of(new QueueFilter(Status.SPAM, false, null));
        long pendingRow = reader.rowIds(QueueQuery.of(QueueFilter.pending()), 0, 1).get(0);
        assertEquals(-1, reader.position(spam, pendingRow));
        assertEquals(-1, reader.position(spam, 999_999));
    }

    @Test
    void inViewKeepsOnlyTheRowsTheViewHolds() {
        QueueQuery pending = QueueQuery.of(QueueFilter.pending());
        List<Long> some = reader.rowIds(pending, 0, 5);
        long spamRow = reader.rowIds(QueueQuery.of(new QueueFilter(Status.SPAM, false, null)), 0, 1).get(0);
        List<Long> asked = new java.util.ArrayList<>(some);
        asked.add(spamRow);
        asked.add(999_999L);
        assertEquals(new HashSet<>(some), reader.inView(pending, asked));
        assertEquals(Set.of(), reader.inView(pending, List.of()));
    }
}
