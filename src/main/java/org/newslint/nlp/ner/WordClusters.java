package org.newslint.nlp.ner;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Learns hierarchical word clusters from raw tokens, a fast stand-in for Brown clustering that runs
 * in well under a minute on a few million tokens: each word is described by its neighbours (words
 * one and two to the left and right, weighted by positive PMI), that description is projected to a
 * few hundred dimensions with a fixed-seed random projection, and the words are split in two again
 * and again by spherical 2-means. The path of left/right turns is the word's bit string, so
 * prefixes of it are coarser clusters, exactly how Brown paths are used as features.
 */
public final class WordClusters {
    private final Map<String, Integer> counts = new HashMap<>();
    private final List<int[]> sentences = new ArrayList<>();
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    private long tokenCount;

    /** Adds one sentence of tokens. */
    public void add(List<String> tokens) {
        int[] s = new int[tokens.size()];
        for (int i = 0; i < s.length; i++) {
            String w = tokens.get(i);
            Integer id = ids.get(w);
            if (id == null) {
                id = words.size();
                ids.put(w, id);
                words.add(w);
            }
            s[i] = id;
            counts.merge(w, 1, Integer::sum);
        }
        tokenCount += s.length;
        sentences.add(s);
    }

    public long tokenCount() {
        return tokenCount;
    }

    /**
     * Clusters every word seen at least {@code minCount} times and writes {@code word bitpath} lines.
     * Returns the number of words written.
     */
    public int learn(int minCount, int contextWords, int dims, int maxDepth, long seed, Writer out) throws IOException {
        int n = words.size();
        // context vocabulary: the most frequent lower-cased words; rarer neighbours fall into shape classes
        Map<String, Integer> lowerCounts = new HashMap<>();
        for (var e : counts.entrySet()) {
            lowerCounts.merge(e.getKey().toLowerCase(Locale.ROOT), e.getValue(), Integer::sum);
        }
        List<String> byFreq = new ArrayList<>(lowerCounts.keySet());
        byFreq.sort((a, b) -> lowerCounts.get(b) - lowerCounts.get(a) != 0
                ? lowerCounts.get(b) - lowerCounts.get(a)
                : a.compareTo(b));
        Map<String, Integer> ctxId = new HashMap<>();
        for (int i = 0; i < Math.min(contextWords, byFreq.size()); i++) {
            ctxId.put(byFreq.get(i), i);
        }
        Map<String, Integer> shapeId = new HashMap<>();
        int[] ctxOf = new int[n];
        for (int w = 0; w < n; w++) {
            String lower = words.get(w).toLowerCase(Locale.ROOT);
            Integer c = ctxId.get(lower);
            if (c == null) {
                String shape = ShapeFeatures.shape(words.get(w));
                c = contextWords + shapeId.computeIfAbsent(shape, k -> shapeId.size());
            }
            ctxOf[w] = c;
        }
        int ctxN = contextWords + shapeId.size() + 2; // + sentence start / end
        int bos = ctxN - 2;
        int eos = ctxN - 1;
        int[] offsets = {-2, -1, 1, 2};
        int dimsIn = ctxN * offsets.length;
        // count (word, position, context) pairs as sorted longs
        int[] keep = new int[n];
        int kept = 0;
        for (int w = 0; w < n; w++) {
            keep[w] = counts.get(words.get(w)) >= minCount ? kept++ : -1;
        }
        long[] pairs = new long[(int) Math.min(Integer.MAX_VALUE - 8, tokenCount * offsets.length)];
        int p = 0;
        for (int[] s : sentences) {
            for (int i = 0; i < s.length; i++) {
                int k = keep[s[i]];
                if (k < 0) {
                    continue;
                }
                for (int o = 0; o < offsets.length; o++) {
                    int j = i + offsets[o];
                    int c = j < 0 ? bos : j >= s.length ? eos : ctxOf[s[j]];
                    pairs[p++] = (long) k * dimsIn + (long) o * ctxN + c;
                }
            }
        }
        Arrays.sort(pairs, 0, p);
        long[] wordTotals = new long[kept];
        long[] ctxTotals = new long[dimsIn];
        long total = 0;
        for (int i = 0; i < p; i++) {
            wordTotals[(int) (pairs[i] / dimsIn)]++;
            ctxTotals[(int) (pairs[i] % dimsIn)]++;
            total++;
        }
        // fixed random projection of each (position, context) dimension
        Random rnd = new Random(seed);
        float[][] proj = new float[dimsIn][dims];
        for (float[] r : proj) {
            for (int d = 0; d < dims; d++) {
                r[d] = (float) rnd.nextGaussian();
            }
        }
        float[][] vec = new float[kept][dims];
        int i = 0;
        while (i < p) {
            int j = i;
            while (j < p && pairs[j] == pairs[i]) {
                j++;
            }
            int w = (int) (pairs[i] / dimsIn);
            int c = (int) (pairs[i] % dimsIn);
            double pmi = Math.log((double) (j - i) * total / ((double) wordTotals[w] * ctxTotals[c]));
            if (pmi > 0) {
                float[] r = proj[c];
                float[] v = vec[w];
                for (int d = 0; d < dims; d++) {
                    v[d] += (float) pmi * r[d];
                }
            }
            i = j;
        }
        for (float[] v : vec) {
            normalise(v);
        }
        String[] keptWords = new String[kept];
        int[] freq = new int[kept];
        for (int w = 0; w < n; w++) {
            if (keep[w] >= 0) {
                keptWords[keep[w]] = words.get(w);
                freq[keep[w]] = counts.get(words.get(w));
            }
        }
        String[] paths = new String[kept];
        int[] all = new int[kept];
        for (int w = 0; w < kept; w++) {
            all[w] = w;
        }
        split(all, "", vec, freq, maxDepth, paths);
        Integer[] order = new Integer[kept];
        for (int w = 0; w < kept; w++) {
            order[w] = w;
        }
        Arrays.sort(
                order, (a, b) -> paths[a].compareTo(paths[b]) != 0 ? paths[a].compareTo(paths[b]) : freq[b] - freq[a]);
        for (int w : order) {
            if (keptWords[w].indexOf(' ') < 0) {
                out.write(keptWords[w] + " " + paths[w] + "\n");
            }
        }
        return kept;
    }

