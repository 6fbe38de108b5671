package dev.moddesk.testing;

import dev.moddesk.app.Workspace;
import dev.moddesk.app.triage.Rescore;
import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ImportSink;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Small, predictable sites for tests: comment {@code i} (1-based remote id) is pending unless i % 10 is 7
 * (approved), 8 (spam) or 9 (trash); newer ids have later dates; every 5th comment replies to the one before;
 * authors cycle through five people, one Korean, one Cyrillic, one with an emoji.
 */
public final class Fixtures {
    public static final String SITE = "https://example.test";
    public static final String[] AUTHORS = {"Alice Example", "Борис", "김민지", "Tom & Jerry 🐱", "Spammy Casino"};
    public static final String[] EMAILS = {"alice@example.com", "boris@example.org", "minji@example.kr", "tom@example.net",
            "not-an-email"};
    public static final String[] IPS = {"192.0.2.1", "198.51.100.7", "203.0.113.9", "2001:db8::1", "999.1.1.1"};
    public static final long BASE_DATE = 1_700_000_000L;

    private Fixtures() {
    }

    public static Status statusOf(long i) {
        switch ((int) (i % 10)) {
            case 7: return Status.APPROVED;
            case 8: return Status.SPAM;
            case 9: return Status.TRASH;
            default: return Status.PENDING;
        }
    }

    public static long count(int n, Status s) {
        long k = 0;
        for (long i = 1; i <= n; i++) {
            if (statusOf(i) == s) {
                k++;
            }
        }
        return k;
    }

    public static Comment comment(long i, Status status) {
        int a = (int) (i % AUTHORS.length);
        String content = i % 4 == 0
                ? "<p>Great <em>post</em> number " + i + ", see <a href=\"http://casino.example/win\">my site</a></p>"
                : "<p>Comment " + i + " about the article. " + (i % 3 == 0 ? "AND (maybe) \"quotes\"" : "Plain words")
                        + "</p><blockquote>quoted text</blockquote>";
        return new Comment(i, 1 + i % 3, i % 5 == 0 ? i - 1 : 0, AUTHORS[a], EMAILS[a],
                a == 0 ? "https://alice.example.com" : "", IPS[a], null, 0, BASE_DATE + i * 60, CommentType.COMMENT,
                content, status);
    }

    /** Writes {@code n} comments on three posts into the sink. */
    public static Consumer<ImportSink> site(int n) {
        return sink -> {
            sink.site(SITE, "Example Blog");
            for (long p = 1; p <= 3; p++) {
                sink.post(new Post(p, "Post number " + p, SITE + "/?p=" + p, "post", "publish", "open"));
            }
            for (long i = 1; i <= n; i++) {
                sink.comment(comment(i, statusOf(i)));
            }
        };
    }

    /**
     * A new database at {@code file} holding {@link #site(int)}, its pending comments scored as an import on the
     * command line scores them (so a desk opening on it has no verdicts left to write).
     */
    public static Workspace desk(Path file, int n, String moderator) {
        Workspace desk = Workspace.open(file, () -> moderator);
        if (n > 0) {
            desk.importer(w -> { }).importFrom("fixture", "test", site(n));
            desk.triage().scorePending(Rescore.UNSCORED, () -> false);
        }
        return desk;
    }

    public static final String SECOND_SITE = "https://second.test";

    /** Adds a second site: {@code n} comments (shaped as {@link #comment}) on two posts of its own. */
    public static void secondSite(Workspace desk, int n) {
        desk.importer(w -> { }).importFrom("second", "test", sink -> {
            sink.site(SECOND_SITE, "Second Blog");
            sink.post(new Post(1, "Ласкаво просимо: first post of the second blog", SECOND_SITE + "/?p=1", "post", "publish",
                    "open"));
            sink.post(new Post(2, "두 번째 글", SECOND_SITE + "/?p=2", "post", "publish", "open"));
            for (long i = 1; i <= n; i++) {
                Comment c = comment(i, statusOf(i));
                sink.comment(new Comment(c.remoteId(), 1 + i % 2, c.parentId(), c.author(), c.email(), c.url(), c.ip(),
                        c.agent(), c.userId(), c.dateGmt() + 30, c.type(), c.content(), c.siteStatus()));
            }
        });
    }

    /** Re-imports comment {@code i} with a new site status (a site-side change, for conflicts). */
    public static void siteChanges(Workspace desk, long i, Status newSiteStatus) {
        desk.importer(w -> { }).importFrom("site-change", "test", sink -> {
            sink.site(SITE, "Example Blog");
            sink.comment(comment(i, newSiteStatus));
        });
    }
}
