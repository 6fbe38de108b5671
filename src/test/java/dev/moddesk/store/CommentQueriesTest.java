package dev.moddesk.store;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Post;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Counts, the queue and full-text search, on a real database. */
class CommentQueriesTest {
    static final String SITE = "https://site.example";
    static final long T0 = 1_700_000_000L;

    @TempDir
    Path dir;
    Database db;
    CommentQueries queries;

    static Comment c(long id, Status status, long minutes, String author, String email, String content) {
        return new Comment(id, id % 2 == 0 ? 2 : 1, 0, author, email, "", "198.51.100." + id, null, 0, T0 + minutes * 60,
                CommentType.COMMENT, content, status);
    }

    @BeforeEach
    void fill() {
        db = Database.open(dir.resolve("q.db"));
        queries = new CommentQueries(db.writer());
        try (ImportWriter w = new ImportWriter(db)) {
            w.site(SITE, "Site");
            w.post(new Post(1, "Odd post", "https://site.example/odd/", "post", "publish", "open"));
            w.post(new Post(2, "Even post", "https://site.example/even/", "post", "publish", "open"));
            w.comment(c(1, Status.PENDING, 1, "John Smith", "john@example.com", "I love green tomatoes in summer"));
            w.comment(c(2, Status.APPROVED, 2, "Maria", "maria@example.org", "Tomatoes are green before they ripen"));
            w.comment(c(3, Status.SPAM, 3, "Casino Bot", "bot@casino.example", "cheap casino bonus, click now"));
            w.comment(c(4, Status.TRASH, 4, "Ann", "ann@example.net", "and then there were none"));
            w.comment(c(5, Status.POST_TRASHED, 5, "Ben", "", "not relevant anymore"));
            w.comment(c(6, Status.PENDING, 6, "Cleo", "", "the ratio a:b is 3:4, or so"));
            w.comment(c(7, Status.PENDING, 7, "Dora", "", "Café au lait, s'il vous plaît"));
            w.comment(c(8, Status.PENDING, 8, "Emoji Fan", "", "🎉"));
            w.comment(c(9, Status.PENDING, 8, "Same Minute", "", "posted in the same second as eight"));
            w.comment(c(10, Status.APPROVED, 10, "Flip", "", "approved on the site, spam here"));
            w.comment(c(11, Status.PENDING, 11, "Gus", "", "will be in conflict"));
            w.comment(c(12, Status.PENDING, 12, "Hal", "", "deleted locally"));
            w.commit();
        }
        Moderation m = new Moderation(db, () -> "test");
        new Moderation(db, () -> "alice").decide(m.findBySiteIds(SITE, List.of(10L)), ModerationAction.SPAM);
        new Moderation(db, () -> "alice").decide(m.findBySiteIds(SITE, List.of(11L)), ModerationAction.APPROVE);
        new Moderation(db, () -> "alice").decide(m.findBySiteIds(SITE, List.of(12L)), ModerationAction.DELETE);
        try (ImportWriter w = new ImportWriter(db)) {
            w.site(SITE, "Site");
            w.comment(c(11, Status.TRASH, 11, "Gus", "", "will be in conflict")); // the site moved: conflict
            w.commit();
        }
    }

    @AfterEach
    void close() {
        db.close();
    }

    List<Long> ids(QueueFilter filter) {
        return ids(filter, 0);
    }

    List<Long> ids(QueueFilter filter, int limit) {
        return StoreProbe.queue(db.writer(), filter, limit).stream().map(i -> i.comment().remoteId()).collect(Collectors.toList());
    }

    Set<Long> found(String search) {
        return new TreeSet<>(ids(QueueFilter.all().withSearch(search)));
    }

    static QueueFilter status(Status s) {
        return new QueueFilter(s, false, null);
    }

    // ---------------------------------------------------------------- counts and the queue

    @Test
    void countsByEffectiveStatus() {
        // pending 1,6,7,8,9; approved 2,11 (decision); spam 3,10 (decision); trash 4; post-trashed 5; 12 deleted.
        assertEquals(new StatusCounts(11, 5, 2, 2, 1, 1, 1, 3), queries.counts());
    }

