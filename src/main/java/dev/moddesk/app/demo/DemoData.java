package dev.moddesk.app.demo;

import dev.moddesk.core.Comment;
import dev.moddesk.formats.ImportSink;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * A deterministic, realistic demo site: "Defence Weekly", a defence-news blog with {@value #POSTS} posts and
 * its comments. The same seed and count always give the same site, comment for comment: every date is
 * measured back from the fixed {@link #ANCHOR}, never from the clock, and only {@link Random} (whose
 * sequence Java specifies) and {@link StrictMath} are used.
 *
 * <p>What a moderator meets on such a site is all there: regular readers (some with Cyrillic, Korean or
 * emoji names) discussing in several paragraphs with {@code <em>}, {@code <strong>}, {@code <blockquote>},
 * {@code <code>} and source links; reply threads up to {@value #MAX_DEPTH} deep; a few abusive comments;
 * spam of six kinds; pingbacks and trackbacks; valid, empty, invalid and upper-case emails; IPv4 and IPv6
 * addresses (documentation ranges); user agents. Site statuses: mostly approved, a pending queue, spam,
 * trash, and {@code post-trashed} for every comment of post {@value #TRASHED_POST}, which is in the trash.
 *
 * <p>Comment ids are 1..N in date order, post ids 1..{@value #POSTS}; a reply's parent is an earlier
 * comment on the same post. Fields are given in the form {@code formats.FieldNormaliser} produces.
 */
public final class DemoData {
    public static final int DEFAULT_COMMENTS = 3_000;
    public static final long DEFAULT_SEED = 1;
    public static final String SITE_URL = "https://demo.moddesk.invalid";
    public static final String SITE_NAME = "ModDesk demo: Defence Weekly";
    /** The demo's "now": every post and comment date lies in the {@value #DAYS} days before it. */
    public static final Instant ANCHOR = Instant.parse("2026-11-01T00:00:00Z");
    public static final int DAYS = 60;
    public static final int POSTS = 12;
    /** The post that sits in the site's trash: every comment on it is {@code post-trashed}. */
    public static final long TRASHED_POST = 9;
    /** The deepest a reply thread goes (a top-level comment is depth 1). */
    public static final int MAX_DEPTH = 5;

    static final long DAY = 86_400;
    static final long END = ANCHOR.getEpochSecond();
    private static final int LEGIT = 0;
    private static final int SPAM = 1;
    private static final int PING = 2;

    private final long seed;
    private final int comments;

    public DemoData(long seed, int comments) {
        this.seed = seed;
        this.comments = comments;
    }

    public void generate(ImportSink sink) {
        sink.site(SITE_URL, SITE_NAME);
        for (DemoPost p : DemoPosts.ALL) {
            sink.post(p.toPost());
        }
        Random r = new Random(seed);
        long[] schedule = schedule(r);
        List<DemoPeople.Persona> regulars = DemoPeople.regulars(r);
        List<List<DemoPeople.Persona>> spammers = DemoPeople.spammers(r);
        DemoThreads threads = new DemoThreads();
        for (int i = 0; i < schedule.length; i++) {
            long key = schedule[i];
            long id = i + 1;
            long date = key >>> 6;
            DemoPost post = DemoPosts.ALL.get((int) ((key >>> 2) & 15));
            int kind = (int) (key & 3);
            Comment c;
            if (kind == LEGIT) {
                c = DemoComments.legit(r, id, date, post, regulars, threads);
            } else if (kind == SPAM) {
                c = DemoComments.spam(r, id, date, post, spammers, threads);
            } else {
                c = DemoComments.ping(r, id, date, post);
            }
            sink.comment(c);
        }
    }

    // ---- when and where: (date, post, kind) for every comment, sorted by date so ids follow time ----

    private long[] schedule(Random r) {
        int totalWeight = DemoPosts.ALL.stream().mapToInt(DemoPost::weight).sum();
        long[] keys = new long[comments];
        for (int i = 0; i < comments; i++) {
            int roll = r.nextInt(100);
            int kind = roll < 60 ? LEGIT : roll < 97 ? SPAM : PING;
            int p = kind == SPAM && r.nextBoolean() ? r.nextInt(POSTS) : weighted(r, totalWeight);
            long published = DemoPosts.ALL.get(p).published();
            long span = END - published - 600;
            long date;
            if (kind == SPAM || r.nextInt(100) < 15) {
                date = published + 600 + (long) (r.nextDouble() * span); // any time after publication
            } else {
                double days = -1.2 * StrictMath.log(1 - r.nextDouble()); // most discussion in the first days
                long delay = 180 + (long) (days * DAY);
                date = delay < span ? published + delay : published + 600 + (long) (r.nextDouble() * span);
            }
            keys[i] = date << 6 | (long) p << 2 | kind;
        }
        Arrays.sort(keys);
        return keys;
    }

    private static int weighted(Random r, int totalWeight) {
        int x = r.nextInt(totalWeight);
        for (int i = 0; i < POSTS; i++) {
            x -= DemoPosts.ALL.get(i).weight();
            if (x < 0) {
                return i;
            }
        }
        return POSTS - 1;
    }
}
