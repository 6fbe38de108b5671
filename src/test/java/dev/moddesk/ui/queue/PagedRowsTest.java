package dev.moddesk.ui.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Status;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The paged list answers lookups from the pages it holds: it never reads the whole view to find a row. */
class PagedRowsTest {

    @Test
    void lookingARowUpReadsNoPage() {
        List<Integer> fetched = new ArrayList<>();
        PagedRows rows = new PagedRows((generation, pageNo) -> fetched.add(pageNo));
        rows.reset(1_000_000);
        List<QueueRow> first = new ArrayList<>();
        for (int i = 0; i < PagedRows.PAGE; i++) {
            first.add(row(i));
        }
        rows.pageArrived(rows.generation(), 0, first);

        assertEquals(42, rows.indexOf(row(42)));
        assertEquals(42, rows.lastIndexOf(row(42)));
        assertTrue(rows.contains(row(42)));
        QueueRow elsewhere = row(500_000);
        assertEquals(-1, rows.indexOf(elsewhere));
        assertEquals(-1, rows.lastIndexOf(elsewhere));
        assertFalse(rows.contains(elsewhere));
        assertEquals(List.of(), fetched, "no page asked for");
    }

    private static QueueRow row(long id) {
        return new QueueRow(id, id, "author", "a@example.com", "192.0.2.1", "text", "post", id, null, Status.PENDING,
                Status.PENDING, null, false);
    }
}