    @Test
    void theQueueIsNewestFirst_tiesByNewerRow() {
        assertEquals(List.of(11L, 10L, 9L, 8L, 7L, 6L, 5L, 4L, 3L, 2L, 1L), ids(QueueFilter.all()),
                "all: every status but the local tombstone");
        assertEquals(List.of(9L, 8L, 7L, 6L, 1L), ids(QueueFilter.pending()));
        assertEquals(List.of(9L, 8L), ids(QueueFilter.pending(), 2), "the limit takes the newest");
    }

    @Test
    void statusFiltersUseTheEffectiveStatus() {
        assertEquals(List.of(11L, 2L), ids(status(Status.APPROVED)));
        assertEquals(List.of(10L, 3L), ids(status(Status.SPAM)));
        assertEquals(List.of(4L), ids(status(Status.TRASH)), "11 is trash on the site, approved here");
        assertEquals(List.of(5L), ids(status(Status.POST_TRASHED)));
        assertEquals(List.of(12L), ids(status(Status.DELETED)));
        assertEquals(List.of(11L), ids(QueueFilter.conflicts()));
    }

    @Test
    void queueItemsCarryTheirSitePostDecisionAndConflict() {
        QueueItem conflict = StoreProbe.queue(db.writer(), QueueFilter.conflicts(), 0).get(0);
        assertEquals(SITE, conflict.site());
        assertEquals("Odd post", conflict.postTitle());
        assertEquals(Status.APPROVED, conflict.status());
        assertEquals(Status.APPROVED, conflict.decision());
        assertEquals(Status.TRASH, conflict.comment().siteStatus());
        assertTrue(conflict.conflict());
        assertNull(conflict.score());
        assertEquals(List.of(), conflict.reasons());

        QueueItem plain = StoreProbe.queue(db.writer(), status(Status.APPROVED), 0).get(1);
        assertEquals(2, plain.comment().remoteId());
        assertEquals("Even post", plain.postTitle());
        assertNull(plain.decision());
        assertFalse(plain.conflict());
        assertEquals("maria@example.org", plain.comment().email());
        assertEquals(T0 + 120, plain.comment().dateGmt());
    }

    // ---------------------------------------------------------------- search

    @Test
    void plainWordsPhrasesAndPrefixes() {
        assertEquals(Set.of(1L, 2L), found("tomatoes"));
        assertEquals(Set.of(1L, 2L), found("TOMATOES"), "case does not matter");
        assertEquals(Set.of(1L, 2L), found("green tomatoes"), "all the words, anywhere");
        assertEquals(Set.of(1L), found("\"green tomatoes\""), "a phrase keeps its order");
        assertEquals(Set.of(2L), found("\"tomatoes are green\""));
        assertEquals(Set.of(1L, 2L), found("tomat*"));
        assertEquals(Set.of(2L), found("ripe*"));
        assertEquals(Set.of(), found("ripe"), "no prefix without the star");
        assertEquals(Set.of(7L), found("cafe"), "diacritics do not matter");
        assertEquals(Set.of(7L), found("plait"));
        assertEquals(Set.of(1L), found("john"), "the author is searched");
        assertEquals(Set.of(6L), found("198.51.100.6"), "the IP is searched");
        assertEquals(Set.of(3L), found("casino OR nothingmatches"), "FTS syntax works when it is valid");
    }

    @Test
    void searchCombinesWithTheStatusFilterAndTheLimit() {
        assertEquals(List.of(1L), ids(QueueFilter.pending().withSearch("tomatoes")));
        assertEquals(List.of(2L), ids(status(Status.APPROVED).withSearch("tomatoes")));
        assertEquals(List.of(2L), ids(QueueFilter.all().withSearch("tomatoes"), 1), "newest match first");
        assertEquals(List.of(), ids(QueueFilter.conflicts().withSearch("tomatoes")));
        assertEquals(List.of(11L), ids(QueueFilter.conflicts().withSearch("conflict")));
        assertEquals(List.of(), ids(QueueFilter.all().withSearch("deleted")), "the tombstone is not in 'all'");
    }

    @Test
    void anEmailSearchFindsThatAuthor() {
        assertEquals(Set.of(1L), found("john@example.com"));
        assertEquals(Set.of(2L), found("maria@example.org"));
        assertEquals(Set.of(3L), found("bot@casino.example"));
    }

