package dev.moddesk.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.CommentDetail;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Resolution;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeskServicesTest {
    private static final int N = 250;

    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    QueueReader reader;

    @BeforeEach
    void open() {
        file = dir.resolve("t.db");
        desk = Fixtures.desk(file, N, "tester");
        reader = desk.newReader();
    }

    @AfterEach
    void close() {
        reader.close();
        desk.close();
    }

    @Test
    void pagesFromBothEndsAgreeWithOneBigRead() {
        QueueQuery q = QueueQuery.of(QueueFilter.pending());
        long total = reader.count(q);
        assertEquals(Fixtures.count(N, Status.PENDING), total);
        List<Long> all = reader.rowIds(q, 0, -1);
        assertEquals(total, all.size());
        for (long off = 0; off < total; off += 37) {
            List<QueueRow> page = reader.page(q, off, 37, total);
            assertEquals(all.subList((int) off, (int) Math.min(total, off + 37)),
                    page.stream().map(QueueRow::rowId).collect(Collectors.toList()), "offset " + off);
        }
        // newest first
        assertEquals(StoreProbe.rowId(file, N - 1 - (N - 1) % 10 == N - 1 ? N : N), all.get(0));
    }

    @Test
    void sortsInSqlByEveryKey() {
        for (SortKey key : SortKey.values()) {
            for (boolean desc : new boolean[] {true, false}) {
                QueueQuery q = QueueQuery.of(QueueFilter.all()).sortedBy(key, desc);
                long total = reader.count(q);
                List<QueueRow> first = reader.page(q, 0, 50, total);
                List<QueueRow> last = reader.page(q, total - 50, 50, total);
                assertEquals(50, first.size());
                assertEquals(50, last.size());
                if (key == SortKey.AUTHOR) {
                    String a = first.get(0).author().toLowerCase();
                    String z = last.get(49).author().toLowerCase();
                    assertTrue(desc ? a.compareTo(z) >= 0 : a.compareTo(z) <= 0, key + " " + desc);
                }
            }
        }
    }

    @Test
    void oddSearchTextNeverFails() {
        for (String s : new String[] {"\"", "*", "(", "AND", "\"unterminated", "a AND (", "NEAR(", "-", "casino*", "🐱"}) {
            QueueQuery q = QueueQuery.of(QueueFilter.all()).withSearch(s);
            long n = reader.count(q);
            reader.page(q, 0, 20, n);
        }
        assertTrue(reader.count(QueueQuery.of(QueueFilter.all()).withSearch("casino")) > 0);
        assertTrue(reader.count(QueueQuery.of(QueueFilter.all()).withSearch("Борис")) > 0);
    }

    @Test
    void detailCarriesPostLinkParentAndHistory() {
        long id = StoreProbe.rowId(file, 10); // 10 replies to 9
        CommentDetail d = reader.detail(id).orElseThrow();
        assertEquals("https://example.test/?p=2", d.postLink());
        assertEquals(9, d.parent().comment().remoteId());
        var h = reader.history(d.item().comment().email(), d.item().comment().ip());
        assertEquals(N / 5, h.emailTotal());
        assertEquals(N / 5, h.ipTotal());
    }

    @Test
    void decideAllMatchingUndoRedo() {
        Moderation m = desk.moderation();
        QueueQuery pending = QueueQuery.of(QueueFilter.pending());
        long n = reader.count(pending);
        Outcome o = m.decideAll(pending, ModerationAction.APPROVE);
        assertEquals(n, o.changed());
        assertEquals(0, reader.count(pending));
        assertEquals(n, StoreProbe.outbox(file));
        assertEquals(n, StoreProbe.auditRows(file));
        assertEquals("tester", StoreProbe.strings(file, "SELECT DISTINCT moderator FROM audit_log").get(0));

        assertTrue(m.undo().isPresent());
        assertEquals(n, reader.count(pending));
        assertEquals(0, StoreProbe.outbox(file));
        assertTrue(m.canRedo());
        assertEquals(n, m.redo().orElseThrow().changed());
        assertEquals(0, reader.count(pending));
        assertFalse(m.canRedo());
        assertTrue(m.undo().isPresent()); // undoes the redo
        assertEquals(n, reader.count(pending));
        assertEquals(4 * n, StoreProbe.auditRows(file));
    }

    @Test
    void aNewDecisionClearsRedo() {
        Moderation m = desk.moderation();
        m.decide(List.of(StoreProbe.rowId(file, 1)), ModerationAction.SPAM);
        m.undo();
        assertTrue(m.canRedo());
        m.decide(List.of(StoreProbe.rowId(file, 2)), ModerationAction.SPAM);
        assertFalse(m.canRedo());
        assertTrue(m.redo().isEmpty());
    }

    @Test
    void deleteIsATombstoneThatUndoBringsBack() {
        Moderation m = desk.moderation();
        long id = StoreProbe.rowId(file, 8); // spam
        QueueQuery itsWords = QueueQuery.of(QueueFilter.all()).withSearch("\"number 8\"");
        assertEquals(1, reader.count(itsWords), "found before the delete");
        m.decide(List.of(id), ModerationAction.DELETE);
        assertEquals("deleted", StoreProbe.status(file, 8));
        assertEquals(0, reader.count(itsWords), "gone from every view");
        m.undo();
        assertEquals("spam", StoreProbe.status(file, 8));
        assertEquals(1, reader.count(itsWords), "back after the undo");
    }

    @Test
    void conflictsKeepMineAndTakeSite() {
        Moderation m = desk.moderation();
        m.decide(List.of(StoreProbe.rowId(file, 1), StoreProbe.rowId(file, 2)), ModerationAction.APPROVE);
        Fixtures.siteChanges(desk, 1, Status.SPAM);
        Fixtures.siteChanges(desk, 2, Status.TRASH);
        QueueQuery conflicts = QueueQuery.of(QueueFilter.conflicts());
        assertEquals(2, reader.count(conflicts));
        assertEquals(1, m.resolve(List.of(StoreProbe.rowId(file, 1)), Resolution.KEEP_MINE));
        assertEquals("approved", StoreProbe.status(file, 1));
        assertEquals(1, StoreProbe.number(file, "SELECT count(*) FROM outbox o JOIN comments c ON c.id = o.comment_id "
                + "WHERE c.remote_id = 1"));
        assertEquals(1, m.resolveAll(conflicts, Resolution.TAKE_SITE));
        assertEquals("trash", StoreProbe.status(file, 2));
        assertNull(StoreProbe.strings(file, "SELECT decision FROM comments WHERE remote_id = 2").get(0));
        assertEquals(0, reader.count(conflicts));
        assertEquals(1, StoreProbe.number(file, "SELECT count(*) FROM audit_log WHERE action = 'take-site'"));
        m.undo(); // brings my decision back
        assertEquals("approved", StoreProbe.status(file, 2));
    }
}
