package org.newslint.nlp.ner;

/**
 * One hypothesis of the beam: OpenNLP's {@code Sequence} without its copied lists (each
 * continuation copied all outcomes and probabilities so far, quadratic in the sentence). The
 * score is summed as {@code Sequence} sums it and the order is {@code Sequence}'s, so the beam's
 * priority queues see the same comparisons and keep the same hypotheses.
 */
final class Hypothesis implements Comparable<Hypothesis> {
    final Hypothesis previous;
    final String outcome;
    final int index;
    final double probability;
    final double score;
    final int length;

    Hypothesis() {
        this.previous = null;
        this.outcome = null;
        this.index = -1;
        this.probability = 0;
        this.score = 0;
        this.length = 0;
    }

    Hypothesis(Hypothesis previous, String outcome, int index, double probability) {
        this.previous = previous;
        this.outcome = outcome;
        this.index = index;
        this.probability = probability;
        this.score = previous.score + StrictMath.log(probability);
        this.length = previous.length + 1;
    }

    @Override
    public int compareTo(Hypothesis o) {
        return Double.compare(o.score, score); // as Sequence: the higher score first
    }

    String[] outcomes() {
        String[] out = new String[length];
        for (Hypothesis h = this; h.length > 0; h = h.previous) {
            out[h.length - 1] = h.outcome;
        }
        return out;
    }

    int[] indices() {
        int[] out = new int[length];
        for (Hypothesis h = this; h.length > 0; h = h.previous) {
            out[h.length - 1] = h.index;
        }
        return out;
    }

    double[] probabilities() {
        double[] out = new double[length];
        for (Hypothesis h = this; h.length > 0; h = h.previous) {
            out[h.length - 1] = h.probability;
        }
        return out;
    }
}
