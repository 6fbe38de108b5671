package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.SortKey;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The queue's sort orders, read page by page as the desk reads them (from the start and, past the middle, from
 * the end), against orders worked out here from the fixture site: comment i is on post 1 + i % 3 and dated
 * BASE_DATE + 60 i; scores are set below, some comments have none (they sort below every score).
 */
class QueueSortOrderTest {
    private static final int N = 61;
    private static final int PAGE = 7;

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void site() {
        Path file = dir.resolve("sort.db");
        Fixtures.desk(file, N, "prep").close();
        // i % 4 == 0: unscored; else a score with ties (i * 37 % 10 / 10)
        StoreProbe.execute(file, "UPDATE comments SET score = CASE WHEN remote_id % 4 = 0 THEN NULL "
                + "ELSE (remote_id * 37 % 10) / 10.0 END");
        db = Database.open(file);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Double score(long i) {
        return i % 4 == 0 ? null : (i * 37 % 10) / 10.0;
    }

    @ParameterizedTest(name = "descending {0}")
    @ValueSource(booleans = {false, true})
    void byPostThenDate(boolean descending) {
        Comparator<Long> order = Comparator.<Long>comparingLong(i -> 1 + i % 3).thenComparingLong(i -> i);
        List<Long> expected = LongStream.rangeClosed(1, N).boxed().sorted(descending ? order.reversed() : order).toList();
        assertEquals(expected, remoteIds(read(SortKey.POST, descending)));
    }

    @ParameterizedTest(name = "descending {0}")
    @ValueSource(booleans = {false, true})
    void byScoreWithTheUnscoredLowest(boolean descending) {
        List<QueueRow> rows = read(SortKey.SCORE, descending);
        assertEquals(new HashSet<>(LongStream.rangeClosed(1, N).boxed().toList()), new HashSet<>(remoteIds(rows)),
                "every comment once");
        ToDoubleFunction<QueueRow> key = r -> r.score() == null ? -1 : r.score();
        for (int k = 1; k < rows.size(); k++) {
            double a = key.applyAsDouble(rows.get(k - 1));
            double b = key.applyAsDouble(rows.get(k));
            assertTrue(descending ? a >= b : a <= b, "row " + k + ": " + a + " then " + b);
            assertEquals(score(rows.get(k).remoteId()), rows.get(k).score());
        }
        QueueRow first = rows.get(0);
        assertEquals(descending ? Double.valueOf(0.9) : null, first.score(), "the unscored come last when descending");
    }

    @Test
    void byDateNewestFirstByDefault() {
        QueueQuery q = QueueQuery.of(QueueFilter.all());
        assertEquals(SortKey.DATE, q.sort());
        List<Long> newestFirst = LongStream.rangeClosed(1, N).map(i -> N + 1 - i).boxed().toList();
        assertEquals(newestFirst, remoteIds(read(q)));
    }

    private List<QueueRow> read(SortKey key, boolean descending) {
        return read(QueueQuery.of(QueueFilter.all()).sortedBy(key, descending));
    }

    private List<QueueRow> read(QueueQuery q) {
        QueuePages pages = new QueuePages(db.writer());
        long total = pages.count(q);
        assertEquals(N, total);
        List<QueueRow> out = new ArrayList<>();
        for (long offset = 0; offset < total; offset += PAGE) {
            out.addAll(pages.page(q, offset, PAGE, total));
        }
        return out;
    }

    private static List<Long> remoteIds(List<QueueRow> rows) {
        return rows.stream().map(QueueRow::remoteId).toList();
    }
}
