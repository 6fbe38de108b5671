package dev.moddesk.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Writes a realistic WordPress WXR 1.2 export of any size, streaming: the same shape as WordPress's own
 * (see shared/wordpress/sample-export.xml): a channel with {@code wp:wxr_version} and {@code wp:base_blog_url},
 * then items (posts), each with its {@code wp:comment} elements; every field in CDATA except
 * {@code wp:comment_author_url}; {@code comment_approved} {@code 1}, {@code 0} or {@code trash}.
 *
 * <p>Comments average about 1 KB of file each (≈ 500 characters of content plus the XML around it), so
 * 100,000 comments make a file of about 100 MB and 1,000,000 about 1 GB. Their text is drawn from a Zipf
 * vocabulary (a few very common words, a long tail of rare ones), so full-text search meets both:
 * {@link #COMMON_WORD} is in roughly one comment in six, {@link #RARE_WORD} in about one in
 * {@value #RARE_EVERY}. The writer keeps one block of {@value #BLOCK} posts in memory at a time, so it writes
 * millions of comments without memory growth. Ids interleave across the posts of a block, as on a real
 * site where several posts collect comments at once; a reply's parent is an earlier comment of its post.
 *
 * <p>Output depends only on (seed, comments): the same arguments give the same bytes.
 */
public final class SyntheticWxr {
    /** Bump when the output changes, so cached files are written again. */
    public static final int VERSION = 1;
    public static final String BASE_URL = "https://bench.moddesk.invalid";
    public static final String COMMON_WORD = "missile";
    public static final String RARE_WORD = "quokka";
    public static final int RARE_EVERY = 10_000;
    /** Posts whose comments interleave (one block in memory at a time). */
    static final int BLOCK = 16;
    private static final int MAX_DEPTH = 5;
    private static final long START = LocalDateTime.of(2016, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);
    private static final long SPAN = 10L * 365 * 86_400;

    private static final String[] FUNCTION_WORDS = ("the of and to a in is that it for this on not with be are was "
            + "but they have as at you we their what all more would if about can will there so than just one "
            + "from by do an my").split(" ");
    private static final String[] DOMAIN_WORDS = (COMMON_WORD + " defence army navy budget procurement tank "
            + "frigate aircraft drone ammunition artillery contract minister government industry production "
            + "radar submarine fighter training soldiers war border alliance exercise capability shell factory "
            + "programme delay cost billion export order strategy threat deterrence reserve brigade carrier "
            + "helicopter engine upgrade maintenance crew pilot logistics supply chain cyber satellite nuclear "
            + "treaty sanctions parliament report analysis article author comment point argument evidence source "
            + "figure timeline schedule decade year month week history future lesson mistake problem solution "
            + "people country nation europe america russia china ukraine poland korea japan australia britain "
            + "france germany sweden norway finland turkey israel india canada money tax spending priority "
            + "interceptor missiles launcher howitzer battalion regiment division squadron fleet destroyer corvette "
            + "patrol vessel airframe sustainment readiness recruitment retention morale doctrine command "
            + "intelligence surveillance reconnaissance electronic warfare jamming stealth hypersonic ballistic "
            + "cruise air defence shorad counter battery fires manoeuvre armour infantry cavalry engineers medics "
            + "officer general admiral marshal veteran civilian journalist analyst expert critic reader").split(" ");
    private static final String[] UNICODE_LINES = {
        "Спасибо за статью, очень полезно.", "Не согласен с последним абзацем.",
        "좋은 기사 감사합니다.", "생산 속도가 관건입니다.", "Dziękuję za artykuł!", "Ευχαριστώ πολύ.",
        "👍", "🇺🇦 🙏", "👨‍👩‍👧‍👦 family of four here", "Très intéressant, merci.", "Zwölf Boxkämpfer jagen Viktor."};
    private static final String[] FIRST = ("James Oliver Emma Sophie Michael Hannah Daniel Lars Ingrid Piotr "
            + "Katarzyna Marco Giulia Pierre Camille Thomas Anna Mehmet Kenji Yuki Rahul Aisha Connor Niamh Brian "
            + "Helen Stuart Fiona Joost Sven Maria Jose Ahmed Fatima Wei Li Olga Ivan Sean Chloe").split(" ");
    private static final String[] LAST = ("Walker Hughes Fraser Jensen Lindqvist Kowalski Rossi Dubois Muller Novak "
            + "Yilmaz Tanaka Sharma Khan Murphy Campbell Evans Baker Reid Patel Haddad Okafor Nielsen Smith Brown "
            + "Garcia Martin Schmidt Kim Park Ivanov Petrov Silva Santos Cohen").split(" ");
    private static final String[] DOMAINS = {"gmail.com", "outlook.com", "yahoo.co.uk", "proton.me", "icloud.com",
        "hotmail.com", "gmx.de", "mail.ru", "naver.com", "example.org"};

    /** What was written: counts for checking search results. */
    public record Stats(long comments, long posts, long bytes, long contentChars, long commonHits, long rareHits) {
    }

    private final long seed;
    private final String[] vocabulary;
    private final int commonIndex;
    /** Zipf(1) over the vocabulary, as a quantile table: a uniform index gives a word rank. */
    private final int[] zipf = new int[1 << 20];

    public SyntheticWxr(long seed) {
        this.seed = seed;
        this.vocabulary = vocabulary(30_000);
        this.commonIndex = List.of(vocabulary).indexOf(COMMON_WORD);
        double[] weights = new double[vocabulary.length];
        double total = 0;
        for (int i = 0; i < weights.length; i++) {
            weights[i] = 1.0 / (i + 1);
            total += weights[i];
        }
        double cumulative = 0;
        int rank = 0;
        for (int i = 0; i < zipf.length; i++) {
            double u = (i + 0.5) / zipf.length;
            while (rank < weights.length - 1 && cumulative + weights[rank] / total < u) {
                cumulative += weights[rank] / total;
                rank++;
            }
            zipf[i] = rank;
        }
    }

    /** Real words first (function words, then the subject's), then made-up words for the long tail. */
    private static String[] vocabulary(int size) {
        List<String> words = new ArrayList<>(List.of(FUNCTION_WORDS));
        Set<String> seen = new HashSet<>(words);
        for (String w : DOMAIN_WORDS) {
            if (seen.add(w)) {
                words.add(w);
            }
        }
        String[] syllables = ("ba be bi bo bu da de di do du fa fe fi ga go ka ke ki ko la le li lo lu ma me mi "
                + "mo mu na ne ni no nu pa pe pi po ra re ri ro ru sa se si so ta te ti to tu va ve vi za zo "
                + "ran ter lin mor sel dun vek tor gal pen rik sol").split(" ");
        SplittableRandom r = new SplittableRandom(42);
        while (words.size() < size) {
            int n = 2 + r.nextInt(3);
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < n; i++) {
                sb.append(syllables[r.nextInt(syllables.length)]);
            }
            String w = sb.toString();
            if (!w.equals(RARE_WORD) && seen.add(w)) {
                words.add(w);
            }
        }
        return words.toArray(String[]::new);
    }

    public Stats write(Path file, long comments) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Stats stats;
        try (Writer out = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8),
                1 << 20)) {
            stats = new Run(out, comments).write();
        }
        return new Stats(stats.comments(), stats.posts(), Files.size(file), stats.contentChars(), stats.commonHits(),
                stats.rareHits());
    }

    /** One file being written. */
    private final class Run {
        private final Writer out;
        private final long total;
        private final SplittableRandom r = new SplittableRandom(seed);
        private final StringBuilder sb = new StringBuilder(1 << 16);
        private final StringBuilder text = new StringBuilder(1 << 14);
        private final long gap;
        private long nextId = 1;
        private long posts;
        private long contentChars;
        private long commonHits;
        private long rareHits;
        private boolean commonSeen;

        Run(Writer out, long total) {
            this.out = out;
            this.total = total;
            this.gap = Math.max(1, SPAN / Math.max(1, total));
        }

        Stats write() throws IOException {
            header();
            long written = 0;
            while (written < total) {
                written += block(total - written);
            }
            out.write("\t</channel>\n</rss>\n");
            out.flush();
            return new Stats(total, posts, -1, contentChars, commonHits, rareHits);
        }

        private void header() throws IOException {
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\" ?>\n"
                    + "<!-- This is a WordPress eXtended RSS file generated by WordPress as an export of your site. -->\n"
                    + "<!-- generator=\"WordPress/6.1.9\" created=\"2026-11-27 09:41\" -->\n"
                    + "<rss version=\"2.0\"\n"
                    + "\txmlns:excerpt=\"http://wordpress.org/export/1.2/excerpt/\"\n"
                    + "\txmlns:content=\"http://purl.org/rss/1.0/modules/content/\"\n"
                    + "\txmlns:wfw=\"http://wellformedweb.org/CommentAPI/\"\n"
                    + "\txmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
                    + "\txmlns:wp=\"http://wordpress.org/export/1.2/\"\n"
                    + ">\n\n<channel>\n"
                    + "\t<title>Bench Weekly: synthetic defence news</title>\n"
                    + "\t<link>" + BASE_URL + "</link>\n"
                    + "\t<description>Synthetic export for the ModDesk benchmark</description>\n"
                    + "\t<pubDate>Fri, 27 Nov 2026 09:41:12 +0000</pubDate>\n"
                    + "\t<language>en-US</language>\n"
                    + "\t<wp:wxr_version>1.2</wp:wxr_version>\n"
                    + "\t<wp:base_site_url>" + BASE_URL + "</wp:base_site_url>\n"
                    + "\t<wp:base_blog_url>" + BASE_URL + "</wp:base_blog_url>\n\n"
                    + "\t<wp:author><wp:author_id>1</wp:author_id><wp:author_login><![CDATA[admin]]></wp:author_login>"
                    + "<wp:author_email><![CDATA[admin@example.com]]></wp:author_email><wp:author_display_name>"
                    + "<![CDATA[Site Admin]]></wp:author_display_name><wp:author_first_name><![CDATA[]]>"
                    + "</wp:author_first_name><wp:author_last_name><![CDATA[]]></wp:author_last_name></wp:author>\n\n"
                    + "\t<wp:category>\n\t\t<wp:term_id>2</wp:term_id>\n"
                    + "\t\t<wp:category_nicename><![CDATA[analysis]]></wp:category_nicename>\n"
                    + "\t\t<wp:category_parent><![CDATA[]]></wp:category_parent>\n"
                    + "\t\t<wp:cat_name><![CDATA[Analysis]]></wp:cat_name>\n\t</wp:category>\n\n");
        }

        /** Up to {@value #BLOCK} posts whose comments share one stretch of ids; returns the comments written. */
        private long block(long remaining) throws IOException {
            int[] counts = new int[BLOCK];
            int sum = 0;
            int postsInBlock = 0;
            while (postsInBlock < BLOCK && sum < remaining) {
                int n = r.nextInt(20) == 0 ? 0 : 1 + (int) (-100 * StrictMath.log(1 - r.nextDouble()));
                n = (int) Math.min(Math.min(n, 800), remaining - sum);
                counts[postsInBlock++] = n;
                sum += n;
            }
            // Which post each id of the block goes to: a shuffle interleaves them, as on a live site.
            int[] owner = new int[sum];
            for (int k = 0, i = 0; k < BLOCK; k++) {
                for (int j = 0; j < counts[k]; j++) {
                    owner[i++] = k;
                }
            }
            for (int i = sum - 1; i > 0; i--) {
                int j = r.nextInt(i + 1);
                int t = owner[i];
                owner[i] = owner[j];
                owner[j] = t;
            }
            int[] depth = new int[sum];
            long firstId = nextId;
            for (int k = 0; k < postsInBlock; k++) {
                int[] mine = new int[counts[k]];
                for (int i = 0, m = 0; i < sum && m < mine.length; i++) {
                    if (owner[i] == k) {
                        mine[m++] = i;
                    }
                }
                post(k, firstId, mine, depth);
            }
            nextId += sum;
            return sum;
        }

        private void post(int k, long firstId, int[] mine, int[] depth) throws IOException {
            posts++;
            long postId = posts;
            long published = START + (mine.length > 0 ? (firstId + mine[0] - 1) * gap - 3_600 : (firstId - 1) * gap);
            sb.setLength(0);
            String title = title();
            String slug = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
            LocalDateTime day = LocalDateTime.ofEpochSecond(Math.max(START, published), 0, ZoneOffset.UTC);
            String link = String.format(Locale.ROOT, "%s/%04d/%02d/%s/", BASE_URL, day.getYear(), day.getMonthValue(),
                    slug);
            String date = date(Math.max(START, published));
            sb.append("\t<item>\n\t\t<title><![CDATA[").append(title).append("]]></title>\n")
                    .append("\t\t<link>").append(link).append("</link>\n")
                    .append("\t\t<pubDate>").append(date).append(" +0000</pubDate>\n")
                    .append("\t\t<dc:creator><![CDATA[admin]]></dc:creator>\n")
                    .append("\t\t<guid isPermaLink=\"false\">").append(BASE_URL).append("/?p=").append(postId)
                    .append("</guid>\n\t\t<description></description>\n\t\t<content:encoded><![CDATA[");
            text.setLength(0);
            int paragraphs = 3 + r.nextInt(5);
            for (int i = 0; i < paragraphs; i++) {
                text.append("<!-- wp:paragraph --><p>");
                paragraph(text, 2 + r.nextInt(4));
                text.append("</p><!-- /wp:paragraph -->\n\n");
            }
            cdata(sb, text);
            sb.append("]]></content:encoded>\n\t\t<excerpt:encoded><![CDATA[]]></excerpt:encoded>\n")
                    .append("\t\t<wp:post_id>").append(postId).append("</wp:post_id>\n")
                    .append("\t\t<wp:post_date><![CDATA[").append(date).append("]]></wp:post_date>\n")
                    .append("\t\t<wp:post_date_gmt><![CDATA[").append(date).append("]]></wp:post_date_gmt>\n")
                    .append("\t\t<wp:comment_status><![CDATA[").append(r.nextInt(10) == 0 ? "closed" : "open")
                    .append("]]></wp:comment_status>\n")
                    .append("\t\t<wp:ping_status><![CDATA[open]]></wp:ping_status>\n")
                    .append("\t\t<wp:post_name><![CDATA[").append(slug).append("]]></wp:post_name>\n")
                    .append("\t\t<wp:status><![CDATA[publish]]></wp:status>\n")
                    .append("\t\t<wp:post_parent>0</wp:post_parent>\n\t\t<wp:menu_order>0</wp:menu_order>\n")
                    .append("\t\t<wp:post_type><![CDATA[post]]></wp:post_type>\n")
                    .append("\t\t<wp:post_password><![CDATA[]]></wp:post_password>\n")
                    .append("\t\t<wp:is_sticky>0</wp:is_sticky>\n")
                    .append("\t\t<category domain=\"category\" nicename=\"analysis\"><![CDATA[Analysis]]></category>\n");
            out.append(sb);
            for (int m = 0; m < mine.length; m++) {
                int pos = mine[m];
                int parentPos = -1;
                if (m > 0 && r.nextInt(100) < 35) {
                    int candidate = mine[r.nextInt(m)];
                    if (depth[candidate] < MAX_DEPTH) {
                        parentPos = candidate;
                    }
                }
                depth[pos] = parentPos < 0 ? 1 : depth[parentPos] + 1;
                comment(firstId + pos, postId, parentPos < 0 ? 0 : firstId + parentPos);
            }
            out.write("\t</item>\n");
        }

        private void comment(long id, long postId, long parentId) throws IOException {
            long when = START + (id - 1) * gap + r.nextLong(gap);
            int author = (int) Math.min(199_999, (long) (200_000 * StrictMath.pow(r.nextDouble(), 3)));
            String first = FIRST[author % FIRST.length];
            String last = LAST[(author / FIRST.length) % LAST.length];
            int suffix = author / (FIRST.length * LAST.length);
            String name = first + " " + last + (suffix > 0 ? " " + suffix : "");
            String login = (first + "." + last + (suffix > 0 ? suffix : "")).toLowerCase(Locale.ROOT);
            String email = author % 41 == 0 ? "" : login + "@" + DOMAINS[author % DOMAINS.length];
            int kind = r.nextInt(100);
            String type = kind < 2 ? "pingback" : "comment";
            String url = author % 9 == 0 ? "https://" + login + ".example.net/?ref=dw&amp;utm=comments"
                    : author % 5 == 0 ? "https://" + login + ".example.com/" : "";
            if (kind == 2) {
                name = "Tom &amp; Jerry " + suffix; // WordPress stores author names entity-encoded
            }
            String ip = author % 10 == 0
                    ? String.format(Locale.ROOT, "2001:db8:%x::%x", author & 0xffff, (author * 31) & 0xffff)
                    : (author % 223 + 1) + "." + (author / 223 % 256) + "." + (author * 7 % 256) + "." + (author % 250 + 2);
            int approved = r.nextInt(100);
            String status = approved < 82 ? "1" : approved < 95 ? "0" : "trash";

            text.setLength(0);
            commonSeen = false;
            if (type.equals("pingback")) {
                text.append("[&#8230;] ");
                sentence(text);
                text.append(" [&#8230;]");
            } else {
                content(text);
            }
            if (r.nextInt(RARE_EVERY) == 0) {
                text.append(" A ").append(RARE_WORD).append(" in the hangar.");
                rareHits++;
            }
            if (r.nextInt(50_000) == 0) {
                text.append(" Edge case: a CDATA terminator ]]> in the text.");
            }
            if (commonSeen) {
                commonHits++;
            }
            contentChars += text.length();
            String gmt = date(when);
            String local = date(when + 3_600);
            sb.setLength(0);
            sb.append("\t\t<wp:comment>\n\t\t\t<wp:comment_id>").append(id).append("</wp:comment_id>\n")
                    .append("\t\t\t<wp:comment_author><![CDATA[").append(name).append("]]></wp:comment_author>\n")
                    .append("\t\t\t<wp:comment_author_email><![CDATA[").append(email).append("]]></wp:comment_author_email>\n")
                    .append("\t\t\t<wp:comment_author_url>").append(url).append("</wp:comment_author_url>\n")
                    .append("\t\t\t<wp:comment_author_IP><![CDATA[").append(ip).append("]]></wp:comment_author_IP>\n")
                    .append("\t\t\t<wp:comment_date><![CDATA[").append(local).append("]]></wp:comment_date>\n")
                    .append("\t\t\t<wp:comment_date_gmt><![CDATA[").append(gmt).append("]]></wp:comment_date_gmt>\n")
                    .append("\t\t\t<wp:comment_content><![CDATA[");
            cdata(sb, text);
            sb.append("]]></wp:comment_content>\n")
                    .append("\t\t\t<wp:comment_approved><![CDATA[").append(status).append("]]></wp:comment_approved>\n")
                    .append("\t\t\t<wp:comment_type><![CDATA[").append(type).append("]]></wp:comment_type>\n")
                    .append("\t\t\t<wp:comment_parent>").append(parentId).append("</wp:comment_parent>\n")
                    .append("\t\t\t<wp:comment_user_id>0</wp:comment_user_id>\n\t\t</wp:comment>\n");
            out.append(sb);
        }

        /** One to four paragraphs with a little HTML; about 500 characters on average. */
        private void content(StringBuilder t) {
            int roll = r.nextInt(100);
            if (roll < 3) {
                t.append("<blockquote>");
                sentence(t);
                t.append("</blockquote>\n\n");
            }
            int paragraphs = roll < 45 ? 1 : roll < 75 ? 2 : roll < 92 ? 3 : 4;
            for (int p = 0; p < paragraphs; p++) {
                if (p > 0) {
                    t.append("\n\n");
                }
                paragraph(t, 1 + r.nextInt(4));
            }
            int extra = r.nextInt(100);
            if (extra < 3) {
                t.append(' ').append(UNICODE_LINES[r.nextInt(UNICODE_LINES.length)]);
            } else if (extra < 6) {
                t.append(" See <a href=\"https://www.example.org/report-").append(r.nextInt(1000))
                        .append(".pdf\">the report</a>.");
            } else if (extra < 8) {
                t.append("\n\n");
                for (int i = 0; i < 6; i++) {
                    t.append("<a href=\"https://cheap-pills-").append(i).append(".example.com/\">cheap pills</a> ");
                }
            } else if (extra < 10) {
                t.append(" The spec says <code>STANAG 4569</code>.");
            }
        }

        private void paragraph(StringBuilder t, int sentences) {
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    t.append(' ');
                }
                sentence(t);
            }
        }

        private void sentence(StringBuilder t) {
            int words = 5 + r.nextInt(14);
            int markup = r.nextInt(100) < 8 ? r.nextInt(words) : -1;
            for (int i = 0; i < words; i++) {
                if (i > 0) {
                    t.append(r.nextInt(12) == 0 ? ", " : " ");
                }
                int w = zipf[r.nextInt(zipf.length)];
                if (w == commonIndex) {
                    commonSeen = true;
                }
                String word = vocabulary[w];
                if (i == markup) {
                    String tag = r.nextBoolean() ? "em" : "strong";
                    t.append('<').append(tag).append('>').append(word).append("</").append(tag).append('>');
                } else if (i == 0) {
                    t.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
                } else {
                    t.append(word);
                }
            }
            int end = r.nextInt(10);
            t.append(end == 0 ? '?' : end == 1 ? '!' : '.');
        }

        private String title() {
            StringBuilder t = new StringBuilder();
            int words = 4 + r.nextInt(6);
            for (int i = 0; i < words; i++) {
                String w = vocabulary[zipf[r.nextInt(zipf.length)]];
                if (i > 0) {
                    t.append(' ');
                }
                t.append(Character.toUpperCase(w.charAt(0))).append(w, 1, w.length());
            }
            return t.toString();
        }
    }

    /** CDATA cannot hold "]]>": split it across two sections, as WordPress does. */
    private static void cdata(StringBuilder sb, CharSequence text) {
        int from = 0;
        String s = text.toString();
        int at;
        while ((at = s.indexOf("]]>", from)) >= 0) {
            sb.append(s, from, at).append("]]]]><![CDATA[>");
            from = at + 3;
        }
        sb.append(s, from, s.length());
    }

    private static String date(long epochSecond) {
        LocalDateTime t = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
        return String.format(Locale.ROOT, "%04d-%02d-%02d %02d:%02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute(), t.getSecond());
    }

    /** {@code SyntheticWxr COMMENTS FILE [SEED]}: writes one file and prints what it holds. */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            System.err.println("usage: SyntheticWxr COMMENTS FILE [SEED]");
            System.exit(1);
        }
        long n = Long.parseLong(args[0].replace("_", ""));
        Path file = Path.of(args[1]);
        long started = System.nanoTime();
        Stats s = new SyntheticWxr(args.length > 2 ? Long.parseLong(args[2]) : 1).write(file, n);
        System.out.printf(Locale.ROOT, "%s: %,d comments on %,d posts, %,d bytes (%.0f per comment, %.0f chars of "
                        + "content), '%s' in %,d, '%s' in %,d, %.1f s%n", file, s.comments(), s.posts(), s.bytes(),
                s.bytes() / (double) n, s.contentChars() / (double) n, COMMON_WORD, s.commonHits(), RARE_WORD,
                s.rareHits(), (System.nanoTime() - started) / 1e9);
    }
}
