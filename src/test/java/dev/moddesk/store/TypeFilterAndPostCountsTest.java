package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.CommentType;
import dev.moddesk.core.PostSummary;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The type filter (comments / pingbacks / trackbacks) and each post's pending and total counts, on a real
 * SQLite file, against the same questions asked plainly in SQL.
 */
class TypeFilterAndPostCountsTest {
    private static final int N = 90;

    @TempDir
    Path dir;
    private Path file;
    private Database db;
    private QueuePages pages;

    @BeforeEach
    void site() {
        file = dir.resolve("types.db");
        Fixtures.desk(file, N, "prep").close();
        StoreProbe.execute(file, "UPDATE comments SET type = CASE remote_id % 10 WHEN 3 THEN 'pingback' "
                + "WHEN 7 THEN 'trackback' ELSE 'comment' END");
        db = Database.open(file);
        pages = new QueuePages(db.writer());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private long plainCount(String statusSql, CommentType type) {
        return StoreProbe.number(file, "SELECT count(*) FROM comments WHERE " + statusSql + " AND type = ?",
                type.word());
    }

    private static QueueQuery view(QueueFilter f, CommentType type) {
        return QueueQuery.of(f).withScope(Scope.none().withType(type));
    }

    private List<QueueRow> allRows(QueueQuery q) {
        long total = pages.count(q);
        List<QueueRow> out = new ArrayList<>();
        for (long at = 0; at < total; at += 7) {
            out.addAll(pages.page(q, at, 7, total));
        }
        return out;
    }

    @Test
    void eachTypeCountsAndListsItsOwnEntries_inEveryView() {
        for (CommentType type : CommentType.values()) {
            for (Status st : List.of(Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH)) {
                QueueQuery q = view(new QueueFilter(st, false, null), type);
                long expected = plainCount("status = '" + st.word() + "'", type);
                assertEquals(expected, pages.count(q), type + " in " + st);
                List<QueueRow> rows = allRows(q);
                assertEquals(expected, rows.size());
                assertTrue(rows.stream().allMatch(r -> typeOf(r.remoteId()) == type && r.status() == st), type + " " + st);
            }
            QueueQuery all = view(QueueFilter.all(), type);
            assertEquals(plainCount("status NOT IN ('deleted', 'gone')", type), pages.count(all), type + " in All");
            List<Long> byDate = allRows(all.sortedBy(SortKey.DATE, true)).stream().map(QueueRow::remoteId).toList();
            List<Long> sorted = new ArrayList<>(byDate);
            sorted.sort(java.util.Comparator.reverseOrder()); // the fixture's dates go up with the id
            assertEquals(sorted, byDate, "newest first");
        }
    }

    @Test
    void theStatusViewsCountsUnderATypeFilter() {
        for (CommentType type : CommentType.values()) {
            StatusCounts c = pages.counts(view(QueueFilter.pending(), type));
            assertEquals(plainCount("status = 'pending'", type), c.pending(), type.word());
            assertEquals(plainCount("status = 'spam'", type), c.spam(), type.word());
            assertEquals(plainCount("status NOT IN ('deleted', 'gone')", type), c.total(), type.word());
        }
    }

    @Test
    void aTypeFilterWithAPostFilterAndAScoreFilter() {
        StoreProbe.execute(file, "UPDATE comments SET score = (remote_id % 5) / 5.0");
        Scope s = Scope.none().withPost(1L, 2L).withMinScore(0.4).withType(CommentType.PINGBACK);
        QueueQuery q = QueueQuery.of(QueueFilter.all()).withScope(s);
        long expected = StoreProbe.number(file, "SELECT count(*) FROM comments WHERE post_id = 2 AND score >= 0.4 "
                + "AND type = 'pingback' AND status NOT IN ('deleted', 'gone')");
        assertTrue(expected > 0);
        assertEquals(expected, pages.count(q));
        assertEquals(expected, allRows(q).size());
        QueueQuery comments = q.withScope(s.withType(CommentType.COMMENT));
        assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE post_id = 2 AND score >= 0.4 "
                + "AND type = 'comment' AND status NOT IN ('deleted', 'gone')"), pages.count(comments));
    }

    @Test
    void eachPostHasItsPendingAndTotalCounts() {
        StoreProbe.execute(file, "UPDATE comments SET site_status = 'gone' WHERE remote_id = 5"); // not counted
        List<PostSummary> posts = new DeskQueries(db.writer()).posts(null);
        assertEquals(3, posts.size());
        for (PostSummary p : posts) {
            assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE post_id = ? AND status = 'pending'",
                    p.postId()), p.pending(), p.title());
            assertEquals(StoreProbe.number(file, "SELECT count(*) FROM comments WHERE post_id = ? "
                    + "AND status NOT IN ('deleted', 'gone')", p.postId()), p.total(), p.title());
            assertTrue(p.pending() > 0 && p.total() > p.pending());
        }
        assertEquals(posts, new DeskQueries(db.writer()).posts(posts.get(0).siteId()), "one site: the same");
    }

    private static CommentType typeOf(long remoteId) {
        return remoteId % 10 == 3 ? CommentType.PINGBACK : remoteId % 10 == 7 ? CommentType.TRACKBACK
                : CommentType.COMMENT;
    }
}
