package dev.moddesk.app.triage;

import dev.moddesk.app.moderation.Moderation;
import dev.moddesk.core.ModerationAction;
import dev.moddesk.core.Verdict;
import dev.moddesk.store.Database;
import dev.moddesk.store.TriageSettings;
import dev.moddesk.store.TriageStore;
import dev.moddesk.triage.AutoSpam;
import dev.moddesk.triage.CommentFacts;
import dev.moddesk.triage.CrossValidation;
import dev.moddesk.triage.DiscussionRuleChecker;
import dev.moddesk.triage.Evaluation;
import dev.moddesk.triage.Example;
import dev.moddesk.triage.KnownComments;
import dev.moddesk.triage.SpamModel;
import dev.moddesk.triage.TextPrint;
import dev.moddesk.triage.Triage;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

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
    private final int quickExamples;
    private final int fewestOfEach;

    public SpamTriage(Database db) {
        this(db, QUICK_EXAMPLES, Triage.FEWEST_OF_EACH);
    }

    /**
     * With quick models of {@code quickExamples} decisions, and a model once there are {@code fewestOfEach} decisions
     * of each kind (tests show the quick path on a small database).
     */
    SpamTriage(Database db, int quickExamples, int fewestOfEach) {
        this.quickExamples = quickExamples;
        this.fewestOfEach = fewestOfEach;
        this.db = db;
        this.store = new TriageStore(db);
        this.rules = new TriageRules(db);
        this.site = new SiteKnowledge(db);
        this.settings = new TriageSettings(db);
    }

    /** Learns, scores and saves, as the command line does: on the writer's thread. */
    public TriageSummary scorePending(Rescore which, BooleanSupplier cancelled) {
        return saved(score(which, cancelled, null, this::save, System.nanoTime()));
    }

    /**
     * Starts reading what an import writes: hand it to {@link dev.moddesk.app.importing.Importer#heardBy} before the
     * import, then to {@link #scoreImported} after it (closing it either way).
     */
    public ImportTriage hearImport() {
        return new ImportTriage(quickExamples, fewestOfEach, store.modelDecisions().isEmpty(), !store.anyComments(),
                rules.checker());
    }

    /**
     * Scores the comments an import brought ({@link Rescore#UNSCORED}) with what {@code heard} read while it wrote,
     * and saves, as {@link #scorePending} does: on the writer's thread, once the import is done. The summary counts
     * the verdicts {@code heard} wrote with the files too.
     */
    public TriageSummary scoreImported(ImportTriage heard, BooleanSupplier cancelled) {
        // what the listener still had to judge, and the verdicts written before each file committed, count as the
        // scoring's time
        long started = System.nanoTime() - heard.judgingNanos();
        heard.finish();
        return saved(withWrittenBefore(score(Rescore.UNSCORED, cancelled, heard, this::save, started), heard));
    }

    /** {@code after} counting the verdicts {@code heard} wrote with the files, and the quick model that judged them. */
    private static Scoring withWrittenBefore(Scoring after, ImportTriage heard) {
        Judging.Counts before = heard.judgedBeforeCommit();
        Triage quick = heard.quickTriage();
        int learnedFrom = after.scored() == 0 && before.scored() > 0 && quick != null && quick.model() != null
                ? quick.model().examples() : after.learnedFrom();
        return new Scoring(after.verdicts(), after.scored() + before.scored(), after.likelySpam() + before.likelySpam(),
                learnedFrom, after.decisions(), after.startedNanos(), after.trainedModel(), after.prints());
    }

    /** Keeps the model and prints of {@code s}, whose verdicts were saved as they came, and runs auto-spam. */
    private TriageSummary saved(Scoring s) {
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
     *
     * <p>How it learns depends on what is saved. The saved model, when it learned from exactly these decisions, is
     * used again. Else a full run learns from every decision (the newest {@link #MAX_EXAMPLES}) and keeps the model.
     * Scoring only the comments an import or a pull just brought ({@link Rescore#UNSCORED}) must add little to the
     * import (a quarter of its time at most), so with more than {@link #QUICK_EXAMPLES} decisions it learns nothing in
     * full: it judges with the saved model even though that learned from older decisions, or, when there is none yet
     * (a first import), with a quick model of the newest {@link #QUICK_EXAMPLES} decisions (or, for an import that
     * {@link ImportTriage} heard, of the first that many it brought, learnt and used while it wrote). Either way it
     * keeps no model, so the saved one does not match the decisions, and the next full run (the desk's background
     * triage at its start, or {@code triage}) learns from every decision and judges every pending comment again.
     * Every comment judged gets its score and reasons all the same; they only come from fewer decisions until then.
     *
     * <p>The author's history and the near-duplicates come from every decision read, by the prints of their texts
     * that earlier runs kept ({@link TextPrint}); a decision without one has its text read and its print worked out
     * (to be kept by {@link #saveModel}), except that a quick run reads only the texts it learns from.
     */
    public Scoring score(Rescore which, BooleanSupplier cancelled) {
        return score(which, cancelled, null, null, System.nanoTime());
    }

    /**
     * As {@link #score(Rescore, BooleanSupplier)}, using what {@code heard} (when not null) read during an import, and
     * handing the verdicts of each batch judged to {@code saving} (when not null: on this thread, the writer's) while
     * the next batches are read; the verdicts it took are not in the result. Its time counts from {@code started}.
     */
    private Scoring score(Rescore which, BooleanSupplier cancelled, ImportTriage heard,
                          Consumer<Map<Long, Verdict>> saving, long started) {
        boolean unscored = store.anyUnscoredPending();
        if (which == Rescore.UNSCORED && !unscored) {
            return new Scoring(Map.of(), 0, 0, 0, 0, started, null, List.of());
        }
        long[] seen = which == Rescore.UNSCORED ? quickCount() : null;
        // with no model saved, there is no model to compare the decisions with: a full run hashes them as it reads
        // them to learn (hashing them first took a second read, sorted, of every decision)
        OptionalLong modelOf = store.modelDecisions();
        if (seen == null && modelOf.isPresent()) {
            seen = decisionsSeen();
        }
        if (which == Rescore.ALL_WHEN_DECISIONS_CHANGED && !unscored && seen != null) {
            long hash = seen[0];
            if (modelOf.stream().anyMatch(saved -> saved == hash)) {
                return new Scoring(Map.of(), 0, 0, 0, 0, started, null, List.of());
            }
        }
        Saved stored = savedModel();
        if (stored != null && (seen == null || seen[0] == NOT_HASHED)) {
            seen = decisionsSeen(); // whether the saved model learnt from these decisions
        }
        boolean current = stored != null && stored.decisions() == seen[0];
        boolean quickly = which == Rescore.UNSCORED && seen != null && seen[1] > quickExamples;
        Learning learning = current || quickly && stored != null ? Learning.SAVED
                : quickly ? Learning.QUICK : Learning.FULL;
        boolean unscoredOnly = which == Rescore.UNSCORED || which == Rescore.ALL_WHEN_DECISIONS_CHANGED && current;
        // the import's quick model weighed what it heard; else what it read is all that is of use
        Triage quickTriage = learning == Learning.QUICK && heard != null ? heard.quickTriage() : null;
        try (PendingReader pending = new PendingReader(store, site, unscoredOnly, cancelled, heard,
                quickTriage != null)) {
            DiscussionRuleChecker checker = rules.checker();
            boolean needApprovedAuthors = checker.rules().previouslyApproved();
            Decisions decided = quickTriage != null ? heard(heard, quickTriage, needApprovedAuthors)
                    : decided(learning, cancelled, needApprovedAuthors, seen == null ? 0 : seen[1],
                            saving != null ? this::keepPrints : null);
            Triage triage;
            int learnedFrom;
            byte[] trained = null;
            if (learning == Learning.SAVED) {
                triage = new Triage(stored.model(), decided.known());
                learnedFrom = current ? decided.count() : stored.model().examples();
            } else {
                triage = new Triage(decided.model(), decided.known());
                learnedFrom = decided.learnedFrom();
                if (learning == Learning.FULL && triage.model() != null) {
                    trained = triage.model().toBytes();
                }
            }
            Map<Long, Verdict> kept = new HashMap<>();
            Judging.Counts counts = new Judging(triage, checker, decided.approvedAuthors())
                    .judgeAll(pending, saving != null ? saving : kept::putAll);
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("triage cancelled");
            }
            return new Scoring(kept, counts.scored(), counts.likelySpam(), learnedFrom,
                    seen == null ? decided.hash() : seen[0], started,
                    trained, decided.newPrints());
        }
    }

    /**
     * The newest decisions a quick model learns from: a few thousand teach a linear model most of what it learns
     * from tens of thousands, in well under a second on two cores (reading, analysing and fitting them).
     */
    static final int QUICK_EXAMPLES = 5_000;

    /**
     * Fewer decided comments than this with the verdict they had before their decision, and a threshold is tried by
     * cross-validating the newest {@link #CHECK_EXAMPLES} decisions instead: a few comments tell too little.
     */
    static final int FEWEST_KEPT_SCORES = 50;
    /** Decisions a threshold is cross-validated on: 5 models of 1,600 decisions, 0.5-1 s on one core here. */
    static final int CHECK_EXAMPLES = 2_000;
    static final int CHECK_FOLDS = 5;

    /** Where a run's model comes from (see {@link #score}). */
    private enum Learning {
        /** The saved model. */
        SAVED,
        /** A model of the newest {@link #QUICK_EXAMPLES} decisions, not kept. */
        QUICK,
        /** A model of every decision, kept. */
        FULL
    }

    /** Adds every author (as {@link #author} keys them) with an approved comment in the database to {@code into}. */
    private void readApprovedAuthors(Set<String> into) {
        store.eachApprovedAuthor((name, email) -> into.add(author(name, email)));
    }

    /** An author as WordPress looks for an earlier approved comment: name and email, case aside (MySQL's collation). */
    static String author(String name, String email) {
        return name.toLowerCase(Locale.ROOT) + "\u0000" + email.toLowerCase(Locale.ROOT);
    }

    /**
     * The hash of which comments the decisions are and how each went, and how many there are (reads no text, so a
     * desk opening on a big database learns cheaply that nothing changed).
     */
    private long[] decisionsSeen() {
        long[] seen = {HASH_SEED, 0};
        store.eachDecision(MAX_EXAMPLES, (id, spam) -> {
            seen[0] = hashStep(seen[0], id, spam);
            seen[1]++;
        });
        return seen;
    }

    private static final long HASH_SEED = 17;
    /** In place of the hash where a run needs none: a quick run with no saved model keeps no model. */
    private static final long NOT_HASHED = 0;

    /**
     * For scoring what an import brought: when it will learn quickly from the newest decisions (more of them than a
     * quick model learns from), how many there are, without the hash (which sorts them all); else null.
     */
    private long[] quickCount() {
        int count = store.countDecisions(MAX_EXAMPLES);
        return count > quickExamples ? new long[] {NOT_HASHED, count} : null;
    }

    private static long hashStep(long hash, long id, boolean spam) {
        return hash * 1_000_003 + id * 2 + (spam ? 1 : 0);
    }

    /** The saved model and the hash of the decisions it learned from. */
    private record Saved(SpamModel model, long decisions) { }

    /** The saved model; null when there is none or it is unreadable (train a new one). */
    private Saved savedModel() {
        try {
            return store.model().map(m -> new Saved(SpamModel.fromBytes(m.model()), m.decisions())).orElse(null);
        } catch (RuntimeException unreadable) {
            return null; // a model from another version or a damaged row: train a new one
        }
    }

    /** Keeps the model {@code s} trained, if it trained one, and the prints of decided texts it worked out. */
    public void saveModel(Scoring s) {
        if (s.trainedModel() != null) {
            store.saveModel(s.trainedModel(), s.learnedFrom(), s.decisions());
        }
        keepPrints(s.prints());
    }

    private void keepPrints(List<TriageStore.PrintOf> prints) {
        if (!prints.isEmpty()) {
            store.savePrints(prints, TextPrint.VERSION);
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

    /**
     * What {@code threshold} would have caught among the comments decided so far: those that kept the verdict they
     * had before their decision; when too few did, the newest {@link #CHECK_EXAMPLES} decisions, cross-validated.
     */
    public ThresholdCheck check(double threshold) {
        TriageStore.ScoresKept kept = store.decidedScores(threshold);
        if (kept.approvedScored() + kept.spamScored() >= FEWEST_KEPT_SCORES) {
            return new ThresholdCheck(threshold, ThresholdCheck.Basis.KEPT_SCORES, kept.spamAtOrAbove(),
                    kept.spamScored(), kept.approvedAtOrAbove(), kept.approvedScored());
        }
        List<Example> decided = allDecided(CHECK_EXAMPLES);
        long spam = decided.stream().filter(Example::spam).count();
        long approved = decided.size() - spam;
        if (spam < CHECK_FOLDS || approved < CHECK_FOLDS) {
            return new ThresholdCheck(threshold, ThresholdCheck.Basis.NONE, 0, spam, 0, approved);
        }
        double[] scores = CrossValidation.scores(decided, CHECK_FOLDS, 1L);
        long spamCaught = 0;
        long approvedCaught = 0;
        for (int i = 0; i < scores.length; i++) {
            if (scores[i] >= threshold) {
                spamCaught += decided.get(i).spam() ? 1 : 0;
                approvedCaught += decided.get(i).spam() ? 0 : 1;
            }
        }
        return new ThresholdCheck(threshold, ThresholdCheck.Basis.CROSS_VALIDATED, spamCaught, spam, approvedCaught,
                approved);
    }

    /** Stratified {@code folds}-fold cross-validation over the decided comments: no comment scored by what saw it. */
    public Evaluation evaluate(int folds) {
        List<Example> decided = allDecided();
        long spam = decided.stream().filter(Example::spam).count();
        long ham = decided.size() - spam;
        if (spam < folds || ham < folds) {
            throw new TriageException(String.format("%d-fold cross-validation needs at least %d approved and %d spam "
                    + "comments; the database has %d and %d", folds, folds, folds, ham, spam));
        }
        return CrossValidation.run(decided, folds, 1L);
    }

    /**
     * The decisions a run reads: the model learnt from them (null when it uses the saved model or there was nothing
     * to learn), what they tell about other comments, the authors (name and email) with an approved comment among
     * them, how many were read and learnt from, the hash of those read (as {@link #decisionsSeen} hashes them; not
     * of an import's heard decisions), and the prints it worked out that were not kept yet.
     */
    private record Decisions(SpamModel model, int learnedFrom, KnownComments known, Set<String> approvedAuthors,
                             int count, long hash, List<TriageStore.PrintOf> newPrints) { }

    /**
     * Reads the decisions and learns from them. Each text is read once: the texts learnt from give their prints on
     * the way; the prints still missing are worked out, and the known comments built, on a thread of their own while
     * the model is fitted (one core's work that would leave the other idle). With {@code keepPrints} (this is the
     * writer's thread), the prints read on the way are handed to it as the model is fitted; the decisions' new prints
     * are then only those worked out.
     */
    private Decisions decided(Learning learning, BooleanSupplier cancelled, boolean needApprovedAuthors,
                              long decisions, Consumer<List<TriageStore.PrintOf>> keepPrints) {
        Set<String> approvedAuthors = new HashSet<>();
        List<CommentFacts> facts = new ArrayList<>();
        List<TextPrint> prints = new ArrayList<>();
        List<Boolean> spams = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        List<Example> examples = new ArrayList<>();
        List<Integer> exampleAt = new ArrayList<>();
        TriageStore.TextWanted text = switch (learning) {
            case SAVED -> (i, printed) -> !printed;
            case QUICK -> (i, printed) -> i < quickExamples;
            case FULL -> (i, printed) -> true;
        };
        // a quick run knows a decision past its examples only by a kept print or the author's approval: with no print
        // kept and every decision among the newest MAX_EXAMPLES, it reads the newest examples and asks for the
        // approved authors alone (sorting every decision with its fields costs more than the rest of the run)
        boolean newestOnly = learning == Learning.QUICK && decisions < MAX_EXAMPLES
                && !store.anyPrints(TextPrint.VERSION);
        if (newestOnly && needApprovedAuthors) {
            readApprovedAuthors(approvedAuthors);
        }
        int limit = newestOnly ? quickExamples : MAX_EXAMPLES;
        int[] count = {0};
        long[] hash = {HASH_SEED};
        store.eachDecided(limit, TextPrint.VERSION, text, row -> {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("triage cancelled");
            }
            count[0]++;
            hash[0] = hashStep(hash[0], row.id(), row.spam());
            if (!row.spam()) {
                approvedAuthors.add(author(row.author(), row.email()));
            }
            if (row.content() == null && row.print() == null) {
                return true; // a quick run past its examples: known only by the author's approval
            }
            CommentFacts c = new CommentFacts(row.author(), row.email(), row.url(), row.ip(), row.agent(),
                    row.type(), row.content() == null ? "" : row.content());
            if (row.content() != null && learning != Learning.SAVED) {
                exampleAt.add(facts.size());
                examples.add(new Example(c, row.spam()));
            }
            facts.add(c);
            ids.add(row.id());
            prints.add(row.print() == null ? null : new TextPrint(row.print().exact(), row.print().signature()));
            spams.add(row.spam());
            return true;
        });
        Triage.Study study = learning == Learning.SAVED ? null
                : Triage.study(examples, k -> prints.get(exampleAt.get(k)) == null);
        List<TriageStore.PrintOf> printsRead = new ArrayList<>();
        if (study != null) {
            for (int k = 0; k < examples.size(); k++) {
                int at = exampleAt.get(k);
                if (prints.get(at) == null && study.print(k) != null) {
                    prints.set(at, study.print(k));
                    printsRead.add(printOf(ids.get(at), facts.get(at), study.print(k)));
                }
            }
        }
        List<TriageStore.PrintOf> printsWorkedOut = new ArrayList<>();
        CompletableFuture<KnownComments> known = CompletableFuture.supplyAsync(
                () -> known(facts, prints, spams, ids, printsWorkedOut), r -> background(r, "moddesk-triage-known"));
        SpamModel model = fitted(study, fewestOfEach, printsRead, keepPrints);
        KnownComments knownComments = joined(known);
        List<TriageStore.PrintOf> newPrints = new ArrayList<>(keepPrints == null ? printsRead : List.of());
        newPrints.addAll(printsWorkedOut);
        return new Decisions(model, model == null ? 0 : examples.size(), knownComments, approvedAuthors, count[0],
                hash[0], newPrints);
    }

    /**
     * The model of {@code study} (null when there is none). With {@code keepPrints}, fitted on a thread of its own
     * while this one hands {@code printsRead} to it: keeping the 88,000 prints of a 100,000-comment database's first
     * triage took 0.6-0.8 s at the end of the run, while a core idled through the fit.
     */
    private static SpamModel fitted(Triage.Study study, int fewestOfEach, List<TriageStore.PrintOf> printsRead,
                                    Consumer<List<TriageStore.PrintOf>> keepPrints) {
        if (study == null || keepPrints == null) {
            // a study gives every print read: none without one
            return study == null ? null : study.fit(fewestOfEach);
        }
        CompletableFuture<SpamModel> fit = CompletableFuture.supplyAsync(() -> study.fit(fewestOfEach),
                r -> background(r, "moddesk-triage-fit"));
        keepPrints.accept(printsRead);
        return joined(fit);
    }

    /**
     * The decisions an import brought that its quick model learnt from while it wrote (see {@link ImportTriage});
     * the approved authors are the import's own when the database held nothing before it. The prints of their texts
     * are not kept (the next full run keeps them) as the import did not say which rows they are.
     */
    private Decisions heard(ImportTriage heard, Triage quick, boolean needApprovedAuthors) {
        Set<String> approvedAuthors = needApprovedAuthors ? heard.approvedAuthors() : Set.of();
        if (approvedAuthors == null) {
            approvedAuthors = new HashSet<>();
            readApprovedAuthors(approvedAuthors);
        }
        // a quick model is not learnt from decisions of one kind (a WordPress export holds no spam)
        int learnt = quick.model() == null ? 0 : quick.model().examples();
        return new Decisions(quick.model(), learnt, quick.known(), approvedAuthors, quick.known().size(), NOT_HASHED,
                List.of());
    }

    /** Works out the prints still missing (adding them to {@code newPrints}), then knows every decision in order. */
    private static KnownComments known(List<CommentFacts> facts, List<TextPrint> prints, List<Boolean> spams,
                                       List<Long> ids, List<TriageStore.PrintOf> newPrints) {
        List<Integer> unprinted = new ArrayList<>();
        List<CommentFacts> toPrint = new ArrayList<>();
        for (int i = 0; i < prints.size(); i++) {
            if (prints.get(i) == null) {
                unprinted.add(i);
                toPrint.add(facts.get(i));
            }
        }
        List<TextPrint> worked = TextPrint.all(toPrint);
        for (int k = 0; k < unprinted.size(); k++) {
            int at = unprinted.get(k);
            prints.set(at, worked.get(k));
            newPrints.add(printOf(ids.get(at), facts.get(at), worked.get(k)));
        }
        KnownComments known = new KnownComments();
        for (int i = 0; i < facts.size(); i++) {
            known.add(facts.get(i), prints.get(i), spams.get(i));
        }
        return known;
    }

    private static TriageStore.PrintOf printOf(long id, CommentFacts c, TextPrint p) {
        return new TriageStore.PrintOf(id, c.content(), new TriageStore.Print(p.exact(), p.signature()));
    }

    private static void background(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        t.start();
    }

    /** What {@code f} gave, or what it threw (as it was thrown). */
    private static <T> T joined(CompletableFuture<T> f) {
        try {
            return f.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    /** Every decision with its text, newest first: what {@link #evaluate} cross-validates on. */
    private List<Example> allDecided() {
        return allDecided(MAX_EXAMPLES);
    }

    /** The newest {@code limit} decisions with their texts, newest first. */
    private List<Example> allDecided(int limit) {
        List<Example> examples = new ArrayList<>();
        store.eachDecided(limit, TextPrint.VERSION, (i, printed) -> true, row -> {
            examples.add(new Example(new CommentFacts(row.author(), row.email(), row.url(), row.ip(), row.agent(),
                    row.type(), row.content()), row.spam()));
            return true;
        });
        return examples;
    }
}
