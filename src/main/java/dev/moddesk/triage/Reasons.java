package dev.moddesk.triage;

import static dev.moddesk.triage.Vocabulary.Lean.APPROVED;
import static dev.moddesk.triage.Vocabulary.Lean.NEW;
import static dev.moddesk.triage.Vocabulary.Lean.SPAM;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntPredicate;
import java.util.stream.Collectors;

/**
 * Collects what pulled a score and by how much (log-odds, positive towards spam), grouped the way a moderator thinks
 * of it, and words it strongest first. Words and phrases gather the pull of their n-grams and are shown on the side
 * they pulled to, with their own text ("words like 'subscribe', 'check out' are typical of the spam you marked").
 */
final class Reasons {
    /** A pull smaller than this changes a score by about 2% at most: not worth a moderator's reading. */
    static final double NOTABLE = 0.1;
    static final int MOST = 6;
    private static final int EXAMPLE_WORDS = 3;
    static final String TOWARDS_SPAM = " (counts towards spam)";
    static final String AGAINST_SPAM = " (counts against spam)";
    static final String AGAINST_HERE = ", though in your decisions that counts against spam";
    static final String TOWARDS_HERE = ", though in your decisions that counts towards spam";
    /** How a link's host is named ("links to example.com"): such reasons are gathered into one per side. */
    static final String LINKS_TO = "links to ";

    /** One reason and its pull; a {@code fact} is always shown (rules, the site's filter), whatever its size. */
    record Pull(String reason, double logOdds, boolean fact) {
    }

    /** Which kind of decision a word or phrase is typical of; null: of the kind it pulled to. */
    private final Function<Object, Vocabulary.Lean> lean;
    private final PullSums words = new PullSums(64);
    /** The other reasons' pulls (a link, the author's history...), summed per reason. */
    private final PullSums grouped = new PullSums(16);
    /** Signals whose words do not say which way they pulled ("a valid email address"), summed per reason. */
    private final PullSums unsaid = new PullSums(16);
    private final List<Pull> facts = new ArrayList<>();

    /** Reasons that call a word typical of the kind it pulled to: for a verdict that weighs no words (no model). */
    Reasons() {
        this(null);
    }

    /** Reasons that call a word typical of a kind only when {@code lean} says it is (see {@link Vocabulary}). */
    Reasons(Function<Object, Vocabulary.Lean> lean) {
        this.lean = lean;
    }

    /** Adds to the pull of a word, or of a {@link Features.Phrase} (joined only if it is shown). */
    void word(Object wordOrPhrase, double pull) {
        words.add(wordOrPhrase, pull);
    }

    void add(String reason, double pull) {
        grouped.add(reason, pull);
    }

    /**
     * Adds to the pull of a signal ({@link Features.Signal}). Its reason says which way it pulled when it has a prior
     * and pulled that way ("4 links"); otherwise the way is added to its words ({@link #TOWARDS_SPAM}), for a signal
     * with a prior as a contrast ("4 links, though in your decisions that counts against spam").
     */
    void signal(String reason, double prior, double pull) {
        if (prior == 0) {
            unsaid.add(reason, pull);
        } else if (Math.signum(prior) == Math.signum(pull)) {
            grouped.add(reason, pull);
        } else {
            // spam-like on most sites, but not in these decisions: say so, or it reads as a mistake
            grouped.add(reason + (pull < 0 ? AGAINST_HERE : TOWARDS_HERE), pull);
        }
    }

    void fact(String reason, double pull) {
        facts.add(new Pull(reason, pull, true));
    }

    /** The reasons, strongest first; {@code lead} (if not null) comes first whatever its size. */
    List<String> words(String lead, String whenNothingStandsOut) {
        return weighed().words(facts, lead, whenNothingStandsOut);
    }

    /** Every pull, strongest first, the words gathered by side. */
    List<Pull> pulls() {
        return weighed().pulls(facts);
    }

