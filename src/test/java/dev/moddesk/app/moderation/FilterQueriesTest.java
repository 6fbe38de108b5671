package dev.moddesk.app.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.moderation.QueueReader;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.DateRange;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.PostSummary;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueQuery;
import dev.moddesk.core.QueueRow;
import dev.moddesk.core.Scope;
import dev.moddesk.core.SiteSummary;
import dev.moddesk.core.SortKey;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.store.StoreProbe;
import dev.moddesk.testing.Fixtures;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The filter bar's filters in SQL (site, post, author/email/IP, dates, score), with the status views, search,
 * sorts and "all matching": every result equals what a plain SQL query over the same database says, and the
 * plans keep each filter on an index (SQLite has no statistics here, so its plans are the ones it makes on a
 * million comments).
 */
class FilterQueriesTest {
    private static final int N = 300;
    private static final int SECOND = 60;

    @TempDir
    Path dir;
    Path file;
    Workspace desk;
    QueueReader reader;
    long site1;
    long site2;

    @BeforeEach
    void open() {
        file = dir.resolve("filters.db");
        desk = Fixtures.desk(file, N, "filters");
        Fixtures.secondSite(desk, SECOND);
        // triage's scores: 0.0 .. 0.9 by the last digit of the id
        StoreProbe.execute(file, "UPDATE comments SET score = (remote_id % 10) / 10.0");
        StoreProbe.execute(file, "UPDATE comments SET type = CASE remote_id % 7 WHEN 3 THEN 'pingback' WHEN 5 "
                + "THEN 'trackback' ELSE 'comment' END");
        reader = desk.newReader();
        List<SiteSummary> sites = reader.sites();
        assertEquals(2, sites.size());
        site1 = sites.get(0).id();
        site2 = sites.get(1).id();
    }

    @AfterEach
    void close() {
        reader.close();
        desk.close();
    }

    /** One case: the query, and the same comments as a WHERE clause over comments c (with its parameters). */
    private record Case(String name, QueueQuery query, String where, Object... params) { }

    private List<Case> cases() {
        QueueQuery pending = QueueQuery.of(QueueFilter.pending());
        QueueQuery all = QueueQuery.of(QueueFilter.all());
        long from = Fixtures.BASE_DATE + 100 * 60;
        long until = Fixtures.BASE_DATE + 200 * 60;
        DateRange dates = new DateRange(Instant.ofEpochSecond(from), Instant.ofEpochSecond(until));
        List<Case> out = new ArrayList<>();
        for (QueueQuery v : List.of(pending, all, QueueQuery.of(new QueueFilter(Status.SPAM, false, null)))) {
            String view = v.filter().status() == null ? "c.status <> 'deleted'" : "c.status = '" + v.filter().status().word() + "'";
            out.add(new Case("site 1", v.withScope(Scope.none().withSite(site1)), view + " AND c.site_id = ?", site1));
            out.add(new Case("site 2", v.withScope(Scope.none().withSite(site2)), view + " AND c.site_id = ?", site2));
            out.add(new Case("post 2 of site 1", v.withScope(Scope.none().withPost(site1, 2L)),
                    view + " AND c.site_id = ? AND c.post_id = 2", site1));
            out.add(new Case("post 2 of site 2", v.withScope(Scope.none().withPost(site2, 2L)),
                    view + " AND c.site_id = ? AND c.post_id = 2", site2));
            out.add(new Case("dates", v.withScope(Scope.none().withDates(dates)),
                    view + " AND c.date_gmt >= ? AND c.date_gmt < ?", from, until));
            out.add(new Case("score", v.withScope(Scope.none().withMinScore(0.7)), view + " AND c.score >= 0.7"));
            out.add(new Case("who: name prefix", v.withScope(Scope.none().withWho("alic")), view + " AND c.author LIKE 'Alice%'"));
            out.add(new Case("who: Cyrillic name", v.withScope(Scope.none().withWho("Борис")), view + " AND c.author = 'Борис'"));
            out.add(new Case("who: email", v.withScope(Scope.none().withWho("minji@example.kr")),
                    view + " AND c.email = 'minji@example.kr'"));
            out.add(new Case("who: full IP", v.withScope(Scope.none().withWho("203.0.113.9")),
                    view + " AND c.ip = '203.0.113.9'"));
            out.add(new Case("who: IPv6", v.withScope(Scope.none().withWho("2001:db8::1")), view + " AND c.ip = '2001:db8::1'"));
            out.add(new Case("everything", v.withScope(Scope.none().withPost(site1, 1L).withDates(dates)
                    .withMinScore(0.2).withWho("tom")), view + " AND c.site_id = ? AND c.post_id = 1 AND c.date_gmt >= ? "
                    + "AND c.date_gmt < ? AND c.score >= 0.2 AND c.author LIKE 'Tom%'", site1, from, until));
            out.add(new Case("search and site", v.withSearch("casino").withScope(Scope.none().withSite(site2)),
                    view + " AND c.site_id = ? AND c.id IN (SELECT rowid FROM comments_fts WHERE comments_fts MATCH 'casino')",
                    site2));
            out.add(new Case("pingbacks", v.withScope(Scope.none().withType(CommentType.PINGBACK)),
                    view + " AND c.type = 'pingback'"));
            out.add(new Case("comments", v.withScope(Scope.none().withType(CommentType.COMMENT)),
                    view + " AND c.type = 'comment'"));
            out.add(new Case("trackbacks of post 2 of site 1, score", v.withScope(Scope.none().withPost(site1, 2L)
                    .withMinScore(0.3).withType(CommentType.TRACKBACK)), view + " AND c.site_id = ? AND c.post_id = 2 "
                    + "AND c.score >= 0.3 AND c.type = 'trackback'", site1));
            out.add(new Case("comments found by a search", v.withSearch("casino").withScope(Scope.none()
                    .withType(CommentType.COMMENT)), view + " AND c.type = 'comment' AND c.id IN (SELECT rowid FROM "
                    + "comments_fts WHERE comments_fts MATCH 'casino')"));
            out.add(new Case("pingbacks from one email", v.withEmail("boris@example.org").withScope(Scope.none()
                    .withType(CommentType.PINGBACK)), view + " AND c.email = 'boris@example.org' AND c.type = 'pingback'"));
            out.add(new Case("email from history and score", v.withEmail("boris@example.org")
                    .withScope(Scope.none().withMinScore(0.5)), view + " AND c.email = 'boris@example.org' AND c.score >= 0.5"));
        }
        return out;
    }

