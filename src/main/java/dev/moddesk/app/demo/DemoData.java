package dev.moddesk.app.demo;

import static dev.moddesk.app.demo.DemoText.fill;
import static dev.moddesk.app.demo.DemoText.pick;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Post;
import dev.moddesk.core.Status;
import dev.moddesk.formats.ImportSink;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
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

    private static final long DAY = 86_400;
    private static final long END = ANCHOR.getEpochSecond();
    private static final int LEGIT = 0;
    private static final int SPAM = 1;
    private static final int PING = 2;

    private record PostSpec(long id, int daysBefore, int weight, String slug, String title, String commentStatus,
                            List<String> topics) {
        long published() {
            return END - daysBefore * DAY + (6 + id % 7) * 3_600 + id * 311;
        }

        Post toPost() {
            LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(published()), ZoneOffset.UTC);
            String link = String.format(Locale.ROOT, "%s/%04d/%02d/%s/", SITE_URL, day.getYear(), day.getMonthValue(),
                    slug);
            return new Post(id, title, link, "post", id == TRASHED_POST ? "trash" : "publish", commentStatus);
        }
    }

    private static final List<PostSpec> POST_SPECS = List.of(
            new PostSpec(1, 60, 8, "type-26-frigate-schedule-slips",
                    "Type 26 frigate programme slips again: what the new schedule means", "closed",
                    List.of("the Type 26", "the frigate programme", "the Govan yard", "the Sea Ceptor fit")),
            new PostSpec(2, 55, 10, "himars-resupply-industry-2027",
                    "HIMARS resupply: can industry keep up with 2027 demand?", "open",
                    List.of("HIMARS", "GMLRS production", "the launcher backlog", "the Camden plant")),
            new PostSpec(3, 50, 12, "155mm-shell-shortage-bottleneck",
                    "Inside the 155mm shell shortage: three factories, one bottleneck", "open",
                    List.of("155mm output", "the shell shortage", "explosives supply", "the new shell plant")),
            new PostSpec(4, 45, 9, "k2-black-panther-european-order",
                    "K2 Black Panther wins another European order", "open",
                    List.of("the K2", "Hyundai Rotem", "the K2PL variant", "Korean defence exports")),
            new PostSpec(5, 40, 6, "baltic-air-policing-eurofighter-week",
                    "Baltic air policing: a week with the Eurofighter detachment", "open",
                    List.of("the Typhoon detachment", "Baltic air policing", "QRA scrambles", "Ämari air base")),
            new PostSpec(6, 35, 16, "drone-swarms-versus-shorad",
                    "Drone swarms versus short-range air defence: lessons from the front", "open",
                    List.of("drone swarms", "short-range air defence", "the Gepard", "cheap interceptors",
                            "FPV drones")),
            new PostSpec(7, 30, 9, "aukus-submarine-timeline-osborne",
                    "AUKUS submarine timeline: can Osborne be ready in time?", "open",
                    List.of("AUKUS", "the Virginia-class buy", "the SSN-AUKUS design", "the Osborne yard")),
            new PostSpec(8, 25, 10, "f-35-sustainment-bill",
                    "Why the F-35 sustainment bill keeps rising", "open",
                    List.of("the F-35", "sustainment costs", "the TR-3 upgrade", "the engine core upgrade")),
            new PostSpec(TRASHED_POST, 20, 3, "leaked-memo-brigade-cuts",
                    "Leaked memo: minister to cut two brigades (retracted)", "open",
                    List.of("the leaked memo", "the brigade cuts", "the ministry's denial")),
            new PostSpec(10, 14, 5, "cold-response-2026-in-pictures",
                    "Exercise Cold Response 2026 in pictures", "open",
                    List.of("Cold Response", "cold-weather kit", "the Norwegian hosts", "the BV206 fleet")),
            new PostSpec(11, 8, 6, "cyber-command-budget-doubles",
                    "Cyber command budget doubles: where the money goes", "open",
                    List.of("the cyber command", "the cyber budget", "offensive cyber", "the new cyber range")),
            new PostSpec(12, 3, 6, "mailbag-conscription-questions",
                    "Reader mailbag: your questions on conscription answered", "open",
                    List.of("conscription", "the reserve model", "national service", "the Swedish model")));

    /** A commenter: the same person keeps name, email, URL, address and browser. */
    private record Persona(String name, String email, String url, String ip, String agent, String lang,
                           long userId) {
    }

    private enum SpamKind { LINKS, CASINO_PHARMA, CRYPTO, SEO_COMPLIMENT, CYRILLIC, JUNK }

    private final long seed;
    private final int comments;

    public DemoData(long seed, int comments) {
        this.seed = seed;
        this.comments = comments;
    }

    public void generate(ImportSink sink) {
        sink.site(SITE_URL, SITE_NAME);
        for (PostSpec p : POST_SPECS) {
            sink.post(p.toPost());
        }
        Random r = new Random(seed);
        long[] schedule = schedule(r);
        List<Persona> regulars = regulars(r);
        List<List<Persona>> spammers = spammers(r);
        Threads threads = new Threads();
        for (int i = 0; i < schedule.length; i++) {
            long key = schedule[i];
            long id = i + 1;
            long date = key >>> 6;
            PostSpec post = POST_SPECS.get((int) ((key >>> 2) & 15));
            int kind = (int) (key & 3);
            Comment c;
            if (kind == LEGIT) {
                c = legit(r, id, date, post, regulars, threads);
            } else if (kind == SPAM) {
                c = spam(r, id, date, post, spammers, threads);
            } else {
                c = ping(r, id, date, post);
            }
            sink.comment(c);
        }
    }

    // ---- when and where: (date, post, kind) for every comment, sorted by date so ids follow time ----

    private long[] schedule(Random r) {
        int totalWeight = POST_SPECS.stream().mapToInt(PostSpec::weight).sum();
        long[] keys = new long[comments];
        for (int i = 0; i < comments; i++) {
            int roll = r.nextInt(100);
            int kind = roll < 60 ? LEGIT : roll < 97 ? SPAM : PING;
            int p = kind == SPAM && r.nextBoolean() ? r.nextInt(POSTS) : weighted(r, totalWeight);
            long published = POST_SPECS.get(p).published();
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
            x -= POST_SPECS.get(i).weight();
            if (x < 0) {
                return i;
            }
        }
        return POSTS - 1;
    }

    // ---- readers ----

    private static final Persona EDITOR = new Persona("Defence Weekly Editor", "editor@demo.moddesk.invalid",
            SITE_URL, "192.0.2.10", DemoText.AGENTS.get(1), "en", 2);

    private static List<Persona> regulars(Random r) {
        List<Persona> list = new ArrayList<>();
        // Named regulars first: the skewed pick below makes them the most frequent commenters.
        list.add(person(r, "Col. (ret.) Martin Hale", "m.hale@outlook.com", "", "en", 7));
        list.add(person(r, "Hoplite42", "hoplite42@gmail.com", "", "en", 0));
        list.add(person(r, "Алексей Смирнов", "a.smirnov@mail.ru", "", "ru", 0));
        list.add(person(r, "김민준", "minjun.kim@naver.com", "", "ko", 0));
        list.add(person(r, "🛡️ ShieldWall", "shieldwall@proton.me", "", "en", 0));
        list.add(person(r, "Seán O'Brien", "sean.obrien@eircom.net", "https://seanobrien.example.net/", "en", 0));
        list.add(person(r, "MARK THOMPSON", "MARK.THOMPSON@YAHOO.COM", "", "en", 0));
        list.add(person(r, "Ольга Кузнецова", "olga.k@yandex.ru", "", "ru", 0));
        list.add(person(r, "👩‍✈️ Sky Mum", "skymum@icloud.com", "", "en", 0));
        list.add(person(r, "Zoë Åkesson", "zoe.akesson@telia.se", "", "en", 0));
        list.add(person(r, "Олександр Коваленко", "o.kovalenko@ukr.net", "", "uk", 0));
        list.add(person(r, "bob", "bob@", "", "en", 0));
        list.add(person(r, "이서연", "seoyeon.lee@daum.net", "", "ko", 0));
        list.add(person(r, "Jürgen Bäumer", "J.Baeumer@Web.DE", "", "en", 0));
        list.add(person(r, "Anonymous", "", "", "en", 0));
        list.add(person(r, "Tom & Jerry's Surplus", "sales@tjsurplus.example.com",
                "https://tjsurplus.example.com/?ref=dw&src=comments", "en", 0));
        list.add(person(r, "Navy Wife 🇺🇸", "navywife@aol.com", "", "en", 0));
        list.add(person(r, "Dr. Priya Raman", "p.raman@kcl.ac.uk", "https://priya-raman.example.org/", "en", 0));
        list.add(person(r, "Dave_from_Ohio", "davefromohio", "", "en", 0));
        list.add(person(r, "박지훈", "jihoon.park@kakao.com", "", "ko", 0));
        list.add(person(r, "Greg", "greg@@gmail.com", "", "en", 0));
        list.add(person(r, "TankNerd 🪖", "tanknerd@gmail.com", "", "en", 0));
        list.add(person(r, "Jean-Luc Moreau", "jl.moreau@orange.fr", "", "en", 0));
        for (int i = 0; i < 90; i++) {
            list.add(stranger(r));
        }
        return list;
    }

    private static Persona person(Random r, String name, String email, String url, String lang, long userId) {
        return new Persona(name, email, url, ip(r), pick(r, DemoText.AGENTS), lang, userId);
    }

    /** Someone new: a name from the lists and an email that is usually, not always, valid. */
    private static Persona stranger(Random r) {
        String first = pick(r, DemoText.FIRST_NAMES);
        String last = pick(r, DemoText.LAST_NAMES);
        String f = ascii(first);
        String l = ascii(last);
        int style = r.nextInt(100);
        String name = style < 60 ? first + " " + last
                : style < 75 ? first
                : style < 85 ? f + "_" + l + (10 + r.nextInt(90))
                : first.charAt(0) + ". " + last;
        String domain = pick(r, DemoText.MAIL_DOMAINS);
        int mail = r.nextInt(100);
        String email = mail < 70 ? f + "." + l + "@" + domain
                : mail < 85 ? f + l + (r.nextInt(99) + 1) + "@" + domain
                : mail < 90 ? (f + "." + l + "@" + domain).toUpperCase(Locale.ROOT)
                : mail < 95 ? ""
                : pick(r, List.of(f + "@", f + "." + l + "@gmail", f + " " + l + "@hotmail.com", f + "@@" + domain));
        String url = r.nextInt(100) < 12 ? "https://" + f + l + ".example.net/" : "";
        return new Persona(name, email, url, ip(r), pick(r, DemoText.AGENTS), "en", 0);
    }

    /** Lower-case ASCII for an email or a handle: "Müller" → "muller", "de Vries" → "devries". */
    private static String ascii(String name) {
        String s = Normalizer.normalize(name.replace("ı", "i").replace("ß", "ss"), Normalizer.Form.NFD);
        return s.replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }

    /** An address from the documentation ranges: TEST-NET IPv4 (three in four) or 2001:db8::/32. */
    private static String ip(Random r) {
        if (r.nextInt(4) > 0) {
            String[] nets = {"192.0.2.", "198.51.100.", "203.0.113."};
            return nets[r.nextInt(3)] + (1 + r.nextInt(254));
        }
        return String.format(Locale.ROOT, "2001:db8:%x:%x::%x", r.nextInt(0x10000), r.nextInt(0x10000),
                1 + r.nextInt(0xffff));
    }

    private Comment legit(Random r, long id, long date, PostSpec post, List<Persona> regulars, Threads threads) {
        int p = (int) post.id() - 1;
        boolean editor = r.nextInt(100) < 3;
        boolean abusive = !editor && r.nextInt(100) < 5;
        int slot = r.nextInt(100) < (editor ? 85 : 40) ? threads.pick(r, p) : -1;
        Persona who = editor ? EDITOR
                : r.nextInt(100) < 35 ? stranger(r)
                : regulars.get((int) (regulars.size() * StrictMath.pow(r.nextDouble(), 1.6)));
        if (slot >= 0 && who.name().equals(threads.author(p, slot))) {
            who = stranger(r); // nobody answers themselves
        }
        StringBuilder sb = new StringBuilder();
        if (slot >= 0 && !editor) {
            int opening = r.nextInt(100);
            if (opening < 20) {
                sb.append("<blockquote>").append(threads.quote(p, slot)).append("</blockquote>\n\n");
            } else if (opening < 45) {
                sb.append('@').append(firstWord(threads.author(p, slot))).append(' ');
            }
        }
        String quote;
        if (editor) {
            quote = fill(pick(r, DemoText.EDITOR), r, pick(r, post.topics()));
            sb.append(quote);
        } else if (abusive) {
            quote = fill(pick(r, DemoText.INSULTS), r, pick(r, post.topics()));
            String reason = fill(pick(r, DemoText.SENTENCES), r, pick(r, post.topics()));
            sb.append(r.nextBoolean() ? quote + " " + reason : reason + " " + quote);
        } else {
            quote = discussion(r, post, who, sb);
        }
        Status status = editor ? Status.APPROVED
                : abusive ? choose(r, 45, Status.PENDING, 25, Status.APPROVED, 30, Status.TRASH)
                : choose(r, 88, Status.APPROVED, 9, Status.PENDING, 3, Status.TRASH);
        long parent = slot >= 0 ? threads.id(p, slot) : 0;
        int depth = slot >= 0 ? threads.depth(p, slot) + 1 : 1;
        if (status == Status.APPROVED) {
            threads.add(p, id, depth, who.name(), quote);
        }
        return new Comment(id, post.id(), parent, who.name(), who.email(), who.url(), who.ip(), who.agent(),
                who.userId(), date, CommentType.COMMENT, sb.toString(), onPost(post, status));
    }

    /** Ordinary discussion, one to four paragraphs; returns its first sentence (what a reply quotes). */
    private static String discussion(Random r, PostSpec post, Persona who, StringBuilder sb) {
        List<String> own = switch (who.lang()) {
            case "ru" -> DemoText.RUSSIAN;
            case "uk" -> DemoText.UKRAINIAN;
            case "ko" -> DemoText.KOREAN;
            default -> null;
        };
        if (own != null && r.nextInt(100) < (post.id() == 4 && who.lang().equals("ko") ? 95 : 65)) {
            String first = pick(r, own);
            sb.append(first);
            if (r.nextBoolean()) {
                sb.append(' ').append(pick(r, own));
            }
            return first;
        }
        int roll = r.nextInt(100);
        int paragraphs = roll < 40 ? 1 : roll < 70 ? 2 : roll < 90 ? 3 : 4;
        String first = null;
        BitSet used = new BitSet();
        for (int para = 0; para < paragraphs; para++) {
            if (para > 0) {
                sb.append("\n\n");
            }
            int sentences = 1 + r.nextInt(4);
            for (int s = 0; s < sentences; s++) {
                if (s > 0) {
                    sb.append(' ');
                }
                String sentence;
                int kind = r.nextInt(100);
                if (kind < 8 && s == sentences - 1) {
                    sentence = fill(pick(r, DemoText.QUESTIONS), r, pick(r, post.topics()));
                } else if (kind < 12 && first != null) {
                    sentence = "See " + pick(r, DemoText.SOURCE_LINKS) + " for the numbers.";
                } else {
                    int t = r.nextInt(DemoText.SENTENCES.size());
                    while (used.get(t)) { // no template twice in one comment
                        t = (t + 1) % DemoText.SENTENCES.size();
                    }
                    used.set(t);
                    sentence = fill(DemoText.SENTENCES.get(t), r, pick(r, post.topics()));
                }
                if (first == null) {
                    first = sentence;
                }
                sb.append(sentence);
            }
        }
        if (r.nextInt(100) < 10) {
            sb.append(pick(r, DemoText.EMOJI));
        }
        return first;
    }

    // ---- spammers ----

    /** Recurring spam identities, four per kind, so an author's history says "spammed before". */
    private static List<List<Persona>> spammers(Random r) {
        List<List<Persona>> byKind = new ArrayList<>();
        for (SpamKind kind : SpamKind.values()) {
            List<Persona> list = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                list.add(spammer(r, kind));
            }
            byKind.add(list);
        }
        return byKind;
    }

    private static final String[] BOTNET = {"203.0.113.66", "203.0.113.67", "203.0.113.201", "198.51.100.23",
        "198.51.100.99", "2001:db8:bad:1::17", "2001:db8:bad:1::18", "192.0.2.250"};

    private static Persona spammer(Random r, SpamKind kind) {
        String domain = pick(r, DemoText.SPAM_DOMAINS);
        String handle = Long.toString(36L * 36 * 36 + r.nextInt(36 * 36 * 36 * 35), 36);
        String name;
        String email;
        String url = "https://" + domain + "/";
        switch (kind) {
            case SEO_COMPLIMENT:
                name = r.nextBoolean() ? url : pick(r, List.of("best seo services london", "SEO Agency London",
                        "Buy Backlinks Cheap", "web design dubai"));
                email = r.nextBoolean() ? "seo." + handle + "@gmail.com" : "info@" + domain;
                break;
            case CYRILLIC:
                name = pick(r, List.of("Купить диплом", "Ирина", "Сергей Прогонов", "Займы онлайн", "Дмитрий"));
                email = handle + (r.nextBoolean() ? "@mail.ru" : "@yandex.ru");
                break;
            case JUNK:
                name = pick(r, List.of("asdf", "aaaa", "qwerty", "xxx", "kkkkk"));
                email = pick(r, List.of("asdf@asdf.asdf", "", "a@a", handle + "@mailinator.com"));
                url = "";
                break;
            default:
                name = pick(r, DemoText.SPAM_NAMES);
                email = r.nextInt(5) == 0 ? "" : handle + "@" + pick(r, List.of("mail.ru", "gmail.com", domain,
                        "outlook.com"));
                break;
        }
        String ip = r.nextInt(3) > 0 ? BOTNET[r.nextInt(BOTNET.length)] : ip(r);
        return new Persona(name, email, url, ip, pick(r, DemoText.SPAM_AGENTS), "en", 0);
    }

    private Comment spam(Random r, long id, long date, PostSpec post, List<List<Persona>> spammers, Threads threads) {
        SpamKind kind = SpamKind.values()[pickWeighted(r, 20, 22, 15, 23, 12, 8)];
        Persona who = r.nextInt(100) < 55 ? pick(r, spammers.get(kind.ordinal())) : spammer(r, kind);
        int p = (int) post.id() - 1;
        int slot = r.nextInt(100) < 5 ? threads.pick(r, p) : -1; // bots reply to real comments too
        String content = switch (kind) {
            case LINKS -> linkList(r);
            case CASINO_PHARMA -> pick(r, DemoText.CASINO_PHARMA).replace("{link}", spamLink(r));
            case CRYPTO -> pick(r, DemoText.CRYPTO).replace("{link}", spamLink(r));
            case SEO_COMPLIMENT -> pick(r, DemoText.COMPLIMENTS);
            case CYRILLIC -> pick(r, DemoText.CYRILLIC_SPAM).replace("{link}", spamLink(r));
            case JUNK -> junk(r);
        };
        Status status = choose(r, 80, Status.SPAM, 14, Status.PENDING, 4, Status.TRASH, 2, Status.APPROVED);
        return new Comment(id, post.id(), slot >= 0 ? threads.id(p, slot) : 0, who.name(), who.email(), who.url(),
                who.ip(), who.agent(), 0, date, CommentType.COMMENT, content, onPost(post, status));
    }

    private static String spamLink(Random r) {
        String anchor = pick(r, DemoText.SPAM_ANCHORS);
        return "<a href=\"https://" + pick(r, DemoText.SPAM_DOMAINS) + "/?ref=" + (100 + r.nextInt(900))
                + "&amp;utm_source=comments\">" + anchor + "</a>";
    }

    private static String linkList(Random r) {
        StringBuilder sb = new StringBuilder(pick(r, List.of("Check these out:\n", "Useful resources:\n", "", "hello\n")));
        int links = 5 + r.nextInt(11);
        for (int i = 0; i < links; i++) {
            String anchor = pick(r, DemoText.SPAM_ANCHORS);
            sb.append("<a href=\"https://").append(pick(r, DemoText.SPAM_DOMAINS)).append('/')
                    .append(anchor.replace(' ', '-')).append('-').append(r.nextInt(1000)).append("\">")
                    .append(anchor).append("</a>").append(i % 3 == 2 ? "\n" : " ");
        }
        return sb.toString().strip();
    }

    private static String junk(Random r) {
        String unit = pick(r, DemoText.JUNK);
        int times = 8 + r.nextInt(50);
        boolean spaced = unit.length() > 1 && r.nextBoolean();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < times; i++) {
            sb.append(unit);
            if (spaced) {
                sb.append(' ');
            }
        }
        return sb.toString().strip();
    }

    // ---- other blogs ----

    private Comment ping(Random r, long id, long date, PostSpec post) {
        String[] blog = pick(r, DemoText.BLOGS);
        int n = 100 + r.nextInt(200);
        String title = r.nextBoolean() ? "Weekly links #" + n : "Round-up: " + pick(r, post.topics());
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(date), ZoneOffset.UTC);
        String url = String.format(Locale.ROOT, "%s/%04d/%02d/%s-%d/", blog[1], day.getYear(), day.getMonthValue(),
                title.startsWith("Weekly") ? "weekly-links" : "round-up", n);
        String blurb = fill(pick(r, DemoText.PING_BLURBS), r, pick(r, post.topics()));
        boolean pingback = r.nextInt(100) < 65;
        String ip = "198.51.100." + (200 + Math.abs(blog[0].hashCode() % 50));
        Status status = choose(r, 60, Status.APPROVED, 25, Status.PENDING, 15, Status.SPAM);
        return new Comment(id, post.id(), 0, pingback ? blog[0] + " » " + title : blog[0], "", url, ip,
                "WordPress/6.6.2; " + blog[1], 0, date, pingback ? CommentType.PINGBACK : CommentType.TRACKBACK,
                pingback ? "[&#8230;] " + blurb + " [&#8230;]" : "<strong>" + title + "</strong>\n\n" + blurb + "&#8230;",
                onPost(post, status));
    }

    // ---- helpers ----

    /** Every comment on a trashed post is post-trashed, whatever it was before. */
    private static Status onPost(PostSpec post, Status status) {
        return post.id() == TRASHED_POST ? Status.POST_TRASHED : status;
    }

    private static Status choose(Random r, Object... weightsAndValues) {
        int total = 0;
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            total += (Integer) weightsAndValues[i];
        }
        int x = r.nextInt(total);
        for (int i = 0; i < weightsAndValues.length; i += 2) {
            x -= (Integer) weightsAndValues[i];
            if (x < 0) {
                return (Status) weightsAndValues[i + 1];
            }
        }
        throw new AssertionError();
    }

    private static int pickWeighted(Random r, int... weights) {
        int x = r.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private static String firstWord(String name) {
        String s = name.strip();
        int space = s.indexOf(' ');
        return space > 0 ? s.substring(0, space) : s;
    }

    /**
     * The recent approved comments of each post, which replies answer: a bounded ring per post, so
     * memory stays flat whatever the count.
     */
    private static final class Threads {
        private static final int KEEP = 40;
        private final long[][] ids = new long[POSTS][KEEP];
        private final int[][] depths = new int[POSTS][KEEP];
        private final String[][] authors = new String[POSTS][KEEP];
        private final String[][] quotes = new String[POSTS][KEEP];
        private final int[] added = new int[POSTS];

        void add(int post, long id, int depth, String author, String quote) {
            int slot = added[post]++ % KEEP;
            ids[post][slot] = id;
            depths[post][slot] = depth;
            authors[post][slot] = author;
            quotes[post][slot] = quote;
        }

        /** A slot to answer, recent ones more likely, never one already at the deepest level; -1 if none. */
        int pick(Random r, int post) {
            int n = Math.min(added[post], KEEP);
            for (int attempt = 0; n > 0 && attempt < 3; attempt++) {
                int back = (int) (n * r.nextDouble() * r.nextDouble());
                int slot = Math.floorMod(added[post] - 1 - back, KEEP);
                if (depths[post][slot] < MAX_DEPTH) {
                    return slot;
                }
            }
            return -1;
        }

        long id(int post, int slot) {
            return ids[post][slot];
        }

        int depth(int post, int slot) {
            return depths[post][slot];
        }

        String author(int post, int slot) {
            return authors[post][slot];
        }

        String quote(int post, int slot) {
            return quotes[post][slot];
        }
    }
}
