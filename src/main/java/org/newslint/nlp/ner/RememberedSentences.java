package org.newslint.nlp.ner;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name finder's decisions for sentences it has already decoded in the same situation, so that a
 * keystroke re-decodes only the sentences whose inputs changed.
 *
 * <p>With the shipped feature descriptor, what the decoder sees of a sentence is: its tokens (every
 * window, shape, affix, bigram, gazetteer and cluster feature is computed within the sentence), and
 * for each token what the document says about that exact word: the outcomes it was given earlier in
 * the document (OpenNLP's previous map keeps the last, {@link HistoryFeatures} counts the types of
 * capitalised words; the key holds the last and, for capitalised words, the count of each outcome,
 * which is bounded where a list of every earlier outcome grew with the document: quadratic on
 * 100,000 sentences of "Yes.") and, for a capitalised word, its {@link DocumentContext} features in order.
 * The {@link Key} holds exactly that, so a remembered decision is the decision: the result cannot
 * differ from decoding again ({@code NameDecoderTest} checks it against {@code NameFinderME} over
 * edited documents). {@link #appliesTo} allows remembering only for descriptors made of the
 * generators this argument covers; a new generator switches it off until the argument is extended.
 *
 * <p>Not thread-safe: one per {@link NameDecoder}.
 */
final class RememberedSentences {
    /** Generators whose features depend on nothing but what a {@link Key} holds. */
    private static final Set<String> COVERED = Set.of(
            "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory",
            "org.newslint.nlp.ner.ShapeFeatures$Factory",
            WordFeatures.TOKEN,
            WordFeatures.TOKEN_CLASS,
            "org.newslint.nlp.ner.HistoryFeatures$Factory",
            "org.newslint.nlp.ner.GazetteerFeatures$Factory",
            "org.newslint.nlp.ner.ClusterFeatures$Factory",
            "org.newslint.nlp.ner.ContextAggregationFeatures$Factory");

    private static final Pattern GENERATOR_CLASS = Pattern.compile("class=\"([^\"]+)\"");
    private static final int CAPACITY = 2048;
    /** The most sentences ever remembered (a 1 MiB article has about 9,000). */
    private static final int MOST = 1 << 17;

    /** A decoded sentence: each token's outcome and its probability. */
    record Decoded(List<String> outcomes, double[] tokenProbs) {}

    /** Everything a sentence's decoding depends on (see the class comment). */
    record Key(List<String> tokens, List<Object> wordStates) {}

    private final Map<String, String> lastOutcome = new HashMap<>();
    /** For capitalised words, how often each outcome was given (bounded by the model's outcomes, unlike a list). */
    private final Map<String, Map<String, Integer>> capitalisedCounts = new HashMap<>();

    private int capacity = CAPACITY;
    private final Map<Key, Decoded> decoded = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Decoded> eldest) {
            return size() > capacity;
        }
    };

    /** Room for twice a document's sentences: decoding a document longer than the memory in order would never hit. */
    void expect(int sentences) {
        capacity = (int) Math.max(capacity, Math.min(MOST, 2L * sentences));
    }

    /** Whether every generator in this feature descriptor is one the {@link Key} accounts for. */
    static boolean appliesTo(byte[] descriptor) {
        if (descriptor == null) {
            return false;
        }
        String xml = new String(descriptor, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        Matcher m = GENERATOR_CLASS.matcher(xml);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!COVERED.contains(m.group(1))) {
                return false;
            }
        }
        return any;
    }

    /** The key of {@code tokens} in the current document, before they are decoded. */
    Key key(String[] tokens) {
        List<Object> states = new ArrayList<>(tokens.length);
        for (String t : tokens) {
            if (capitalised(t)) {
                // the last outcome (previous map) and the counts per outcome (finer than the types
                // HistoryFeatures counts), and the document context in order
                String last = lastOutcome.get(t);
                Map<String, Integer> counts = capitalisedCounts.get(t);
                states.add(List.of(
                        last == null ? "" : last,
                        counts == null ? Map.of() : Map.copyOf(counts),
                        List.copyOf(DocumentContext.of(t))));
            } else {
                String last = lastOutcome.get(t);
                states.add(last == null ? "" : last);
            }
        }
        return new Key(List.of(tokens), states);
    }

    private long hits;

    Decoded get(Key key) {
        Decoded d = decoded.get(key);
        if (d != null) {
            hits++;
        }
        return d;
    }

    /** How many sentences were answered from memory (for tests and benchmarks). */
    long hits() {
        return hits;
    }

    void put(Key key, Decoded value) {
        decoded.put(key, value);
    }

    /** What the document now says about each word of a decoded sentence (as the adaptive generators learn it). */
    void learn(String[] tokens, List<String> outcomes) {
        for (int i = 0; i < tokens.length; i++) {
            lastOutcome.put(tokens[i], outcomes.get(i));
            if (capitalised(tokens[i])) {
                capitalisedCounts
                        .computeIfAbsent(tokens[i], k -> new HashMap<>())
                        .merge(outcomes.get(i), 1, Integer::sum);
            }
        }
    }

    /** A new document: forget what this one said about its words (remembered sentences stay valid). */
    void newDocument() {
        lastOutcome.clear();
        capitalisedCounts.clear();
    }

    private static boolean capitalised(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }
}