    @Test
    void everyFilterCountsPagesAndListsWhatSqlSays() {
        for (Case c : cases()) {
            for (SortKey sort : SortKey.values()) {
                QueueQuery q = c.query().sortedBy(sort, true);
                long expected = StoreProbe.number(file, "SELECT count(*) FROM comments c WHERE " + c.where(), c.params());
                assertEquals(expected, reader.count(q), c.name() + " " + sort);
                List<Long> ids = reader.rowIds(q, 0, -1);
                assertEquals(expected, ids.size(), c.name() + " " + sort);
                if (sort == SortKey.DATE) {
                    List<Long> sql = StoreProbe.strings(file, "SELECT c.id FROM comments c WHERE " + c.where()
                            + " ORDER BY c.date_gmt DESC, c.id DESC", c.params()).stream().map(Long::valueOf).toList();
                    assertEquals(sql, ids, c.name());
                    List<Long> paged = new ArrayList<>();
                    for (long off = 0; off < expected; off += 7) {
                        reader.page(q, off, 7, expected).forEach(r -> paged.add(r.rowId()));
                    }
                    assertEquals(sql, paged, c.name() + ": pages from both ends");
                }
            }
        }
    }

    @Test
    void theViewCountsFollowTheFilters() {
        for (Case c : cases()) {
            QueueQuery any = c.query().withFilter(new QueueFilter(null, false, c.query().filter().search()));
            StatusCounts counts = reader.counts(c.query());
            String base = c.where().replaceFirst("^c\\.status (= '[a-z-]+'|<> 'deleted')", "1 = 1");
            for (Status s : List.of(Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH)) {
                long expected = StoreProbe.number(file, "SELECT count(*) FROM comments c WHERE " + base
                        + " AND c.status = '" + s.word() + "'", c.params());
                long got = switch (s) {
                    case PENDING -> counts.pending();
                    case APPROVED -> counts.approved();
                    case SPAM -> counts.spam();
                    default -> counts.trash();
                };
                assertEquals(expected, got, c.name() + " " + s);
            }
            assertEquals(reader.count(any), counts.total(), c.name() + " total is the All view");
        }
        // nothing narrowing: the database's own counts
        assertEquals(reader.counts(), withoutUnpushed(reader.counts(QueueQuery.of(QueueFilter.pending())), reader.counts()));
    }

    private static StatusCounts withoutUnpushed(StatusCounts scoped, StatusCounts global) {
        return new StatusCounts(scoped.total(), scoped.pending(), scoped.approved(), scoped.spam(), scoped.trash(),
                scoped.postTrashed(), scoped.conflicts(), global.unpushed());
    }

    @Test
    void aSiteFilterOnTheOnlySiteMatchesEverything() {
        Path one = dir.resolve("one.db");
        try (Workspace d = Fixtures.desk(one, 50, "t"); QueueReader r = d.newReader()) {
            long only = r.sites().get(0).id();
            QueueQuery q = QueueQuery.of(QueueFilter.all());
            assertEquals(r.count(q), r.count(q.withScope(Scope.none().withSite(only))));
            assertEquals(0, r.count(q.withScope(Scope.none().withSite(only + 1))), "another site has nothing");
        }
    }

    @Test
    void postsAndSitesForTheBar() {
        List<PostSummary> ofSecond = reader.posts(site2);
        assertEquals(List.of("Ласкаво просимо: first post of the second blog", "두 번째 글"),
                ofSecond.stream().map(PostSummary::title).toList());
        assertEquals(5, reader.posts(null).size());
        assertEquals("Second Blog", reader.sites().get(1).name());
    }

