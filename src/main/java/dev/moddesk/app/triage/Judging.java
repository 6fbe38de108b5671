package dev.moddesk.app.triage;

import dev.moddesk.core.Comment;
import dev.moddesk.core.Verdict;
import dev.moddesk.store.TriageStore;
import dev.moddesk.triage.ActiveCode;
import dev.moddesk.triage.DiscussionRuleChecker;
import dev.moddesk.triage.Evidence;
import dev.moddesk.triage.RuleSubject;
import dev.moddesk.triage.Triage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Judges pending comments with the model, the discussion rules and what the site's filters said, keeping the
 * verdicts that differ from the saved ones.
 */
final class Judging {
    private final Triage triage;
    private final DiscussionRuleChecker rules;
    private final Set<String> approvedAuthors;

    Judging(Triage triage, DiscussionRuleChecker rules, Set<String> approvedAuthors) {
        this.triage = triage;
        this.rules = rules;
        this.approvedAuthors = approvedAuthors;
    }

    /** How many comments were judged, and how many of them are likely spam. */
    record Counts(long scored, long likelySpam) {
        static final Counts NONE = new Counts(0, 0);

        Counts plus(Counts other) {
            return new Counts(scored + other.scored, likelySpam + other.likelySpam);
        }
    }

    /** A batch judged: the verdicts that differ from the saved ones, and its counts. */
    private record Judged(Map<Long, Verdict> news, Counts counts) { }

    /** Judges every batch {@code pending} reads, handing each batch's news to {@code keep} on this thread. */
    Counts judgeAll(PendingReader pending, Consumer<Map<Long, Verdict>> keep) {
        Counts counts = new Counts(0, 0);
        for (PendingReader.Batch batch = pending.next(); batch != null; batch = pending.next()) {
            counts = counts.plus(kept(judge(batch), keep));
        }
        return counts;
    }

    private static Counts kept(Judged judged, Consumer<Map<Long, Verdict>> keep) {
        if (!judged.news().isEmpty()) {
            keep.accept(judged.news());
        }
        return judged.counts();
    }

    /** Judges a batch on every core (the triage and the rules are safe to share). */
    private Judged judge(PendingReader.Batch batch) {
        List<TriageStore.Row> rows = batch.rows();
        List<Verdict> judged = IntStream.range(0, rows.size()).parallel()
                .mapToObj(i -> judge(rows.get(i), batch.weighings().get(i), batch.readings().get(i),
                        batch.fromSite().getOrDefault(rows.get(i).id(), List.of())))
                .collect(Collectors.toList());
        Map<Long, Verdict> news = new HashMap<>();
        long likelySpam = 0;
        for (int i = 0; i < rows.size(); i++) {
            Verdict v = judged.get(i);
            if (!rows.get(i).hasVerdict(v)) {
                news.put(rows.get(i).id(), v);
            }
            if (v.score() >= Triage.DEFAULT_THRESHOLD) {
                likelySpam++;
            }
        }
        return new Judged(news, new Counts(rows.size(), likelySpam));
    }

    /** The verdict on {@code row}, from its {@code weighing} when it has one, else from its {@code reading}. */
    private Verdict judge(TriageStore.Row row, Triage.Weighing weighing, Triage.Reading reading,
                          List<Evidence> fromSite) {
        Comment c = row.comment();
        List<Evidence> extra = evidence(rules, c, approvedAuthors.contains(SpamTriage.author(c.author(), c.email())),
                fromSite);
        return weighing != null ? weighing.verdict(extra) : triage.judge(reading, extra);
    }

    /**
     * What a verdict on {@code c} adds to the model's sums: the discussion rules' evidence ({@code approvedAuthor}:
     * whether its author has an approved comment), code in its markup, then the site's filters'.
     */
    static List<Evidence> evidence(DiscussionRuleChecker rules, Comment c, boolean approvedAuthor,
                                   List<Evidence> fromSite) {
        List<Evidence> extra = new ArrayList<>(rules.check(new RuleSubject(c.author(), c.email(), c.url(), c.ip(),
                c.agent(), c.content(), c.type(), approvedAuthor)).evidence());
        ActiveCode.in(c.content()).ifPresent(extra::add);
        extra.addAll(fromSite);
        return extra;
    }
}