    /**
     * The pulls other than the facts, the words gathered by side: a few dozen bytes to keep where the reasons
     * themselves (every word's pull) would take kilobytes, for a comment that waits for its facts.
     */
    Weighed weighed() {
        List<Pull> rest = new ArrayList<>();
        wordSide(rest, true);
        wordSide(rest, false);
        for (int i = 0; i < grouped.size(); i++) {
            rest.add(new Pull((String) grouped.key(i), grouped.pull(i), false));
        }
        List<Pull> linksTo = new ArrayList<>();
        for (int i = 0; i < unsaid.size(); i++) {
            String reason = (String) unsaid.key(i);
            double pull = unsaid.pull(i);
            if (reason.startsWith(LINKS_TO)) {
                linksTo.add(new Pull(reason, pull, false));
            } else {
                rest.add(new Pull(reason + way(pull), pull, false));
            }
        }
        hostSide(linksTo, rest, true);
        hostSide(linksTo, rest, false);
        return new Weighed(List.copyOf(rest));
    }

    /**
     * The hosts linked to that pulled to one side as one reason, the strongest first: "links to a.example,
     * b.example and 3 more" rather than a line each, which would push every other reason out.
     */
    private static void hostSide(List<Pull> linksTo, List<Pull> out, boolean spamSide) {
        List<Pull> side = new ArrayList<>();
        double total = 0;
        for (Pull p : linksTo) {
            if (spamSide ? p.logOdds() > 0 : p.logOdds() < 0) {
                side.add(p);
                total += p.logOdds();
            }
        }
        if (side.isEmpty()) {
            return;
        }
        side.sort(Comparator.comparingDouble((Pull p) -> -Math.abs(p.logOdds())));
        StringBuilder hosts = new StringBuilder(LINKS_TO);
        int named = Math.min(side.size(), EXAMPLE_WORDS);
        for (int i = 0; i < named; i++) {
            hosts.append(i == 0 ? "" : ", ").append(side.get(i).reason().substring(LINKS_TO.length()));
        }
        if (side.size() > named) {
            hosts.append(" and ").append(side.size() - named).append(" more");
        }
        out.add(new Pull(hosts + way(total), total, false));
    }

    /** Which way a signal pulled, after words that do not say it. */
    private static String way(double pull) {
        return pull > 0 ? TOWARDS_SPAM : AGAINST_SPAM;
    }

    /** The pulls other than the facts (see {@link #weighed}), in the order they were gathered. */
    record Weighed(List<Pull> rest) {
        /** Every pull with {@code facts} first, strongest first (the sort keeps the order of equals). */
        List<Pull> pulls(List<Pull> facts) {
            List<Pull> pulls = new ArrayList<>(facts);
            pulls.addAll(rest);
            pulls.sort(Comparator.comparingDouble((Pull p) -> -Math.abs(p.logOdds())));
            return pulls;
        }

        /** As {@link Reasons#words}, with {@code facts}. */
        List<String> words(List<Pull> facts, String lead, String whenNothingStandsOut) {
            List<String> out = new ArrayList<>();
            if (lead != null) {
                out.add(lead);
            }
            for (Pull p : pulls(facts)) {
                if (p.fact() || (Math.abs(p.logOdds()) >= NOTABLE && out.size() < MOST && !saidBy(facts, p))) {
                    out.add(p.reason());
                }
            }
            if (out.isEmpty()) {
                out.add(whenNothingStandsOut);
            }
            return out;
        }
    }

    /**
     * Whether a fact already says what {@code p} says and more: "a pingback" beside the rule's "a pingback (the site
     * holds them …)". Its pull still counts in the score.
     */
    private static boolean saidBy(List<Pull> facts, Pull p) {
        String said = p.reason();
        for (String way : List.of(TOWARDS_SPAM, AGAINST_SPAM, AGAINST_HERE, TOWARDS_HERE)) {
            said = said.endsWith(way) ? said.substring(0, said.length() - way.length()) : said;
        }
        String saidFirst = said + " (";
        return facts.stream().anyMatch(f -> f.reason().startsWith(saidFirst));
    }

