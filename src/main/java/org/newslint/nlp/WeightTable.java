package org.newslint.nlp;

import java.util.Arrays;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;

/**
 * A maximum-entropy model's feature weights, laid out for lookup: one open-addressing table whose
 * slots are four ints side by side (the name's hash, where the name's characters start in one shared
 * character pool, the name's length and weight count, where its weights start), and every weight in
 * two flat arrays.
 *
 * <p>OpenNLP keeps the weights as a {@code Map<String, Context>}; a lookup walks from the table to
 * a node, the key, the context and its two arrays, five objects apart in memory, and the name
 * finder, tagger and lemmatiser make tens of lookups per token (the largest single cost of the
 * analysis in a JFR profile, bound by memory reads). Here a probe reads one slot (a part of one cache
 * line); only a slot with the same hash compares the name, in the pool (answers are exact, never a
 * hash's guess); then the flat weights. {@link #addTo} adds a feature's weights in the context's own
 * order, so every sum is the same double as summing the {@code Context} arrays.
 */
public final class WeightTable {
    /** Ints per slot in {@link #slots}: hash, name start, name length | weight count << 16, weights start. */
    private static final int SLOT = 4;

    private final int mask;
    private final int shift;
    /** The slots; an empty slot is all zero (a name is never empty, so an occupied slot's third int is not). */
    private final int[] slots;
    /** Every feature name's characters, one after another. */
    private final char[] names;

    private final int[] outcomes;
    private final double[] parameters;
    private final int features;

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

    /** A table of its own for {@code weights}, not remembered: the caller may let the map go. */
    public static WeightTable copyOf(Map<String, Context> weights) {
        return new WeightTable(weights);
    }

    /** A table of its own for a maxent or perceptron model's weights ({@link #copyOf(Map)}). */
    public static WeightTable copyOf(AbstractModel model) {
        return copyOf(weights(model));
    }

    /** The shared table for a model's weights ({@link #of(Map)}). */
    public static WeightTable of(AbstractModel model) {
        return of(weights(model));
    }

    /** OpenNLP's map of a model's weights, by feature name (the second of its data structures). */
    @SuppressWarnings("unchecked")
    static Map<String, Context> weights(AbstractModel model) {
        return (Map<String, Context>) model.getDataStructures()[1];
    }

    private WeightTable(Map<String, Context> weights) {
        this(mapFeatures(weights));
    }

    /** A model's features as a table is laid out from them: names, active outcomes and weights, in one order. */
    record Features(String[] names, int[][] activeOutcomes, double[] weights) {}

    private static Features mapFeatures(Map<String, Context> weights) {
        String[] names = new String[weights.size()];
        int[][] active = new int[weights.size()][];
        int total = 0;
        int i = 0;
        for (Map.Entry<String, Context> e : weights.entrySet()) {
            names[i] = e.getKey();
            active[i] = e.getValue().getOutcomes();
            total += active[i].length;
            i++;
        }
        double[] parameters = new double[total];
        int next = 0;
        for (Context c : weights.values()) {
            System.arraycopy(c.getParameters(), 0, parameters, next, c.getOutcomes().length);
            next += c.getOutcomes().length;
        }
        return new Features(names, active, parameters);
    }

    /**
     * A table laid out from a model file's features as they are read ({@link MaxentFile}): feature {@code i}
     * has the outcomes {@code activeOutcomes[i]} and the next that many of {@code weights}, in file order; the
     * table keeps the weights array.
     *
     * @throws IllegalArgumentException when a name occurs twice (OpenNLP's map would keep one of them)
     */
    static WeightTable of(Features features) {
        return new WeightTable(features);
    }

    private WeightTable(Features features) {
        String[] keys = features.names();
        int[][] active = features.activeOutcomes();
        int size = Integer.highestOneBit(Math.max(4, keys.length * 2 - 1)) << 1; // load at most one half
        mask = size - 1;
        shift = Integer.numberOfLeadingZeros(mask);
        slots = new int[size * SLOT];
        long characters = 0;
        int total = 0;
        for (int i = 0; i < keys.length; i++) {
            characters += keys[i].length();
            total += active[i].length;
        }
        if (characters > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("feature names too long for one table: " + characters);
        }
        if (total != features.weights().length) {
            throw new IllegalArgumentException(
                    total + " active outcomes but " + features.weights().length + " weights");
        }
        names = new char[(int) characters];
        outcomes = new int[total];
        this.features = keys.length;
        parameters = features.weights(); // made for this table (mapFeatures, MaxentFile): kept, not copied
        int next = 0;
        int nextName = 0;
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            if (key.isEmpty() || key.length() > 0xFFFF || active[i].length > 0x7FFF) {
                throw new IllegalArgumentException("a feature this table cannot hold: \"" + key + "\"");
            }
            int h = key.hashCode();
            int slot = spread(h) & mask;
            while (slots[slot * SLOT + 2] != 0) {
                if (slots[slot * SLOT] == h && named(key, slots[slot * SLOT + 1], slots[slot * SLOT + 2] & 0xFFFF)) {
                    throw new IllegalArgumentException("the feature \"" + key + "\" occurs twice");
                }
                slot = (slot + 1) & mask;
            }
            key.getChars(0, key.length(), names, nextName);
            slots[slot * SLOT] = h;
            slots[slot * SLOT + 1] = nextName;
            slots[slot * SLOT + 2] = key.length() | active[i].length << 16;
            slots[slot * SLOT + 3] = next;
            nextName += key.length();
            System.arraycopy(active[i], 0, outcomes, next, active[i].length);
            next += active[i].length;
        }
    }

    /** How many features the table holds. */
    int size() {
        return features;
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
        int at = find(feature);
        if (at < 0) {
            return false;
        }
        for (int a = slots[at + 3], end = a + (slots[at + 2] >>> 16); a < end; a++) {
            scores[outcomes[a]] += parameters[a];
        }
        return true;
    }

    /** Where {@code feature}'s slot starts in {@link #slots}, or -1 if the model has no such feature. */
    private int find(String feature) {
        int h = feature.hashCode();
        for (int slot = spread(h) & mask; ; slot = (slot + 1) & mask) {
            int at = slot * SLOT;
            int lengthAndCount = slots[at + 2];
            if (lengthAndCount == 0) {
                return -1;
            }
            if (slots[at] == h && named(feature, slots[at + 1], lengthAndCount & 0xFFFF)) {
                return at;
            }
        }
    }

    /**
     * {@code feature}'s weights as OpenNLP's {@link Context} holds them (outcomes and weights in the model's
     * order), or null if the model has no such feature: for a decoder that looks a few features up once
     * instead of keeping the model's map for them.
     */
    public Context contextOf(String feature) {
        int at = find(feature);
        if (at < 0) {
            return null;
        }
        int from = slots[at + 3];
        int to = from + (slots[at + 2] >>> 16);
        return new Context(Arrays.copyOfRange(outcomes, from, to), Arrays.copyOfRange(parameters, from, to));
    }

    private boolean named(String feature, int start, int length) {
        if (feature.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (names[start + i] != feature.charAt(i)) {
                return false;
            }
        }
        return true;
    }
}
