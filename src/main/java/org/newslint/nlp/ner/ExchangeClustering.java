package org.newslint.nlp.ner;

import java.util.Arrays;

/**
 * The exchange algorithm for class-bigram word clustering (Kneser and Ney 1993; Martin, Liermann
 * and Ney 1998): words are moved one at a time to the class that most increases the likelihood of a
 * two-sided class bigram model, the objective Brown clustering greedily merges on, but flat and
 * fast enough for a few million tokens on a laptop. newslint runs it at several class counts and
 * uses all of them as features, in place of Brown's hierarchy.
 */
final class ExchangeClustering {
    private final int words;
    private final int[][] succ; // per word: successor word ids
    private final int[][] succN;
    private final int[][] pred;
    private final int[][] predN;
    private final long[] count;
    private final int[] self;
    private final double[] flog;

    /** {@code bigrams} are (left, right) word-id pairs with counts, already aggregated. */
    ExchangeClustering(int words, long[] count, int[] left, int[] right, int[] n, long total) {
        this.words = words;
        this.count = count;
        int[] outDeg = new int[words];
        int[] inDeg = new int[words];
        for (int i = 0; i < left.length; i++) {
            if (left[i] != right[i]) {
                outDeg[left[i]]++;
                inDeg[right[i]]++;
            }
        }
        succ = new int[words][];
        succN = new int[words][];
        pred = new int[words][];
        predN = new int[words][];
        for (int w = 0; w < words; w++) {
            succ[w] = new int[outDeg[w]];
            succN[w] = new int[outDeg[w]];
            pred[w] = new int[inDeg[w]];
            predN[w] = new int[inDeg[w]];
        }
        self = new int[words];
        int[] o = new int[words];
        int[] in = new int[words];
        for (int i = 0; i < left.length; i++) {
            int a = left[i];
            int b = right[i];
            if (a == b) {
                self[a] += n[i];
                continue;
            }
            succ[a][o[a]] = b;
            succN[a][o[a]++] = n[i];
            pred[b][in[b]] = a;
            predN[b][in[b]++] = n[i];
        }
        flog = new double[(int) Math.min(Integer.MAX_VALUE - 8, total + 2)];
        for (int x = 1; x < flog.length; x++) {
            flog[x] = x * Math.log(x);
        }
    }

    private double f(long x) {
        return x < flog.length ? flog[(int) x] : x * Math.log(x);
    }

    /** Clusters into {@code k} classes; words are expected in descending frequency order. */
    int[] cluster(int k, int passes) {
        int[] cls = new int[words];
        long[][] nn = new long[k][k];
        long[] nc = new long[k];
        for (int w = 0; w < words; w++) {
            cls[w] = w % k;
        }
        for (int w = 0; w < words; w++) {
            nc[cls[w]] += count[w];
            nn[cls[w]][cls[w]] += self[w];
            for (int j = 0; j < succ[w].length; j++) {
                nn[cls[w]][cls[succ[w][j]]] += succN[w][j];
            }
        }
        long[] s = new long[k];
        long[] p = new long[k];
        int[] touchedS = new int[k];
        int[] touchedP = new int[k];
        for (int pass = 0; pass < passes; pass++) {
            int moves = 0;
            for (int w = 0; w < words; w++) {
                int a = cls[w];
                // class counts of w's neighbours (w itself excluded)
                int ts = 0;
                int tp = 0;
                for (int j = 0; j < succ[w].length; j++) {
                    int d = cls[succ[w][j]];
                    if (s[d] == 0) {
                        touchedS[ts++] = d;
                    }
                    s[d] += succN[w][j];
                }
                for (int j = 0; j < pred[w].length; j++) {
                    int d = cls[pred[w][j]];
                    if (p[d] == 0) {
                        touchedP[tp++] = d;
                    }
                    p[d] += predN[w][j];
                }
                // remove w from a
                for (int t = 0; t < ts; t++) {
                    nn[a][touchedS[t]] -= s[touchedS[t]];
                }
                for (int t = 0; t < tp; t++) {
                    nn[touchedP[t]][a] -= p[touchedP[t]];
                }
                nn[a][a] -= self[w];
                nc[a] -= count[w];
                int best = a;
                double bestDelta = Double.NEGATIVE_INFINITY;
                for (int c = 0; c < k; c++) {
                    double delta = 0;
                    long[] row = nn[c];
                    for (int t = 0; t < ts; t++) {
                        int d = touchedS[t];
                        if (d != c) {
                            delta += f(row[d] + s[d]) - f(row[d]);
                        }
                    }
                    for (int t = 0; t < tp; t++) {
                        int d = touchedP[t];
                        if (d != c) {
                            delta += f(nn[d][c] + p[d]) - f(nn[d][c]);
                        }
                    }
                    delta += f(row[c] + s[c] + p[c] + self[w]) - f(row[c]);
                    delta -= 2 * (f(nc[c] + count[w]) - f(nc[c]));
                    if (delta > bestDelta + 1e-9) {
                        bestDelta = delta;
                        best = c;
                    }
                }
                // add w to best
                for (int t = 0; t < ts; t++) {
                    nn[best][touchedS[t]] += s[touchedS[t]];
                }
                for (int t = 0; t < tp; t++) {
                    nn[touchedP[t]][best] += p[touchedP[t]];
                }
                // the bigrams between w and members of its new class: counted above on both sides
                nn[best][best] += self[w];
                nc[best] += count[w];
                if (best != a) {
                    moves++;
                    cls[w] = best;
                }
                for (int t = 0; t < ts; t++) {
                    s[touchedS[t]] = 0;
                }
                for (int t = 0; t < tp; t++) {
                    p[touchedP[t]] = 0;
                }
            }
            if (moves < words / 1000) {
                break;
            }
        }
        return cls;
    }

    static int[] identity(int n) {
        int[] a = new int[n];
        Arrays.setAll(a, i -> i);
        return a;
    }
}
