package dev.moddesk.app.demo;

import static dev.moddesk.app.demo.DemoText.fill;
import static dev.moddesk.app.demo.DemoText.pick;

import dev.moddesk.core.Comment;
import dev.moddesk.core.CommentType;
import dev.moddesk.core.Status;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/** The demo's three kinds of comment: readers' discussion (and some abuse), spam, and pings from other blogs. */
final class DemoComments {
    private DemoComments() {
    }

    static Comment legit(Random r, long id, long date, DemoPost post, List<DemoPeople.Persona> regulars, DemoThreads threads) {
        int p = (int) post.id() - 1;
        boolean editor = r.nextInt(100) < 3;
        boolean abusive = !editor && r.nextInt(100) < 5;
        int slot = r.nextInt(100) < (editor ? 85 : 40) ? threads.pick(r, p) : -1;
        DemoPeople.Persona who = editor ? DemoPeople.EDITOR
                : r.nextInt(100) < 35 ? DemoPeople.stranger(r)
                : regulars.get((int) (regulars.size() * StrictMath.pow(r.nextDouble(), 1.6)));
        if (slot >= 0 && who.name().equals(threads.author(p, slot))) {
            who = DemoPeople.stranger(r); // nobody answers themselves
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
    private static String discussion(Random r, DemoPost post, DemoPeople.Persona who, StringBuilder sb) {
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

    static Comment spam(Random r, long id, long date, DemoPost post, List<List<DemoPeople.Persona>> spammers, DemoThreads threads) {
        DemoPeople.SpamKind kind = DemoPeople.SpamKind.values()[pickWeighted(r, 20, 22, 15, 23, 12, 8)];
        DemoPeople.Persona who = r.nextInt(100) < 55 ? pick(r, spammers.get(kind.ordinal())) : DemoPeople.spammer(r, kind);
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

    static Comment ping(Random r, long id, long date, DemoPost post) {
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

    /** Every comment on a trashed post is post-trashed, whatever it was before. */
    private static Status onPost(DemoPost post, Status status) {
        return post.id() == DemoData.TRASHED_POST ? Status.POST_TRASHED : status;
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
}
