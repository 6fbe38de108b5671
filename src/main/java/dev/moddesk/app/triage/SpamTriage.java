package dev.moddesk.app.triage;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.Comment;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Status;
import dev.moddesk.core.Verdict;
import dev.moddesk.store.Database;
import dev.moddesk.store.TriageSettings;
import dev.moddesk.store.TriageStore;
import dev.moddesk.triage.AutoSpam;
import dev.moddesk.triage.CommentFacts;
import dev.moddesk.triage.CrossValidation;
import dev.moddesk.triage.DiscussionRuleChecker;
import dev.moddesk.triage.Evidence;
import dev.moddesk.triage.Evaluation;
import dev.moddesk.triage.Example;
import dev.moddesk.triage.KnownComments;
import dev.moddesk.triage.RuleSubject;
import dev.moddesk.triage.SpamModel;
import dev.moddesk.triage.Triage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

/**
 * Learns from the comments decided approved (ham) or spam and gives every pending comment a verdict. The newest
 * {@link #MAX_EXAMPLES} decisions are enough to learn from and keep a million-comment database's run in memory.
 * The trained model is kept in the database and reused while the decisions are the same ones (training is
 * deterministic: it would learn the same again). {@link #score} only reads (on connections of its own),
 * so it may run beside the writer; {@link #save} writes through the writer connection.
 */
public final class SpamTriage {
    /** The most decisions one training reads, newest first. */
    public static final int MAX_EXAMPLES = 200_000;
    /**
     * Comments judged together (one read of their site meta), and verdicts per transaction (a decision in the desk
     * never waits long behind them).
     */
    public static final int BATCH = 5_000;

    private final Database db;
    private final TriageStore store;
    private final TriageRules rules;
    private final SiteKnowledge site;
    private final TriageSettings settings;

    public SpamTriage(Database db) {
        this.db = db;
        this.store = new TriageStore(db);
        this.rules = new TriageRules(db);
        this.site = new SiteKnowledge(db);
        this.settings = new TriageSettings(db);
    }

    /** Learns, scores and saves, as the command line does: on the writer's thread. */
    public TriageSummary scorePending(Rescore which, BooleanSupplier cancelled) {
        Scoring s = score(which, cancelled);
        for (Map<Long, Verdict> batch : batches(s.verdicts())) {
            save(batch);
        }
        saveModel(s);
        return summary(s, autoSpam());
    }

    /** Whether (and from which score) the triage marks spam by itself. */
    public AutoSpam autoSpamSetting() {
        return settings.autoSpam();
    }

    /** Switches auto-spam on or off; on the writer's thread. */
    public void saveAutoSpam(AutoSpam autoSpam) {
        settings.saveAutoSpam(autoSpam);
    }

    /**
     * When auto-spam is on, marks spam every pending comment scoring at least its threshold that no one has decided
     * before (what a moderator put back stays back): one decision, one undo step, audit-logged as the triage's
     * ({@link AutoSpam#moderator()}). On the writer's thread; returns how many.
     */
    public long autoSpam() {
        AutoSpam a = settings.autoSpam();
        if (!a.on()) {
            return 0;
        }
        List<Long> ids = store.undecidedAtOrAbove(a.threshold());
        return ids.isEmpty() ? 0 : new Moderation(db, a::moderator).decide(ids, ModerationAction.SPAM).changed();
    }