    @Test
    void oddAuthorTextNeverFailsAndMatchesNothingWhenNothingIsSearchable() {
        for (String odd : new String[] {"\"", "*", "(", "AND", "@", "-", "{author}", "NEAR(", "🙂", "a\"b", "192.0.2."}) {
            QueueQuery q = QueueQuery.of(QueueFilter.all()).withScope(Scope.none().withWho(odd));
            long n = reader.count(q);
            assertEquals(n, reader.rowIds(q, 0, -1).size(), odd);
            reader.counts(q);
        }
        assertEquals(0, reader.count(QueueQuery.of(QueueFilter.all()).withScope(Scope.none().withWho("@"))));
    }

    @Test
    void allMatchingActsOnTheFilteredCommentsOnly() {
        QueueQuery q = QueueQuery.of(QueueFilter.pending()).withScope(Scope.none().withPost(site2, 1L).withMinScore(0.5));
        long n = reader.count(q);
        assertTrue(n > 0);
        Outcome o = desk.moderation().decideAll(q, ModerationAction.APPROVE);
        assertEquals(n, o.changed());
        assertEquals(n, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE decision = 'approved'"));
        assertEquals(0, StoreProbe.number(file, "SELECT count(*) FROM comments WHERE decision = 'approved' AND "
                + "(site_id <> ? OR post_id <> 1 OR score < 0.5)", site2));
    }

    @Test
    void plansKeepEveryFilterOnAnIndex() {
        for (Case c : cases()) {
            for (SortKey sort : List.of(SortKey.DATE, SortKey.SCORE, SortKey.POST)) {
                List<String> plan = reader.plan(c.query().sortedBy(sort, true));
                String text = c.name() + " " + sort + ":\n" + String.join("\n", plan);
                assertFalse(plan.stream().anyMatch(l -> l.matches("\\w+: SCAN c")), "no full table scan: " + text);
            }
        }
        QueueQuery pending = QueueQuery.of(QueueFilter.pending());
        // each line: the step, and what its index search must use
        assertPlan(pending.withScope(Scope.none().withSite(site2)), "page:|comments_by_status_date (status=?)");
        assertPlan(pending.withScope(Scope.none().withPost(site1, 2L)),
                "count:|comments_by_status_post (status=? AND site_id=? AND post_id=?)",
                "page:|comments_by_status_post (status=? AND site_id=? AND post_id=?)");
        assertPlan(pending.withScope(Scope.none().withMinScore(0.5)),
                "count:|comments_by_status_score (status=? AND score>?)",
                "page:|comments_by_status_date (status=?)");
        assertPlan(QueueQuery.of(QueueFilter.all()).sortedBy(SortKey.POST, true), "page:|comments_by_status_post (status=?)");
        assertPlan(pending.sortedBy(SortKey.AUTHOR, false), "page:|comments_by_author (status=?)");
        assertPlan(QueueQuery.of(QueueFilter.all()).sortedBy(SortKey.AUTHOR, true), "page:|comments_by_author (status=?)");
        assertPlan(pending.withScope(Scope.none().withType(CommentType.PINGBACK)), "count:|comments_pings (type=? AND status=?)",
                "page:|comments_pings (type=? AND status=?)");
        assertPlan(pending.withScope(Scope.none().withPost(site1, 2L).withType(CommentType.TRACKBACK)),
                "count:|comments_pings (type=? AND status=? AND site_id=? AND post_id=?)");
        assertPlan(pending.withScope(Scope.none().withWho("192.0.2.1")), "count:|comments_by_ip (ip=?)",
                "page:|comments_by_ip (ip=?)");
        // in the order of the sort: no sort of the whole view for the first page
        for (QueueQuery q : List.of(pending.withScope(Scope.none().withSite(site2)),
                pending.withScope(Scope.none().withPost(site1, 2L)), pending.sortedBy(SortKey.POST, false), pending.sortedBy(SortKey.AUTHOR, true),
                pending.withScope(Scope.none().withDates(
                        new DateRange(Instant.ofEpochSecond(1), Instant.ofEpochSecond(2)))))) {
            List<String> plan = reader.plan(q);
            assertFalse(plan.contains("page: USE TEMP B-TREE FOR ORDER BY"), String.join("\n", plan));
        }
    }

    private void assertPlan(QueueQuery q, String... steps) {
        List<String> plan = reader.plan(q);
        for (String step : steps) {
            String[] parts = step.split("\\|");
            assertTrue(plan.stream().anyMatch(l -> l.startsWith(parts[0]) && l.contains(parts[1])),
                    step + " in\n" + String.join("\n", plan));
        }
    }

    @Test
    void theFirstRowsOfAFilteredViewCarryTheirPostTitles() {
        QueueQuery q = QueueQuery.of(QueueFilter.all()).withScope(Scope.none().withPost(site2, 2L));
        List<QueueRow> rows = reader.page(q, 0, 10, reader.count(q));
        assertFalse(rows.isEmpty());
        assertEquals(List.of("두 번째 글"), rows.stream().map(QueueRow::postTitle).distinct().collect(Collectors.toList()));
    }
}
