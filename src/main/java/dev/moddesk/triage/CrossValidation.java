package dev.moddesk.triage;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Honest figures for the triage: stratified K-fold cross-validation. Each fold's comments are judged by a triage
 * whose model and known comments (author history, near-duplicates) come from the other folds only, so no comment is
 * ever scored by anything that saw it or its own decision.
 */
public final class CrossValidation {
    private CrossValidation() {
    }

    public static Evaluation run(List<Example> decided, int folds, long seed) {
        boolean[] spam = new boolean[decided.size()];
        for (int i = 0; i < decided.size(); i++) {
            spam[i] = decided.get(i).spam();
        }
        return Evaluation.of(spam, scores(decided, folds, seed), folds);
    }

    /** Each decided comment's score, by a triage learnt from the other folds only. */
    public static double[] scores(List<Example> decided, int folds, long seed) {
        if (folds < 2 || folds > decided.size()) {
            throw new IllegalArgumentException("needs 2..n folds, got " + folds + " for " + decided.size());
        }
        int[] fold = stratifiedFolds(decided, folds, seed);
        double[] scores = new double[decided.size()];
        for (int f = 0; f < folds; f++) {
            List<Example> training = new ArrayList<>();
            for (int i = 0; i < decided.size(); i++) {
                if (fold[i] != f) {
                    training.add(decided.get(i));
                }
            }
            Triage triage = Triage.learn(training);
            for (int i = 0; i < decided.size(); i++) {
                if (fold[i] == f) {
                    scores[i] = triage.judge(decided.get(i).facts(), List.of()).score();
                }
            }
        }
        return scores;
    }

    /** Deals each class, shuffled with {@code seed}, round the folds, so every fold has its share of spam. */
    static int[] stratifiedFolds(List<Example> decided, int folds, long seed) {
        List<Integer> spam = new ArrayList<>();
        List<Integer> ham = new ArrayList<>();
        for (int i = 0; i < decided.size(); i++) {
            (decided.get(i).spam() ? spam : ham).add(i);
        }
        Random random = new Random(seed);
        java.util.Collections.shuffle(spam, random);
        java.util.Collections.shuffle(ham, random);
        int[] fold = new int[decided.size()];
        int next = 0;
        for (List<Integer> kind : List.of(spam, ham)) {
            for (int i : kind) {
                fold[i] = next;
                next = (next + 1) % folds;
            }
        }
        return fold;
    }
}
