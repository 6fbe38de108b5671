package dev.moddesk.triage;

import dev.moddesk.core.Verdict;
import dev.moddesk.triage.Features.Signal;
import dev.moddesk.triage.KnownComments.Knowledge;
import dev.moddesk.triage.KnownComments.Past;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Judges comments: the model's log-odds over the comment's features, plus what the decided comments say (the
 * author's earlier decisions, near-duplicates of decided texts), plus the {@link Evidence} the caller adds (rules,
 * the site's own filter); the score is the logistic of the sum, and the reasons are the largest pulls in it.
 *
 * <p>The author's history and the near-duplicates weigh as smoothed odds of the earlier decisions,
 * ln((spam + ½) / (approved + ½)): one earlier spam pulls +1.1, twelve +3.2, three approved -2.0; of the author's
 * email, IP and website domain only the one that pulls hardest counts (they mostly tell the same story twice).
 *
 * <p>{@link #judge} is safe to call from several threads, also while another thread adds to the
 * {@link KnownComments}. A comment that is itself among the known comments finds itself there (its own text, its
 * own decision in the history): judge pending comments, and measure on decided ones with {@link CrossValidation}.
 */
public final class Triage {
    /** "Likely spam" at a score of at least this: as much like the spam marked as like the comments approved. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    /** The most features the model learns from in one training: 4 bytes each, about 120 MB. */
    static final long FEATURE_BUDGET = 30_000_000;
    private static final int LEARN_CHUNK = 4_096;
    /**
     * Decisions of each kind the desk's model needs before it judges. One spam marked beside hundreds of approved
     * comments (the first after importing a WordPress export, which holds no spam) taught a model that weighed that
     * comment's every word and signal as spam and all else as fine: a review saw every score drop to 0.00 and "a
     * valid email address" count towards spam. Until then the signals' priors, the rules, the site's own filter and
     * what the decisions say of others (the author's history, the same text) judge.
     */
    public static final int FEWEST_OF_EACH = 10;
    static final String NO_MODEL = "not learnt yet: it needs " + FEWEST_OF_EACH + " comments you marked spam and "
            + FEWEST_OF_EACH + " you approved";
    static final String NOTHING_STANDS_OUT = "nothing in particular stands out";
    /**
     * Where a score starts without a model (before decisions of both kinds): most comments are fine, so a comment
     * with nothing notable scores 0.27, not "as likely spam as not" (0.5 put every such comment among the likely
     * spam); one strong signal (an email domain with no real top-level domain, 5 links) or two weaker ones lift it
     * over the threshold.
     */
    static final double NO_MODEL_BIAS = -1.0;
    private static final double SMOOTHING = 0.5;
    private static final double DECIDED_LOG_ODDS = Math.log(Evidence.DECIDED_SCORE / (1 - Evidence.DECIDED_SCORE));

    private final SpamModel model;
    private final KnownComments known;

    public Triage(SpamModel model, KnownComments known) {
        this.model = model;
        this.known = Objects.requireNonNull(known, "known");
    }

    /**
     * The model and the known comments of these decisions, newest first: all of them tell the author's history and
     * the near-duplicates; the model learns from the newest until {@link #FEATURE_BUDGET} features (about 20,000
     * article-length comments or 100,000 short ones), which keeps training within seconds and memory.
     */
    public static Triage learn(List<Example> decided) {
        return learn(decided, KnownComments.of(decided));
    }

    /** The model of {@code decided} (newest first, as {@link #learn(List)} learns), judging with {@code known}. */
    public static Triage learn(List<Example> decided, KnownComments known) {
        return new Triage(study(decided, i -> false).fit(FEWEST_OF_EACH), known);
    }

    /**
     * The decisions read for learning, not yet fitted: the features of the newest until {@link #FEATURE_BUDGET}, and
     * the prints asked for of the texts read on the way (so a run that also keeps prints reads each text once).
     * Fitting is one thread's work; what else a run has to do can go on beside it.
     */
    public static final class Study {
        private final Training training;
        private final TextPrint[] prints;
        private final boolean empty;

        private Study(Training training, TextPrint[] prints, boolean empty) {
            this.training = training;
            this.prints = prints;
            this.empty = empty;
        }

        /**
         * The model learnt (the same as {@link #learn} gives); null when there was nothing to learn from, or fewer
         * than {@code fewestOfEach} decisions of either kind ({@link Training#learnable}).
         */
        public SpamModel fit(int fewestOfEach) {
            return empty || !training.learnable(fewestOfEach) ? null : training.fit();
        }

        /** The print of the {@code i}-th decision's text, or null when not asked for or not read (past the budget). */
        public TextPrint print(int i) {
            return prints[i];
        }
    }

    /** Reads {@code decided} (newest first) for learning, with the prints of the texts at {@code printWanted}. */
    public static Study study(List<Example> decided, IntPredicate printWanted) {
        return study(decided, printWanted, FEATURE_BUDGET);
    }

    /** As {@link #study(List, IntPredicate)}, learning from the newest decisions up to {@code featureBudget}. */
    static Study study(List<Example> decided, IntPredicate printWanted, long featureBudget) {
        Training training = new Training(Math.min(decided.size(), LEARN_CHUNK));
        TextPrint[] prints = new TextPrint[decided.size()];
        long features = 0;
        for (int from = 0; from < decided.size() && features < featureBudget; from += LEARN_CHUNK) {
            List<Example> chunk = decided.subList(from, Math.min(decided.size(), from + LEARN_CHUNK));
            int at = from;
            List<Analysis> analysed = IntStream.range(0, chunk.size()).parallel().mapToObj(i -> {
                Analysis a = Analysis.toLearn(chunk.get(i).facts());
                if (printWanted.test(at + i)) {
                    prints[at + i] = TextPrint.of(a.dupText); // each slot by one task; read after the collect
                }
                return a;
            }).collect(Collectors.toList());
            for (int i = 0; i < analysed.size() && features < featureBudget; i++) {
                training.add(analysed.get(i).features, chunk.get(i).spam());
                features += analysed.get(i).features.size();
            }
        }
        return new Study(training, prints, decided.isEmpty());
    }

    /** The model judged with; null without decisions of both kinds to learn from. */
    public SpamModel model() {
        return model;
    }

    public KnownComments known() {
        return known;
    }

    /**
     * A comment read for judging: all of it that the verdict needs and that no model or decision changes (its
     * features, its text for near-duplicates, its author's keys). Reading is most of the work of judging, and may be
     * done while the model is still learning.
     */
    public static final class Reading {
        private final Analysis analysis;
        private final int[] signature;

        private Reading(Analysis analysis) {
            this.analysis = analysis;
            this.signature = NearDuplicates.signature(analysis.dupText);
        }

        /** The print of the text, as {@link TextPrint#of(CommentFacts)} works it out. */
        TextPrint print() {
            return new TextPrint(NearDuplicates.exactKey(analysis.dupText), signature);
        }

        Features features() {
            return analysis.features;
        }
    }

    /** Reads {@code c} to judge it (or learn from it). */
    public static Reading read(CommentFacts c) {
        return new Reading(Analysis.of(c));
    }

    /** Reads {@code c} only to learn from it ({@link Lessons#add}): cheaper, and no verdict can be made of it. */
    public static Reading readToLearn(CommentFacts c) {
        return new Reading(Analysis.toLearn(c));
    }

    public Verdict judge(CommentFacts c, List<Evidence> extra) {
        return judge(read(c), extra);
    }

    public Verdict judge(Reading c, List<Evidence> extra) {
        return weigh(c).verdict(extra);
    }

    /**
     * A comment weighed by the model and the decisions known, waiting for the evidence from elsewhere (the
     * discussion rules, the site's filters) to become a verdict: a few hundred bytes where its reading takes
     * kilobytes, so an import can weigh its comments as they come and keep them until that evidence is in.
     */
    public static final class Weighing {
        private final double logOdds;
        private final double start;
        private final Reasons.Weighed weighed;
        private final boolean modelled;

        private Weighing(double logOdds, double start, Reasons.Weighed weighed, boolean modelled) {
            this.logOdds = logOdds;
            this.start = start;
            this.weighed = weighed;
            this.modelled = modelled;
        }

        /** The verdict with {@code extra} (the same as {@link Triage#judge} gives with it). */
        public Verdict verdict(List<Evidence> extra) {
            double sum = logOdds;
            List<Reasons.Pull> facts = new ArrayList<>(extra.size() + 1);
            int deciding = -1;
            for (Evidence e : extra) {
                sum += e.logOdds();
                deciding = e.decides() && deciding < 0 ? facts.size() : deciding;
                facts.add(new Reasons.Pull(e.reason(), e.logOdds(), true));
            }
            if (deciding >= 0 && sum < DECIDED_LOG_ODDS) {
                // the site's rule decides whatever the comment holds: its pull takes the score that far
                Reasons.Pull rule = facts.get(deciding);
                facts.set(deciding, new Reasons.Pull(rule.reason(), rule.logOdds() + DECIDED_LOG_ODDS - sum, true));
                sum = DECIDED_LOG_ODDS;
            }
            if (sum >= 0 != sum - start >= 0) {
                // what the comment holds pulled the other way, but not far enough: say where the score started
                facts.add(new Reasons.Pull(startsAt(start), start, true));
            }
            return new Verdict(Training.sigmoid(sum),
                    weighed.words(facts, modelled ? null : NO_MODEL, NOTHING_STANDS_OUT));
        }
    }

    /** "a score starts at 0.36 before anything in the comment counts" */
    static String startsAt(double start) {
        return String.format(Locale.ROOT, "a score starts at %.2f before anything in the comment counts",
                Training.sigmoid(start));
    }

    /** Weighs {@code c}, all but the evidence from elsewhere. */
    public Weighing weigh(Reading c) {
        Reasons reasons = model == null ? new Reasons() : new Reasons(model::lean);
        double logOdds = pulls(c.analysis, c.signature, List.of(), reasons);
        return new Weighing(logOdds, start(), reasons.weighed(), model != null);
    }

    /** Where a score starts, in log-odds: the model's bias, or {@link #NO_MODEL_BIAS}. */
    private double start() {
        return model == null ? NO_MODEL_BIAS : model.bias();
    }

    /** The total log-odds of spam, each part of it recorded in {@code reasons}. */
    double pulls(Analysis a, List<Evidence> extra, Reasons reasons) {
        return pulls(a, NearDuplicates.signature(a.dupText), extra, reasons);
    }

    /** As {@link #pulls(Analysis, List, Reasons)}, with the MinHash signature of {@code a}'s text worked out. */
    private double pulls(Analysis a, int[] signature, List<Evidence> extra, Reasons reasons) {
        double sum = start();
        Features f = a.features;
        if (model != null) {
            // a word's n-grams sit together and share its label: one entry per run, not per n-gram
            double scale = Features.textScale(f.textCount());
            Object word = null;
            double wordPull = 0;
            for (int i = 0; i < f.textCount(); i++) {
                if (f.label(i) != word) {
                    addWord(reasons, word, wordPull);
                    word = f.label(i);
                    wordPull = 0;
                }
                double pull = model.weight(f.index(i)) * scale;
                wordPull += pull;
                sum += pull;
            }
            addWord(reasons, word, wordPull);
        }
        for (int i = f.textCount(); i < f.size(); i++) {
            Signal signal = (Signal) f.label(i);
            double pull = model != null ? model.weight(f.index(i)) : signal.prior();
            sum += pull;
            reasons.signal(signal.reason(), signal.prior(), pull);
        }
        Knowledge k = known.about(a, signature);
        sum += history(k.history(), reasons);
        sum += duplicates(k.duplicates(), reasons);
        for (Evidence e : extra) {
            sum += e.logOdds();
            reasons.fact(e.reason(), e.logOdds());
        }
        return sum;
    }

    private static void addWord(Reasons reasons, Object word, double pull) {
        if (word != null) {
            reasons.word(word, pull);
        }
    }

    private static double history(List<Past> history, Reasons reasons) {
        Past strongest = null;
        double pull = 0;
        for (Past p : history) {
            double odds = odds(p.spam(), p.approved());
            if (strongest == null || Math.abs(odds) > Math.abs(pull)) {
                strongest = p;
                pull = odds;
            }
        }
        if (strongest != null) {
            reasons.add(HistoryWords.of(strongest), pull);
        }
        return pull;
    }

    private static double duplicates(NearDuplicates.Match m, Reasons reasons) {
        if (m.spam() + m.ham() == 0) {
            return 0;
        }
        double pull = odds(m.spam(), m.ham());
        String reason;
        if (m.ham() == 0) {
            reason = m.spam() == 1 ? "same text as a comment you marked spam"
                    : "same text as " + m.spam() + " comments you marked spam";
        } else if (m.spam() == 0) {
            reason = m.ham() == 1 ? "same text as a comment you approved"
                    : "same text as " + m.ham() + " comments you approved";
        } else {
            reason = "same text as " + (m.spam() == 1 ? "a comment" : m.spam() + " comments") + " you marked spam and "
                    + m.ham() + " you approved";
        }
        reasons.add(reason, pull);
        return pull;
    }

    private static double odds(int spam, int approved) {
        return Math.log((spam + SMOOTHING) / (approved + SMOOTHING));
    }
}
