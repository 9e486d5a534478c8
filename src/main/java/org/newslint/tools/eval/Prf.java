package org.newslint.tools.eval;

import java.util.Locale;

/** Precision, recall and F1 from counts, formatted the same way in every evaluation command. */
public record Prf(long truePositives, long falsePositives, long falseNegatives) {
    public double precision() {
        return truePositives + falsePositives == 0 ? 0 : (double) truePositives / (truePositives + falsePositives);
    }

    public double recall() {
        return truePositives + falseNegatives == 0 ? 0 : (double) truePositives / (truePositives + falseNegatives);
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** F-beta: beta below 1 weighs precision more (F0.5 counts it twice), 1 is F1. */
    public double fBeta(double beta) {
        double p = precision();
        double r = recall();
        double b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    public Prf plus(Prf o) {
        return new Prf(
                truePositives + o.truePositives, falsePositives + o.falsePositives, falseNegatives + o.falseNegatives);
    }

    public String format() {
        return String.format(
                Locale.ROOT,
                "precision %.3f  recall %.3f  F1 %.3f  (tp %d, fp %d, fn %d)",
                precision(),
                recall(),
                f1(),
                truePositives,
                falsePositives,
                falseNegatives);
    }

    /**
     * The decision threshold, in steps of 0.01 from {@code lowestPercent}/100 to 0.95, with the best
     * F1 (the lowest on ties): how every trained yes/no model picks its operating point.
     */
    public static double bestThreshold(int lowestPercent, java.util.function.DoubleFunction<Prf> prfAt) {
        return bestThreshold(lowestPercent, 1, prfAt);
    }

    /** As {@link #bestThreshold(int, java.util.function.DoubleFunction)}, for the best F-beta. */
    public static double bestThreshold(int lowestPercent, double beta, java.util.function.DoubleFunction<Prf> prfAt) {
        double best = 0.5;
        double bestF = -1;
        for (int k = lowestPercent; k <= 95; k++) {
            double f = prfAt.apply(k / 100.0).fBeta(beta);
            if (f > bestF) {
                bestF = f;
                best = k / 100.0;
            }
        }
        return best;
    }

    /** Counts gold/predicted decisions one item at a time. */
    public static final class Counter {
        private long tp;
        private long fp;
        private long fn;

        public void add(boolean gold, boolean predicted) {
            if (gold && predicted) {
                tp++;
            } else if (predicted) {
                fp++;
            } else if (gold) {
                fn++;
            }
        }

        public Prf prf() {
            return new Prf(tp, fp, fn);
        }
    }
}