    /**
     * Gathers the words that pulled to one side into one reason, with up to {@link #EXAMPLE_WORDS} of them as
     * examples: words typical of that side's kind of decision (when none is, new words, which pulled by their
     * spelling; when there is none of those either, no word), the strongest first, but a word of one or two letters
     * ('a', 'it') only when nothing longer pulled, and a phrase in place of the words it holds. The words are picked
     * one at a time in that order (only the first few are ever looked at), ties in the order they came.
     */
    private void wordSide(List<Pull> out, boolean spamSide) {
        int[] side = new int[words.size()];
        int count = 0;
        double total = 0;
        for (int i = 0; i < words.size(); i++) {
            double pull = words.pull(i);
            if (spamSide ? pull > 0 : pull < 0) {
                total += pull;
                side[count++] = i;
            }
        }
        if (count == 0) {
            return;
        }
        Vocabulary.Lean kind = spamSide ? SPAM : APPROVED;
        int typical = lean == null ? count : keepFirst(side, count, i -> lean.apply(words.key(i)) == kind);
        Named named;
        if (typical > 0) {
            count = typical;
            named = Named.TYPICAL;
        } else {
            // a new word pulls by its spelling, the character n-grams it shares with words learnt from; a phrase
            // never seen has no n-grams, only the weights its hash shares with other features
            count = keepFirst(side, count, i -> words.key(i) instanceof String w && lean.apply(w) == NEW);
            named = count > 0 ? Named.NEW : Named.NONE;
        }
        boolean[] veryShort = new boolean[words.size()];
        for (int k = 0; k < count; k++) {
            // a phrase is two words and a space: never very short
            veryShort[side[k]] = words.key(side[k]) instanceof String word
                    && word.codePointCount(0, word.length()) < 3;
        }
        List<String> shown = new ArrayList<>();
        for (int picked = 0; picked < count && shown.size() < EXAMPLE_WORDS; picked++) {
            int best = picked;
            for (int k = picked + 1; k < count; k++) {
                if (shownBefore(side[k], side[best], veryShort)) {
                    best = k;
                }
            }
            int next = side[best];
            side[best] = side[picked]; // ties go by position in the words, so the order of the rest does not matter
            String word = Features.Phrase.textOf(words.key(next));
            if (shown.stream().noneMatch(s -> containsWord(s, word) || containsWord(word, s))) {
                shown.add(word);
            } else if (word.contains(" ")) {
                shown.removeIf(s -> containsWord(word, s));
                shown.add(word);
            }
        }
        StringBuilder list = new StringBuilder();
        for (String s : shown) {
            list.append(list.length() == 0 ? "" : ", ").append('\'').append(whole(s)).append('\'');
        }
        String kindWords = spamSide ? "the spam you marked" : "comments you approved";
        out.add(new Pull(switch (named) {
            case TYPICAL -> "words like " + list + " are typical of " + kindWords;
            case NEW -> "new words like " + list + " are spelt like " + kindWords;
            case NONE -> "other words pull towards " + kindWords;
        }, total, false));
    }

    /** A word or phrase as shown, with "…" after a word that may have been cut ({@link Words#LONGEST}). */
    static String whole(String wordOrPhrase) {
        return Arrays.stream(wordOrPhrase.split(" ", -1))
                .map(w -> w.codePointCount(0, w.length()) >= Words.LONGEST ? w + "…" : w)
                .collect(Collectors.joining(" "));
    }

    /** What a side's reason names: typical words, new words for their spelling, or no word (none is either). */
    private enum Named { TYPICAL, NEW, NONE }

    /**
     * Moves the words of {@code side[0..count)} that are {@code wanted} to its front, in their order (ties are shown
     * by it), and returns how many; with none wanted, {@code side} is left as it was.
     */
    private static int keepFirst(int[] side, int count, IntPredicate wanted) {
        int kept = 0;
        for (int k = 0; k < count; k++) {
            if (wanted.test(side[k])) {
                side[kept++] = side[k];
            }
        }
        return kept;
    }

    /**
     * Whether word {@code a} is shown before word {@code b}: one of three letters or more first, then the stronger,
     * then the one that came first.
     */
    private boolean shownBefore(int a, int b, boolean[] veryShort) {
        if (veryShort[a] != veryShort[b]) {
            return !veryShort[a];
        }
        double strengthA = Math.abs(words.pull(a));
        double strengthB = Math.abs(words.pull(b));
        return strengthA != strengthB ? strengthA > strengthB : a < b;
    }

    /** Whether {@code word} is {@code phrase} or one or more of its words, between spaces or its ends. */
    static boolean containsWord(String phrase, String word) {
        for (int at = phrase.indexOf(word); at >= 0; at = at < phrase.length() ? phrase.indexOf(word, at + 1) : -1) {
            int end = at + word.length();
            if ((at == 0 || phrase.charAt(at - 1) == ' ') && (end == phrase.length() || phrase.charAt(end) == ' ')) {
                return true;
            }
        }
        return false;
    }
}