    /**
     * Learns from the decisions and scores the pending comments ({@code which} of them), writing nothing; throws
     * {@link CancellationException} when {@code cancelled}.
     */
    public Scoring score(Rescore which, BooleanSupplier cancelled) {
        long started = System.nanoTime();
        if (which != Rescore.ALL && nothingNew(which)) {
            return new Scoring(Map.of(), 0, 0, 0, 0, started, null);
        }
        Decisions decided = decided(cancelled);
        SpamModel saved = savedModel(decided.hash());
        Triage triage = saved != null ? new Triage(saved, KnownComments.of(decided.examples()))
                : Triage.learn(decided.examples());
        byte[] trained = saved == null && triage.model() != null ? triage.model().toBytes() : null;
        boolean unscoredOnly = which == Rescore.UNSCORED || which == Rescore.ALL_WHEN_DECISIONS_CHANGED && saved != null;
        Judging judging = new Judging(triage, rules.checker(), decided.approvedAuthors());
        List<TriageStore.Row> batch = new ArrayList<>();
        store.eachPending(unscoredOnly, row -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("triage cancelled");
            }
            batch.add(row);
            if (batch.size() == BATCH) {
                judging.judge(batch, site.evidence(ids(batch)));
                batch.clear();
            }
            return true;
        });
        judging.judge(batch, site.evidence(ids(batch)));
        return new Scoring(judging.verdicts, judging.scored, judging.likelySpam, decided.examples().size(),
                decided.hash(), started, trained);
    }

    private static List<Long> ids(List<TriageStore.Row> rows) {
        List<Long> ids = new ArrayList<>(rows.size());
        for (TriageStore.Row r : rows) {
            ids.add(r.id());
        }
        return ids;
    }

    /**
     * Judges pending comments with the model, the discussion rules and what the site's filters said, keeping the
     * verdicts that differ from the saved ones.
     */
    private static final class Judging {
        final Triage triage;
        final DiscussionRuleChecker rules;
        final Set<String> approvedAuthors;
        final Map<Long, Verdict> verdicts = new HashMap<>();
        long scored;
        long likelySpam;

        Judging(Triage triage, DiscussionRuleChecker rules, Set<String> approvedAuthors) {
            this.triage = triage;
            this.rules = rules;
            this.approvedAuthors = approvedAuthors;
        }

        /** Judges {@code rows} on every core (the triage and the rules are safe to share), then keeps the news. */
        void judge(List<TriageStore.Row> rows, Map<Long, List<Evidence>> fromSite) {
            List<Verdict> judged = rows.parallelStream()
                    .map(row -> judge(row, fromSite.getOrDefault(row.id(), List.of())))
                    .collect(Collectors.toList());
            for (int i = 0; i < rows.size(); i++) {
                Verdict v = judged.get(i);
                if (!rows.get(i).hasVerdict(v)) {
                    verdicts.put(rows.get(i).id(), v);
                }
                scored++;
                if (v.score() >= Triage.DEFAULT_THRESHOLD) {
                    likelySpam++;
                }
            }
        }

        private Verdict judge(TriageStore.Row row, List<Evidence> fromSite) {
            Comment c = row.comment();
            List<Evidence> extra = new ArrayList<>(rules.check(new RuleSubject(c.author(), c.email(), c.url(), c.ip(),
                    c.agent(), c.content(), c.type(), approvedAuthors.contains(author(c.author(), c.email()))))
                    .evidence());
            extra.addAll(fromSite);
            return triage.judge(CommentFacts.of(c), extra);
        }
    }

    /** An author as WordPress looks for an earlier approved comment: name and email, case aside (MySQL's collation). */
    private static String author(String name, String email) {
        return name.toLowerCase(Locale.ROOT) + "\u0000" + email.toLowerCase(Locale.ROOT);
    }

    /**
     * True when a run of {@code which} would judge nothing: no pending comment lacks a verdict and (unless only those
     * are asked for) the decisions are the ones the saved model learned from. Reads no text, so a desk opening on a
     * big database spends no seconds finding that out.
     */
    private boolean nothingNew(Rescore which) {
        if (store.anyUnscoredPending()) {
            return false;
        }
        if (which == Rescore.UNSCORED) {
            return true;
        }
        long[] hash = {HASH_SEED};
        store.eachDecision(MAX_EXAMPLES, (id, spam) -> hash[0] = hashStep(hash[0], id, spam));
        return store.modelDecisions().stream().anyMatch(saved -> saved == hash[0]);
    }

    private static final long HASH_SEED = 17;

    private static long hashStep(long hash, long id, boolean spam) {
        return hash * 1_000_003 + id * 2 + (spam ? 1 : 0);
    }

    /** The saved model when it learned from exactly these decisions; else null (train anew). */
    private SpamModel savedModel(long decisions) {
        try {
            return store.model().filter(m -> m.decisions() == decisions).map(m -> SpamModel.fromBytes(m.model()))
                    .orElse(null);
        } catch (RuntimeException unreadable) {
            return null; // a model from another version or a damaged row: train a new one
        }
    }

    /** Keeps the model {@code s} trained, if it trained one. */
    public void saveModel(Scoring s) {
        if (s.trainedModel() != null) {
            store.saveModel(s.trainedModel(), s.learnedFrom(), s.decisions());
        }
    }

    /** Writes {@code verdicts} in one transaction: call it with batches of at most {@link #BATCH}. */
    public void save(Map<Long, Verdict> verdicts) {
        store.saveVerdicts(verdicts);
    }

    /** The verdicts of {@code s} in batches of {@link #BATCH}. */
    public static List<Map<Long, Verdict>> batches(Map<Long, Verdict> verdicts) {
        List<Map<Long, Verdict>> batches = new ArrayList<>();
        Map<Long, Verdict> batch = new LinkedHashMap<>();
        for (Map.Entry<Long, Verdict> e : verdicts.entrySet()) {
            batch.put(e.getKey(), e.getValue());
            if (batch.size() == BATCH) {
                batches.add(batch);
                batch = new LinkedHashMap<>();
            }
        }
        if (!batch.isEmpty()) {
            batches.add(batch);
        }
        return batches;
    }

    public static TriageSummary summary(Scoring s, long autoSpammed) {
        return new TriageSummary(s.scored(), s.likelySpam(), s.learnedFrom(), autoSpammed,
                (System.nanoTime() - s.startedNanos()) / 1e9);
    }

    /** What {@code threshold} would have caught among the comments decided so far. */
    public ThresholdCheck check(double threshold) {
        long[] caught = store.decidedAtOrAbove(threshold);
        return new ThresholdCheck(threshold, caught[1], caught[0]);
    }

    /** Stratified {@code folds}-fold cross-validation over the decided comments: no comment scored by what saw it. */
    public Evaluation evaluate(int folds) {
        List<Example> decided = decided(() -> false).examples();
        long spam = decided.stream().filter(Example::spam).count();
        long ham = decided.size() - spam;
        if (spam < folds || ham < folds) {
            throw new TriageException(String.format("%d-fold cross-validation needs at least %d approved and %d spam "
                    + "comments; the database has %d and %d", folds, folds, folds, ham, spam));
        }
        return CrossValidation.run(decided, folds, 1L);
    }

    /**
     * The decisions to learn from, a hash of which comments they are and how each was decided, and the authors
     * (name and email) with an approved comment among them.
     */
    private record Decisions(List<Example> examples, long hash, Set<String> approvedAuthors) { }

    private Decisions decided(BooleanSupplier cancelled) {
        List<Example> examples = new ArrayList<>();
        Set<String> approvedAuthors = new HashSet<>();
        long[] hash = {HASH_SEED};
        store.eachDecided(MAX_EXAMPLES, row -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("triage cancelled");
            }
            boolean spam = row.status() == Status.SPAM;
            Comment c = row.comment();
            examples.add(new Example(CommentFacts.of(c), spam));
            if (!spam) {
                approvedAuthors.add(author(c.author(), c.email()));
            }
            hash[0] = hashStep(hash[0], row.id(), spam);
            return true;
        });
        return new Decisions(examples, hash[0], approvedAuthors);
    }
}
