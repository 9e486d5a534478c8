package org.newslint.nlp;

import java.util.Map;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model's feature weights, laid out for lookup: one open-addressing table of the
 * feature names with their hashes beside them, and every weight in two flat arrays.
 *
 * <p>OpenNLP keeps the weights as a {@code Map<String, Context>}; a lookup walks from the table to
 * a node, the key, the context and its two arrays, five objects apart in memory, and the name
 * finder, tagger and lemmatiser make tens of lookups per token (the largest single cost of the
 * analysis in a JFR profile). Here a lookup reads the hash array, the key (to compare it: answers
 * are exact, never a hash's guess) and the flat weights. {@link #addTo} adds a feature's weights in
 * the context's own order, so every sum is the same double as summing the {@code Context} arrays.
 */
public final class WeightTable {
    private final int mask;
    private final int shift;
    private final int[] hashes;
    private final String[] keys;
    /** Per slot, where its weights start and end in {@link #outcomes}/{@link #parameters}. */
    private final int[] from;

    private final int[] to;
    private final int[] outcomes;
    private final double[] parameters;

    /** Tables already laid out, by the weight map they copy (its identity), so per-thread decoders share one. */
    private static final Map<Map<String, Context>, WeightTable> LAID_OUT = new java.util.IdentityHashMap<>();

    /**
     * The table for a model's weight map, laid out once per map (a model) and shared: tables are
     * immutable. A few are kept (the shipped models); tests that load more models start over.
     */
    public static WeightTable of(Map<String, Context> weights) {
        synchronized (LAID_OUT) {
            WeightTable table = LAID_OUT.get(weights);
            if (table == null) {
                if (LAID_OUT.size() >= 8) {
                    LAID_OUT.clear();
                }
                table = new WeightTable(weights);
                LAID_OUT.put(weights, table);
            }
            return table;
        }
    }

    private WeightTable(Map<String, Context> weights) {
        int size = Integer.highestOneBit(Math.max(4, weights.size() * 2 - 1)) << 1; // load at most one half
        mask = size - 1;
        shift = Integer.numberOfLeadingZeros(mask);
        hashes = new int[size];
        keys = new String[size];
        from = new int[size];
        to = new int[size];
        int total = 0;
        for (Context c : weights.values()) {
            total += c.getOutcomes().length;
        }
        outcomes = new int[total];
        parameters = new double[total];
        int next = 0;
        for (Map.Entry<String, Context> e : weights.entrySet()) {
            String key = e.getKey();
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = h;
            int[] active = e.getValue().getOutcomes();
            double[] weight = e.getValue().getParameters();
            from[slot] = next;
            System.arraycopy(active, 0, outcomes, next, active.length);
            System.arraycopy(weight, 0, parameters, next, active.length);
            next += active.length;
            to[slot] = next;
        }
    }

    /**
     * Fibonacci hashing: feature names differ in a character or two ("p1w=x", "p2w=x"), so their
     * String hashes are close together, and linear probing over the low bits would pile them up.
     */
    private int spread(int h) {
        return (h * 0x9E3779B9) >>> shift;
    }

    /** Adds {@code feature}'s weights to {@code scores} (by outcome index); false if the model has no such feature. */
    public boolean addTo(String feature, double[] scores) {
        int h = feature.hashCode();
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return false;
            }
            if (hashes[slot] == h && key.equals(feature)) {
                for (int a = from[slot], end = to[slot]; a < end; a++) {
                    scores[outcomes[a]] += parameters[a];
                }
                return true;
            }
        }
    }
}
