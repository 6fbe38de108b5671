package dev.moddesk.app.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.moddesk.app.demo.DemoData;
import dev.moddesk.app.importing.ImportSummary;
import dev.moddesk.app.importing.Importer;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.QueueFilter;
import dev.moddesk.core.QueueItem;
import dev.moddesk.core.Status;
import dev.moddesk.core.StatusCounts;
import dev.moddesk.formats.ImportSink;
import dev.moddesk.store.CommentQueries;
import dev.moddesk.store.Database;
import dev.moddesk.store.StoreProbe;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoDataTest {
    private static final int N = DemoData.DEFAULT_COMMENTS;
    private static final Pattern CYRILLIC = Pattern.compile("\\p{IsCyrillic}");
    private static final Pattern HANGUL = Pattern.compile("\\p{IsHangul}");
    private static final Pattern LINK = Pattern.compile("<a href=");

    /** Records what the generator sends, in order. */
    private static final class Recorder implements ImportSink {
        final List<String> sites = new ArrayList<>();
        final List<Post> posts = new ArrayList<>();
        final List<Comment> comments = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        @Override
        public void site(String baseUrl, String name) {
            sites.add(baseUrl + " " + name);
        }

        @Override
        public void post(Post post) {
            assertTrue(comments.isEmpty(), "posts come before comments");
            posts.add(post);
        }

        @Override
        public void comment(Comment comment) {
            comments.add(comment);
        }

        @Override
        public void warning(String message) {
            warnings.add(message);
        }
    }

    private static Recorder generate(long seed, int n) {
        Recorder r = new Recorder();
        new DemoData(seed, n).generate(r);
        return r;
    }

    @Test
    void sameSeedAndCountGiveTheSameSite() {
        Recorder a = generate(DemoData.DEFAULT_SEED, N);
        Recorder b = generate(DemoData.DEFAULT_SEED, N);
        assertEquals(a.sites, b.sites);
        assertEquals(a.posts, b.posts);
        assertEquals(a.comments, b.comments);
        assertNotEquals(a.comments, generate(DemoData.DEFAULT_SEED + 1, N).comments);
    }

    @Test
    void siteAndPostsLookLikeANewsBlog() {
        Recorder r = generate(DemoData.DEFAULT_SEED, N);
        assertEquals(List.of(DemoData.SITE_URL + " " + DemoData.SITE_NAME), r.sites);
        assertEquals(DemoData.POSTS, r.posts.size());
        for (int i = 0; i < r.posts.size(); i++) {
            Post p = r.posts.get(i);
            assertEquals(i + 1, p.remoteId());
            assertTrue(p.link().matches("https://demo\\.moddesk\\.invalid/2026/(09|10)/[a-z0-9-]+/"), p.link());
            assertFalse(p.title().isBlank());
            assertEquals(p.remoteId() == DemoData.TRASHED_POST ? "trash" : "publish", p.status());
        }
        assertTrue(r.warnings.isEmpty());
    }

    @Test
    void idsDatesAndStatusesAreWellFormed() {
        Recorder r = generate(DemoData.DEFAULT_SEED, N);
        assertEquals(N, r.comments.size());
        long end = DemoData.ANCHOR.getEpochSecond();
        long start = end - DemoData.DAYS * 86_400L;
        long lastDate = Long.MIN_VALUE;
        Map<Status, Integer> byStatus = new EnumMap<>(Status.class);
        for (int i = 0; i < N; i++) {
            Comment c = r.comments.get(i);
            assertEquals(i + 1, c.remoteId(), "ids are 1..N");
            assertTrue(c.postId() >= 1 && c.postId() <= DemoData.POSTS);
            assertTrue(c.dateGmt() >= start && c.dateGmt() < end, "date within the 60 days before the anchor");
            assertTrue(c.dateGmt() >= lastDate, "ids follow dates");
            lastDate = c.dateGmt();
            assertEquals(c.postId() == DemoData.TRASHED_POST, c.siteStatus() == Status.POST_TRASHED,
                    "post-trashed exactly on the trashed post");
            assertNotNull(c.agent());
            byStatus.merge(c.siteStatus(), 1, Integer::sum);
        }
        for (Status s : List.of(Status.PENDING, Status.APPROVED, Status.SPAM, Status.TRASH, Status.POST_TRASHED)) {
            assertTrue(byStatus.getOrDefault(s, 0) >= 20, "enough " + s + ": " + byStatus);
        }
        assertFalse(byStatus.containsKey(Status.DELETED));
    }

    @Test
    void repliesAnswerEarlierCommentsOnTheSamePost() {
        Recorder r = generate(DemoData.DEFAULT_SEED, N);
        Map<Long, Comment> byId = new HashMap<>();
        Map<Long, Integer> depth = new HashMap<>();
        int replies = 0;
        int maxDepth = 0;
        for (Comment c : r.comments) {
            int d = 1;
            if (c.parentId() != 0) {
                Comment parent = byId.get(c.parentId());
                assertNotNull(parent, "parent " + c.parentId() + " of " + c.remoteId() + " comes earlier");
                assertEquals(parent.postId(), c.postId(), "same post");
                d = depth.get(parent.remoteId()) + 1;
                replies++;
            }
            assertTrue(d <= DemoData.MAX_DEPTH, "comment " + c.remoteId() + " is " + d + " deep");
            maxDepth = Math.max(maxDepth, d);
            byId.put(c.remoteId(), c);
            depth.put(c.remoteId(), d);
        }
        assertTrue(replies > N / 10, "plenty of replies: " + replies);
        assertTrue(maxDepth >= 4, "deep threads: " + maxDepth);
    }

    @Test
    void hasTheVarietyAModeratorMeets() {
        List<Comment> all = generate(DemoData.DEFAULT_SEED, N).comments;
        assertSome(all, c -> CYRILLIC.matcher(c.author()).find(), "Cyrillic author");
        assertSome(all, c -> CYRILLIC.matcher(c.content()).find(), "Cyrillic text");
        assertSome(all, c -> HANGUL.matcher(c.author()).find(), "Korean author");
        assertSome(all, c -> HANGUL.matcher(c.content()).find(), "Korean text");
        assertSome(all, c -> c.author().contains("\u200D") || c.content().contains("\u200D"), "emoji ZWJ sequence");
        assertSome(all, c -> c.content().codePoints().anyMatch(cp -> cp >= 0x1F300), "emoji");
        for (String tag : List.of("<em>", "<strong>", "<blockquote>", "<code>", "\n\n")) {
            assertSome(all, c -> c.content().contains(tag), tag);
        }
        assertSome(all, c -> c.type() == CommentType.PINGBACK, "pingback");
        assertSome(all, c -> c.type() == CommentType.TRACKBACK, "trackback");
        assertSome(all, c -> c.ip().contains(":"), "IPv6");
        assertSome(all, c -> c.ip().matches("\\d+\\.\\d+\\.\\d+\\.\\d+"), "IPv4");
        assertSome(all, c -> c.email().isEmpty(), "empty email");
        assertSome(all, c -> c.email().equals("bob@"), "invalid email");
        assertSome(all, c -> !c.email().isEmpty() && c.email().equals(c.email().toUpperCase()), "upper-case email");
        assertSome(all, c -> c.author().startsWith("https://") && !c.url().isEmpty(), "URL as author");
        assertSome(all, c -> c.siteStatus() == Status.SPAM && LINK.matcher(c.content()).results().count() >= 5,
                "link spam");
        assertSome(all, c -> c.content().matches("(.)\\1{9,}"), "repeated-character junk");
        assertSome(all, c -> c.content().toLowerCase().contains("casino"), "casino spam");
        assertSome(all, c -> c.content().contains("Bitcoin"), "crypto spam");
        assertSome(all, c -> c.content().contains("idiot") || c.content().contains("moron"), "abuse");
        assertSome(all, c -> c.userId() != 0, "registered user");
    }

    private static void assertSome(List<Comment> comments, Predicate<Comment> test, String what) {
        assertTrue(comments.stream().anyMatch(test), "no " + what + " in the demo data");
    }

    @Test
    void importsIntoARealDatabaseAndAgainWithoutChanges(@TempDir Path dir) {
        Recorder generated = generate(DemoData.DEFAULT_SEED, N);
        Map<Status, Long> expected = new EnumMap<>(Status.class);
        generated.comments.forEach(c -> expected.merge(c.siteStatus(), 1L, Long::sum));

        try (Database db = Database.open(dir.resolve("demo.db"))) {
            Importer importer = new Importer(db, w -> { });
            ImportSummary first = importer.importFrom("demo", "demo",
                    sink -> new DemoData(DemoData.DEFAULT_SEED, N).generate(sink));
            assertEquals(N, first.comments());
            assertEquals(N, first.inserted());
            assertEquals(DemoData.POSTS, first.posts());

            CommentQueries queries = new CommentQueries(db.writer());
            StatusCounts counts = queries.counts();
            assertEquals(N, counts.total());
            assertEquals(expected.get(Status.PENDING), counts.pending());
            assertEquals(expected.get(Status.APPROVED), counts.approved());
            assertEquals(expected.get(Status.SPAM), counts.spam());
            assertEquals(expected.get(Status.TRASH), counts.trash());
            assertEquals(expected.get(Status.POST_TRASHED), counts.postTrashed());
            assertEquals(0, counts.conflicts());
            assertEquals(0, counts.unpushed());

            // What the store gives back is what was generated, field for field.
            Map<Long, Comment> stored = new HashMap<>();
            for (QueueItem item : StoreProbe.queue(db.writer(), QueueFilter.all(), 0)) {
                stored.put(item.comment().remoteId(), item.comment());
            }
            for (Comment c : generated.comments) {
                assertEquals(c, stored.get(c.remoteId()));
            }
            assertFalse(StoreProbe.queue(db.writer(), QueueFilter.all().withSearch("Кузнецова"), 5).isEmpty());
            assertFalse(StoreProbe.queue(db.writer(), QueueFilter.all().withSearch("casino"), 5).isEmpty());

            ImportSummary second = importer.importFrom("demo", "demo",
                    sink -> new DemoData(DemoData.DEFAULT_SEED, N).generate(sink));
            assertEquals(0, second.inserted());
            assertEquals(0, second.updated());
            assertEquals(N, second.unchanged());
            assertEquals(counts, queries.counts());
        }
    }
}