    @Test
    void oddTextStillFindsWhatItShould() {
        assertEquals(Set.of(6L), found("a:b"));
        assertEquals(Set.of(4L), found("AND"), "an operator typed alone is a word");
        assertEquals(Set.of(6L), found("OR"));
        assertEquals(Set.of(5L), found("NOT"));
        assertEquals(Set.of(1L, 2L), found("tomatoes)"));
        assertEquals(Set.of(1L, 2L), found("(tomatoes"));
        assertEquals(Set.of(1L, 2L), found("\"tomatoes"));
        assertEquals(Set.of(1L), found("-john"));
        assertEquals(Set.of(2L), found("maria@"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"", "*", "(", ")", "AND", "OR", "NOT", "-", "john@example.com", "a:b", "🎉", "🎉🎉",
            "👨‍👩‍👧", "", " ", "\t", "\"\"", "**", "\"*\"", "()", "NEAR(", "NEAR(a b", "^", "'", "\\", "%", "_", ":",
            "author:", ":john", "email:john", "nosuchcolumn:x", "tomatoes AND", "OR tomatoes", "NOT tomatoes",
            "a OR", "+", "{a b}", "[x]", "x\u0000y", ";DROP TABLE comments;--", "' OR 1=1 --", "john*@", "*john",
            "\"unterminated phrase", "a\"b\"c", "AND OR NOT", "NEAR", "ä", "ß", "한국어", "\u200d", "\uFEFF"})
    void oddInputNeverThrows(String typed) {
        List<QueueItem> result = assertDoesNotThrow(() -> StoreProbe.queue(db.writer(), QueueFilter.all().withSearch(typed), 50));
        assertTrue(result.size() <= 11);
        assertDoesNotThrow(() -> StoreProbe.queue(db.writer(), QueueFilter.pending().withSearch(typed), 0));
        assertDoesNotThrow(() -> StoreProbe.queue(db.writer(), QueueFilter.conflicts().withSearch(typed), 0));
        assertEquals(12, countRows(), "nothing was dropped");
    }

    @Test
    void emptySearchIsNoSearch() {
        assertEquals(ids(QueueFilter.all()), ids(QueueFilter.all().withSearch("")));
        assertEquals(ids(QueueFilter.all()), ids(QueueFilter.all().withSearch("   ")));
        assertEquals(ids(QueueFilter.pending()), ids(QueueFilter.pending().withSearch(null)));
    }

    private long countRows() {
        try (var st = db.writer().createStatement(); var rs = st.executeQuery("SELECT count(*) FROM comments")) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void manyMatchesAreStillNewestFirstAndComplete() {
        // Over 5,000 matches the query walks the date index instead of sorting the matches: same answer.
        try (ImportWriter w = new ImportWriter(db)) {
            w.site(SITE, "Site");
            for (long i = 0; i < 6_000; i++) {
                long id = 1_000 + i;
                // Dates out of id order, so that "newest" is not "highest id".
                long minutes = 100 + (i * 7_919) % 6_000;
                w.comment(c(id, i % 3 == 0 ? Status.APPROVED : Status.PENDING, minutes, "Bulk " + i, "",
                        "common filler text " + i));
            }
            w.commit();
        }
        List<QueueItem> top = StoreProbe.queue(db.writer(), QueueFilter.all().withSearch("common"), 20);
        assertEquals(20, top.size());
        List<Long> dates = top.stream().map(i -> i.comment().dateGmt()).collect(Collectors.toList());
        List<Long> sorted = new ArrayList<>(dates);
        sorted.sort((a, b) -> Long.compare(b, a));
        assertEquals(sorted, dates);
        assertEquals(T0 + (100 + 5_999) * 60, dates.get(0), "the newest of all matches");
        assertEquals(6_000, StoreProbe.queue(db.writer(), QueueFilter.all().withSearch("common"), 0).size());
        assertEquals(4_000, StoreProbe.queue(db.writer(), QueueFilter.pending().withSearch("common"), 0).size());
        List<QueueItem> pendingTop = StoreProbe.queue(db.writer(), QueueFilter.pending().withSearch("common"), 5);
        assertTrue(pendingTop.stream().allMatch(i -> i.status() == Status.PENDING));
        assertEquals(new StatusCounts(6_011, 4_005, 2_002, 2, 1, 1, 1, 3), queries.counts());
    }
}
