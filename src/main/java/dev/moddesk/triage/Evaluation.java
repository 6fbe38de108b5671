package dev.moddesk.triage;

/**
 * How well scores matched the decisions: at {@link Triage#DEFAULT_THRESHOLD} (spam is the positive class) and over
 * all thresholds (ROC AUC). Precision is 0 when nothing was called spam; ROC AUC is 0.5 when only one class was
 * scored (neither is defined then, and JSON has no NaN).
 */
public record Evaluation(int n, int folds, double accuracy, double precision, double recall, double f1,
                         double rocAuc) {

    /** The figures of {@code scores} against the truth {@code spam} (same order). */
    public static Evaluation of(boolean[] spam, double[] scores, int folds) {
        if (spam.length != scores.length) {
            throw new IllegalArgumentException("one score per decision");
        }
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (int i = 0; i < spam.length; i++) {
            boolean called = scores[i] >= Triage.DEFAULT_THRESHOLD;
            if (called && spam[i]) {
                tp++;
            } else if (called) {
                fp++;
            } else if (spam[i]) {
                fn++;
            } else {
                tn++;
            }
        }
        int n = spam.length;
        double accuracy = n == 0 ? 0 : (tp + tn) / (double) n;
        double precision = tp + fp == 0 ? 0 : tp / (double) (tp + fp);
        double recall = tp + fn == 0 ? 0 : tp / (double) (tp + fn);
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Evaluation(n, folds, accuracy, precision, recall, f1, rocAuc(spam, scores));
    }

    /** The chance that a random spam scores above a random approved comment (ties count half), from the ranks. */
    private static double rocAuc(boolean[] spam, double[] scores) {
        int n = scores.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(scores[a], scores[b]));
        double spamRankSum = 0;
        long positives = 0;
        for (int i = 0; i < n; ) {
            int j = i;
            while (j < n && scores[order[j]] == scores[order[i]]) {
                j++;
            }
            double rank = (i + 1 + j) / 2.0;
            for (int k = i; k < j; k++) {
                if (spam[order[k]]) {
                    spamRankSum += rank;
                    positives++;
                }
            }
            i = j;
        }
        long negatives = n - positives;
        if (positives == 0 || negatives == 0) {
            return 0.5;
        }
        return (spamRankSum - positives * (positives + 1) / 2.0) / (positives * (double) negatives);
    }
}