    /**
     * Exchange clustering at each class count in {@code ks}; writes {@code word c64|c256|…} lines
     * (the labels of one word at each granularity). Words rarer than {@code minCount} share a
     * pseudo-word per shape so their bigrams still count. Returns the number of words written.
     */
    public int learnExchange(int minCount, int[] ks, int passes, Writer out, java.util.function.Consumer<String> log)
            throws IOException {
        int n = words.size();
        Integer[] order = new Integer[n];
        for (int w = 0; w < n; w++) {
            order[w] = w;
        }
        Arrays.sort(order, (a, b) -> {
            int c = Integer.compare(counts.get(words.get(b)), counts.get(words.get(a)));
            return c != 0 ? c : words.get(a).compareTo(words.get(b));
        });
        Map<String, Integer> vocab = new HashMap<>();
        List<String> names = new ArrayList<>();
        int[] map = new int[n];
        for (int w : order) {
            String word = words.get(w);
            String key = counts.get(word) >= minCount ? word : "<rare:" + ShapeFeatures.shape(word) + ">";
            Integer id = vocab.get(key);
            if (id == null) {
                id = names.size();
                vocab.put(key, id);
                names.add(key);
            }
            map[w] = id;
        }
        int boundary = names.size();
        names.add("<s>");
        int v = names.size();
        long[] count = new long[v];
        long[] pairs = new long[(int) (tokenCount + sentences.size())];
        int p = 0;
        for (int[] sent : sentences) {
            int prev = boundary;
            for (int w : sent) {
                int id = map[w];
                count[id]++;
                pairs[p++] = (long) prev * v + id;
                prev = id;
            }
            pairs[p++] = (long) prev * v + boundary;
            count[boundary]++;
        }
        Arrays.sort(pairs, 0, p);
        int distinct = 0;
        for (int i = 0; i < p; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                distinct++;
            }
        }
        int[] left = new int[distinct];
        int[] right = new int[distinct];
        int[] nb = new int[distinct];
        int d = -1;
        for (int i = 0; i < p; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                d++;
                left[d] = (int) (pairs[i] / v);
                right[d] = (int) (pairs[i] % v);
            }
            nb[d]++;
        }
        ExchangeClustering ex = new ExchangeClustering(v, count, left, right, nb, p);
        int[][] labels = new int[ks.length][];
        for (int i = 0; i < ks.length; i++) {
            long t0 = System.nanoTime();
            labels[i] = ex.cluster(ks[i], passes);
            log.accept(String.format(
                    java.util.Locale.ROOT,
                    "exchange k=%d over %d words, %d bigram types: %.1f s",
                    ks[i],
                    v,
                    distinct,
                    (System.nanoTime() - t0) / 1e9));
        }
        int written = 0;
        for (int id = 0; id < v; id++) {
            String name = names.get(id);
            if (name.startsWith("<") && name.endsWith(">") && name.length() > 2) {
                continue;
            }
            StringBuilder b = new StringBuilder(name).append(' ');
            for (int i = 0; i < ks.length; i++) {
                b.append(i == 0 ? "" : "|")
                        .append('k')
                        .append(ks[i])
                        .append('-')
                        .append(labels[i][id]);
            }
            out.write(b.append('\n').toString());
            written++;
        }
        return written;
    }

    private static void split(int[] members, String path, float[][] vec, int[] freq, int maxDepth, String[] paths) {
        if (members.length <= 1 || path.length() >= maxDepth) {
            for (int w : members) {
                paths[w] = path.isEmpty() ? "0" : path;
            }
            return;
        }
        int dims = vec[0].length;
        // seeds from the principal direction of the members (power iteration from a fixed start):
        // the centroids of the two sides of the mean, then refined by 2-means
        float[] mean = new float[dims];
        for (int w : members) {
            for (int d = 0; d < dims; d++) {
                mean[d] += vec[w][d] / members.length;
            }
        }
        float[] u = new float[dims];
        for (int d = 0; d < dims; d++) {
            u[d] = (d % 7) - 3 + 0.5f;
        }
        normalise(u);
        for (int iter = 0; iter < 10; iter++) {
            float[] next = new float[dims];
            for (int w : members) {
                double proj = 0;
                for (int d = 0; d < dims; d++) {
                    proj += (vec[w][d] - mean[d]) * u[d];
                }
                for (int d = 0; d < dims; d++) {
                    next[d] += (float) proj * (vec[w][d] - mean[d]);
                }
            }
            normalise(next);
            u = next;
        }
        float[] ca = new float[dims];
        float[] cb = new float[dims];
        for (int w : members) {
            double proj = 0;
            for (int d = 0; d < dims; d++) {
                proj += (vec[w][d] - mean[d]) * u[d];
            }
            float[] t = proj >= 0 ? ca : cb;
            for (int d = 0; d < dims; d++) {
                t[d] += vec[w][d];
            }
        }
        normalise(ca);
        normalise(cb);
        boolean[] left = new boolean[members.length];
        for (int iter = 0; iter < 8; iter++) {
            float[] na = new float[dims];
            float[] nb = new float[dims];
            for (int m = 0; m < members.length; m++) {
                float[] v = vec[members[m]];
                left[m] = dot(ca, v) >= dot(cb, v);
                float[] t = left[m] ? na : nb;
                for (int d = 0; d < dims; d++) {
                    t[d] += v[d];
                }
            }
            normalise(na);
            normalise(nb);
            ca = na;
            cb = nb;
        }
        int nl = 0;
        for (boolean l : left) {
            if (l) {
                nl++;
            }
        }
        if (nl == 0 || nl == members.length) {
            // identical vectors: split by frequency order so paths stay distinct enough
            nl = members.length / 2;
            Arrays.fill(left, false);
            Arrays.fill(left, 0, nl, true);
        }
        int[] l = new int[nl];
        int[] r = new int[members.length - nl];
        int li = 0;
        int ri = 0;
        for (int m = 0; m < members.length; m++) {
            if (left[m]) {
                l[li++] = members[m];
            } else {
                r[ri++] = members[m];
            }
        }
        split(l, path + "0", vec, freq, maxDepth, paths);
        split(r, path + "1", vec, freq, maxDepth, paths);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int d = 0; d < a.length; d++) {
            s += a[d] * b[d];
        }
        return s;
    }

    private static void normalise(float[] v) {
        double s = Math.sqrt(dot(v, v));
        if (s > 0) {
            for (int d = 0; d < v.length; d++) {
                v[d] /= (float) s;
            }
        }
    }
}
