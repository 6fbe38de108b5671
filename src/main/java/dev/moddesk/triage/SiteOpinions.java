package dev.moddesk.triage;

import dev.moddesk.core.CommentMeta;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the site's own spam filters said of a comment, read from its comment meta as WordPress exports it:
 * Akismet's verdict ({@code akismet_result} "true"/"false", and the events of {@code akismet_history}: check-spam,
 * check-ham, report-spam by a moderator, status-changed-spam...) and Antispam Bee's reason
 * ({@code antispam_bee_reason}). Meta it does not know, or cannot read, adds nothing.
 */
public final class SiteOpinions {
    static final double AKISMET_SPAM = 3.0;
    static final double AKISMET_HAM = -1.5;
    static final double MODERATOR_SPAM = 2.5;
    static final double MODERATOR_HAM = -2.5;
    static final double ANTISPAM_BEE = 3.0;
    /** A history time beyond the year 9999 is junk, not a date. */
    private static final double LATEST = 253_402_300_799d;

    private static final Set<String> CHECK_SPAM = Set.of("check-spam", "recheck-spam", "cron-retry-spam", "webhook-spam");
    private static final Set<String> CHECK_HAM = Set.of("check-ham", "recheck-ham", "cron-retry-ham", "webhook-ham");
    private static final Set<String> MARKED_SPAM = Set.of("report-spam", "status-changed-spam");
    private static final Set<String> MARKED_HAM = Set.of("report-ham", "status-changed-approved");

    private SiteOpinions() {
    }

    /** One event of {@code akismet_history}; {@code time} in epoch seconds, or 0 when it has none. */
    private record Event(String event, String user, double time) { }

    public static List<Evidence> of(List<CommentMeta> meta) {
        List<Evidence> out = new ArrayList<>();
        List<Event> history = history(meta);
        akismet(meta, history).ifPresent(out::add);
        moderator(history).ifPresent(out::add);
        for (CommentMeta m : meta) {
            if (m.key().equals("antispam_bee_reason") && !m.value().isBlank()) {
                out.add(new Evidence("Antispam Bee flagged it: " + antispamBeeReason(m.value().strip()), ANTISPAM_BEE));
            }
        }
        return out;
    }

    /**
     * The user agent Akismet was sent with the comment ({@code akismet_as_submitted}), for a comment whose source did
     * not carry one (WXR has none); empty when there is none.
     */
    public static Optional<String> submittedUserAgent(List<CommentMeta> meta) {
        for (CommentMeta m : meta) {
            if (m.key().equals("akismet_as_submitted")) {
                Optional<String> agent = submittedUserAgent(m.value());
                if (agent.isPresent()) {
                    return agent;
                }
            }
        }
        return Optional.empty();
    }

    /** The user agent in one {@code akismet_as_submitted} value (PHP-serialised); empty when it has none. */
    public static Optional<String> submittedUserAgent(String akismetAsSubmitted) {
        return PhpSerialized.array(akismetAsSubmitted).map(a -> a.get("user_agent"))
                .filter(String.class::isInstance).map(String.class::cast).filter(s -> !s.isBlank());
    }

    private static Optional<Evidence> akismet(List<CommentMeta> meta, List<Event> history) {
        Boolean spam = null;
        for (CommentMeta m : meta) {
            if (m.key().equals("akismet_result")) {
                String v = m.value().strip();
                spam = v.equals("true") ? Boolean.TRUE : v.equals("false") ? Boolean.FALSE : spam;
            }
        }
        Event lastCheck = null;
        for (Event e : history) {
            if (CHECK_SPAM.contains(e.event()) || CHECK_HAM.contains(e.event())) {
                lastCheck = lastCheck == null || e.time() >= lastCheck.time() ? e : lastCheck;
            }
        }
        if (spam == null && lastCheck != null) {
            spam = CHECK_SPAM.contains(lastCheck.event());
        }
        if (spam == null) {
            return Optional.empty();
        }
        String when = lastCheck != null && lastCheck.time() > 0 && CHECK_SPAM.contains(lastCheck.event()) == spam
                ? ", " + day(lastCheck.time()) : "";
        return Optional.of(spam ? new Evidence("Akismet said spam on the site" + when, AKISMET_SPAM)
                : new Evidence("Akismet said not spam on the site" + when, AKISMET_HAM));
    }

    /** The last time a person on the site marked the comment, as Akismet's history recorded it. */
    private static Optional<Evidence> moderator(List<Event> history) {
        Event last = null;
        for (Event e : history) {
            if ((MARKED_SPAM.contains(e.event()) || MARKED_HAM.contains(e.event())) && !e.user().isBlank()
                    && (last == null || e.time() >= last.time())) {
                last = e;
            }
        }
        if (last == null) {
            return Optional.empty();
        }
        String who = "a moderator on the site (" + last.user() + ")";
        return Optional.of(MARKED_SPAM.contains(last.event())
                ? new Evidence(who + " marked it spam (Akismet history)", MODERATOR_SPAM)
                : new Evidence(who + " marked it not spam (Akismet history)", MODERATOR_HAM));
    }

    private static List<Event> history(List<CommentMeta> meta) {
        List<Event> out = new ArrayList<>();
        for (CommentMeta m : meta) {
            if (!m.key().equals("akismet_history")) {
                continue;
            }
            Optional<Map<Object, Object>> entry = PhpSerialized.array(m.value());
            if (entry.isEmpty() || !(entry.get().get("event") instanceof String event)) {
                continue; // Akismet before 3.0 kept only a message in words
            }
            Object user = entry.get().get("user");
            Object time = entry.get().get("time");
            out.add(new Event(event, user instanceof String u ? u : "",
                    time instanceof Number n && n.doubleValue() > 0 && n.doubleValue() < LATEST ? n.doubleValue() : 0));
        }
        return out;
    }

    private static String day(double epochSeconds) {
        return Instant.ofEpochSecond((long) epochSeconds).atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }

    /** Antispam Bee's reason codes in words (its own labels, from antispam_bee.php). */
    static String antispamBeeReason(String code) {
        switch (code) {
            case "css": return "CSS hack";
            case "time": return "sent too fast";
            case "empty": return "empty data";
            case "server": return "fake IP";
            case "localdb": return "already spam on the site";
            case "country": return "country check";
            case "lang": return "comment language";
            case "regexp": return "spam pattern";
            case "bbcode": return "BBCode";
            case "dnsbl": return "DNS blocklist";
            case "title_is_name": return "name is the post's title";
            case "manual": return "marked by hand";
            default: return code;
        }
    }
}
