package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.DateRange;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.ModerationReport;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportQueriesTest {
    private static final long DAY1 = 1_767_225_600L; // 2026-01-01T00:00:00Z

    @TempDir
    Path dir;

    @Test
    void countsPerDayTopPendingPostsAndModerators() {
        try (Database db = Database.open(dir.resolve("r.db"))) {
            try (ImportWriter w = new ImportWriter(db)) {
                w.site("https://news.example", "News");
                w.post(new Post(1, "Busy post", "", "post", "publish", "open"));
                w.post(new Post(2, "Quiet post", "", "post", "publish", "open"));
                w.comment(c(1, 1, DAY1 + 10, Status.PENDING));
                w.comment(c(2, 1, DAY1 + 20, Status.PENDING));
                w.comment(c(3, 1, DAY1 + 30, Status.SPAM));
                w.comment(c(4, 2, DAY1 + 86_400 + 5, Status.PENDING));
                w.comment(c(5, 2, DAY1 + 86_400 + 6, Status.APPROVED));
                w.commit();
            }
            ReportQueries q = new ReportQueries(db);
            ModerationReport empty = q.report(DateRange.ALL, 10);
            assertNull(empty.medianSecondsToDecision());
            List<ModerationReport.DayCounts> days = empty.perDay();
            assertEquals(2, days.size());
            assertEquals("2026-01-01", days.get(0).day());
            assertEquals(2, days.get(0).pending());
            assertEquals(1, days.get(0).spam());
            assertEquals(1.0 / 3, days.get(0).spamShare(), 1e-9);
            assertEquals("2026-01-02", days.get(1).day());
            assertEquals(1, days.get(1).approved());
            assertEquals(List.of(new ModerationReport.PostPending("https://news.example", 1, "Busy post", 2),
                    new ModerationReport.PostPending("https://news.example", 2, "Quiet post", 1)), empty.topPendingPosts());
            assertEquals(1, q.report(DateRange.ALL, 1).topPendingPosts().size());

            Moderation m = new Moderation(db, () -> "test");
            new Moderation(db, () -> "alice").decide(m.findBySiteIds(null, List.of(1L, 2L)), ModerationAction.APPROVE);
            new Moderation(db, () -> "bob").decide(m.findBySiteIds(null, List.of(4L)), ModerationAction.SPAM);
            ModerationReport after = q.report(DateRange.ALL, 1);
            assertTrue(after.topPendingPosts().isEmpty());
            assertEquals(2, after.decisionsPerModerator().size());
            assertEquals("alice", after.decisionsPerModerator().get(0).moderator());
            assertEquals(2, after.decisionsPerModerator().get(0).decisions());
            assertEquals(3, after.perDay().get(0).approved() + after.perDay().get(1).approved());
            Instant hourAgo = Instant.now().minusSeconds(3_600);
            assertEquals(List.of(), q.report(new DateRange(null, hourAgo), 1).decisionsPerModerator(), "made since");
            assertEquals(after.decisionsPerModerator(), q.report(new DateRange(hourAgo, null), 1).decisionsPerModerator());
            long median = after.medianSecondsToDecision();
            long now = System.currentTimeMillis() / 1000;
            assertTrue(Math.abs(median - (now - (DAY1 + 20))) < 60, "median is comment 2's wait: " + median);
        }
    }

    @Test
    void perDayCountsMatchAPlainGroupingOnScatteredDatesWithPostTrashedAsOther() {
        try (Database db = Database.open(dir.resolve("days.db"))) {
            java.util.Random r = new java.util.Random(7);
            Status[] statuses = {Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH, Status.POST_TRASHED};
            try (ImportWriter w = new ImportWriter(db)) {
                w.site("https://days.example", "Days");
                for (long id = 1; id <= 3000; id++) {
                    // over about 200 days, a few before 1970 (negative dates) and a far-off one
                    long date = id == 1 ? -86_400 * 3 - 5 : id == 2 ? 4_102_444_800L : DAY1 + r.nextInt(200 * 86_400);
                    w.comment(c(id, 1 + id % 4, date, statuses[r.nextInt(statuses.length)]));
                }
                w.commit();
            }
            Instant since = Instant.ofEpochSecond(DAY1 + 40 * 86_400 + 3_600); // mid-day: that day counts from 01:00
            Instant until = Instant.ofEpochSecond(DAY1 + 90 * 86_400 + 7_200); // and the last one up to 02:00
            for (DateRange range : List.of(DateRange.ALL, new DateRange(since, null), new DateRange(since, until),
                    new DateRange(null, until))) {
                ModerationReport rep = new ReportQueries(db).report(range, 3);
                java.util.Map<String, long[]> expected = new java.util.TreeMap<>();
                try (var c = db.openReader(); var ps = c.prepareStatement("SELECT date(date_gmt, 'unixepoch'), status, count(*) "
                        + "FROM comments WHERE date_gmt >= ? AND date_gmt < ? GROUP BY 1, 2")) {
                    ps.setLong(1, range.from() == null ? Long.MIN_VALUE : range.from().getEpochSecond());
                    ps.setLong(2, range.until() == null ? Long.MAX_VALUE : range.until().getEpochSecond());
                    try (var rs = ps.executeQuery()) {
                        while (rs.next()) {
                            int i = List.of("pending", "approved", "spam", "trash", "post-trashed").indexOf(rs.getString(2));
                            expected.computeIfAbsent(rs.getString(1), d -> new long[5])[i] = rs.getLong(3);
                        }
                    }
                } catch (java.sql.SQLException e) {
                    throw new AssertionError(e);
                }
                assertEquals(expected.keySet().stream().toList(), rep.perDay().stream().map(ModerationReport.DayCounts::day).toList());
                for (ModerationReport.DayCounts d : rep.perDay()) {
                    long[] n = expected.get(d.day());
                    assertEquals(List.of(n[0], n[1], n[2], n[3], n[4]),
                            List.of(d.pending(), d.approved(), d.spam(), d.trash(), d.other()), d.day());
                }
                assertEquals(3, rep.topPendingPosts().size());
            }
        }
    }

    private static Comment c(long id, long post, long date, Status s) {
        return new Comment(id, post, 0, "A" + id, "", "", "", null, 0, date, CommentType.COMMENT, "text " + id, s);
    }
}
