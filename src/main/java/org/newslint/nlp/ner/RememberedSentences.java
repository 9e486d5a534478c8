package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import opennlp.tools.util.Span;

/**
 * The name finder's decisions for sentences it has already decoded in the same situation, so that a
 * keystroke re-decodes only the sentences whose inputs changed.
 *
 * <p>With the shipped feature descriptor, what the decoder sees of a sentence is: its tokens (every
 * window, shape, affix, bigram, gazetteer and cluster feature is computed within the sentence), and
 * for each token what the document says about that exact word: OpenNLP's previous map (the outcome
 * the word was last given earlier in the document), {@link HistoryFeatures} (for a capitalised word,
 * the type it was most often given earlier and whether always, or that it is unseen) and, for a
 * capitalised word, its {@link DocumentContext} features in order. The key of a sentence holds
 * exactly that, per token: the last outcome, the history features as a code, and the context as an
 * id given to each distinct context content (a context id is never reused for another content until
 * {@link #forgetAll} forgets every key with it). The remembering decoder's generators do not read
 * adaptive data or {@link DocumentContext} at all: {@link SentenceState} publishes the key's state to
 * generators that emit the same strings from it, so the features of a sentence are a function of its
 * tokens and its key, and a remembered decision is the decision ({@code NameDecoderTest} checks it
 * against {@code NameFinderME} over edited documents). {@link SentenceState#covers} allows remembering only for
 * descriptors made of the generators this argument covers; a new generator switches it off until the
 * argument is extended.
 *
 * <p>The state is kept per word in arrays indexed by interned word ids, reset per document by a
 * generation stamp, and each distinct sentence's ids and context contributions are worked out once
 * ({@link Known}), so an analysis costs a few array reads per word plus a hash per sentence; the
 * documents' contexts are folded from those contributions exactly as {@link DocumentContext#begin}
 * folds them (first occurrences first, new features only, until {@link DocumentContext#MAX_FEATURES}).
 *
 * <p>Not thread-safe: one per {@link NameDecoder}.
 */
final class RememberedSentences {
    private static final int CAPACITY = 2048;
    /** The most sentences ever remembered (a 1 MiB article has about 9,000). */
    private static final int MOST = 1 << 17;
    /** Past this many distinct words, context features or contexts, everything is forgotten and learnt anew. */
    private static final int MOST_WORDS = 1 << 20;

    /** A decoded sentence: each token's outcome (an index into the model's outcomes), its probability, and the names (never modified). */
    record Decoded(int[] outcomes, double[] tokenProbs, Span[] names) {}

    /** Decodes one sentence whose state {@link SentenceState} publishes. */
    interface Decoder {
        Decoded decode(String[] tokens);
    }

    private static final Decoded NOTHING = new Decoded(new int[0], new double[0], new Span[0]);

    private final String[] outcomeNames;
    /** Per outcome, its {@link HistoryFeatures#type} as an index into the types in alphabetical order. */
    private final int[] typeOf;

    private final int types;
    /** Per type, the history features it gives. */
    private final String[] bestFeature;

    private final String[] alwaysFeature;
    private final String[] mostlyFeature;

    /** A distinct sentence: its tokens, word ids, and what it adds to the document's contexts. */
    private static final class Known {
        final Tokens tokens;
        /** Per token, its word id. */
        final int[] ids;
        /** Per token, the id of its context (its lower case) if it is capitalised, else -1. */
        final int[] context;
        /** Per capitalised token in order, the ids of the four {@link DocumentContext#features} it adds. */
        final int[] adds;

        Known(Tokens tokens, int[] ids, int[] context, int[] adds) {
            this.tokens = tokens;
            this.ids = ids;
            this.context = context;
            this.adds = adds;
        }
    }

    /** A sentence's tokens as a key: equal contents are equal. */
    private static final class Tokens {
        final String[] words;
        final int hash;

        Tokens(String[] words) {
            this.words = words;
            this.hash = Arrays.hashCode(words);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Tokens t && t.hash == hash && Arrays.equals(t.words, words);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Everything a sentence's decoding depends on (see the class comment): the sentence and its per-token state. */
    private static final class Key {
        final Known sentence;
        final int[] state;
        final int hash;

        Key(Known sentence, int[] state) {
            this.sentence = sentence;
            this.state = state;
            this.hash = 31 * sentence.tokens.hash + Arrays.hashCode(state);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && k.sentence == sentence && Arrays.equals(k.state, state);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private Map<String, Integer> wordIds;
    private DocumentContexts contexts;

    /** Per word id: the document it was last seen in, the outcome it was last given (+1), the count of each type. */
    private int[] stamp;

    private int[] last;
    private int[] counts;
    private int document;

    private int capacity = CAPACITY;
    private Map<Tokens, Known> known;
    private Map<Key, Decoded> decoded;
    private long hits;

    /**
     * The last document: each sentence's tokens, {@link Known}, state and decision. A sentence equal to the one at
     * the same place ({@link LastDocument#places}) takes that {@link Known}, and with an equal state that decision
     * (exact: it is the decision for that key, whether or not the memory still holds it), with no hash.
     */
    private String[][] lastWords = new String[0][];

    private Known[] lastKnown = new Known[0];
    private int[][] lastState = new int[0][];
    private Decoded[] lastDecoded = new Decoded[0];

    RememberedSentences(String[] outcomeNames) {
        this.outcomeNames = outcomeNames.clone();
        List<String> sorted = new ArrayList<>(new TreeSet<>(
                Arrays.stream(outcomeNames).map(HistoryFeatures::type).toList()));
        this.types = sorted.size();
        this.typeOf = new int[outcomeNames.length];
        for (int o = 0; o < outcomeNames.length; o++) {
            typeOf[o] = sorted.indexOf(HistoryFeatures.type(outcomeNames[o]));
        }
        this.bestFeature = new String[types];
        this.alwaysFeature = new String[types];
        this.mostlyFeature = new String[types];
        for (int t = 0; t < types; t++) {
            bestFeature[t] = HistoryFeatures.feature(sorted.get(t));
            alwaysFeature[t] = HistoryFeatures.feature(sorted.get(t), true);
            mostlyFeature[t] = HistoryFeatures.feature(sorted.get(t), false);
        }
        forgetAll();
    }

    /** Forgets every word, context and sentence (all ids start again). */
    @SuppressWarnings("unchecked")
    private void forgetAll() {
        wordIds = new HashMap<>();
        contexts = new DocumentContexts();
        stamp = new int[1024];
        last = new int[1024];
        counts = new int[1024 * types];
        known = lru();
        decoded = lru();
        lastWords = new String[0][];
        lastKnown = new Known[0];
        lastState = new int[0][];
        lastDecoded = new Decoded[0];
    }

    private <K, V> Map<K, V> lru() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Room for twice a document's sentences: decoding a document longer than the memory in order would never hit. */
    void expect(int sentences) {
        capacity = (int) Math.max(capacity, Math.min(MOST, 2L * sentences));
    }

    /**
     * Every sentence of one document decoded: from memory where its key was seen, else by {@code
     * decoder} with the sentence's state published. An empty sentence has no names and teaches nothing.
     */
    List<Decoded> decodeDocument(List<String[]> sentences, Decoder decoder) {
        if (wordIds.size() > MOST_WORDS || contexts.size() > MOST_WORDS) {
            forgetAll();
        }
        document++;
        contexts.begin();
        int n = sentences.size();
        int[] was = LastDocument.places(sentences, lastWords); // the same sentence's place in the last document, or -1
        Known[] sentence = new Known[n];
        for (int k = 0; k < n; k++) {
            String[] tokens = sentences.get(k);
            if (tokens.length > 0) {
                sentence[k] = was[k] >= 0 ? lastKnown[was[k]] : known(tokens);
                contexts.fold(sentence[k].context, sentence[k].adds, document);
            }
        }
        contexts.settle();
        List<Decoded> out = new ArrayList<>(n);
        String[][] words = new String[n][];
        int[][] states = new int[n][];
        Decoded[] decisions = new Decoded[n];
        for (int k = 0; k < n; k++) {
            Known s = sentence[k];
            words[k] = sentences.get(k);
            if (s == null) {
                out.add(NOTHING);
                continue;
            }
            int[] state = state(s);
            Decoded d;
            if (was[k] >= 0 && Arrays.equals(state, lastState[was[k]])) {
                d = lastDecoded[was[k]];
                hits++;
            } else {
                Key key = new Key(s, state);
                d = decoded.get(key);
                if (d == null) {
                    d = decode(s, key.state, decoder);
                    decoded.put(key, d);
                } else {
                    hits++;
                }
            }
            learn(s, d.outcomes());
            states[k] = state;
            decisions[k] = d;
            out.add(d);
        }
        lastWords = words;
        lastKnown = sentence;
        lastState = states;
        lastDecoded = decisions;
        return out;
    }

    /** How many sentences were answered from memory (for tests and benchmarks). */
    long hits() {
        return hits;
    }

    private Known known(String[] tokens) {
        Tokens key = new Tokens(tokens);
        Known k = known.get(key);
        if (k == null) {
            int[] ids = new int[tokens.length];
            int[] context = new int[tokens.length];
            int capitalised = 0;
            for (int i = 0; i < tokens.length; i++) {
                ids[i] = wordId(tokens[i]);
                context[i] = DocumentContext.capitalised(tokens[i]) ? contexts.key(DocumentContext.key(tokens[i])) : -1;
                capitalised += context[i] >= 0 ? 1 : 0;
            }
            int[] adds = new int[4 * capitalised];
            int c = 0;
            for (int i = 0; i < tokens.length; i++) {
                if (context[i] >= 0) {
                    for (String f : DocumentContext.features(tokens, i)) {
                        adds[c++] = contexts.featureId(f);
                    }
                }
            }
            k = new Known(key, ids, context, adds);
            known.put(key, k);
        }
        return k;
    }

    static int intern(Map<String, Integer> ids, String s) {
        Integer id = ids.get(s);
        if (id == null) {
            id = ids.size();
            ids.put(s, id);
        }
        return id;
    }

    private int wordId(String word) {
        int id = intern(wordIds, word);
        if (id >= stamp.length) {
            int n = Math.max(2 * stamp.length, id + 1);
            stamp = Arrays.copyOf(stamp, n);
            last = Arrays.copyOf(last, n);
            counts = Arrays.copyOf(counts, n * types);
        }
        return id;
    }

    /**
     * The sentence's state before it is decoded: per token the outcome its word was last given (+1,
     * 0 for none), then per capitalised token its history code (0 unseen, else 1 + 2 x the most
     * frequent type + 1 if always that type) and its context id.
     */
    private int[] state(Known s) {
        int n = s.ids.length;
        int[] state = new int[n + 2 * (s.adds.length / 4)];
        int c = n;
        for (int i = 0; i < n; i++) {
            int id = s.ids[i];
            boolean seen = stamp[id] == document;
            state[i] = seen ? last[id] : 0;
            if (s.context[i] >= 0) {
                state[c++] = seen ? history(id) : 0;
                state[c++] = contexts.id(s.context[i]);
            }
        }
        return state;
    }

    /** {@link HistoryFeatures}' decision as a code: the most frequent type (ties: the first alphabetically) and whether always. */
    private int history(int id) {
        int total = 0;
        int best = -1;
        int bestN = 0;
        for (int t = 0; t < types; t++) {
            int n = counts[id * types + t];
            total += n;
            if (n > bestN) {
                best = t;
                bestN = n;
            }
        }
        return total == 0 ? 0 : 1 + 2 * best + (bestN == total ? 1 : 0);
    }

    private Decoded decode(Known s, int[] state, Decoder decoder) {
        int n = s.ids.length;
        String[] tokens = s.tokens.words.clone(); // a new array: generators cache features by the array's identity
        String[] lastOutcome = new String[n];
        String[][] history = new String[n][];
        @SuppressWarnings("unchecked")
        List<String>[] context = new List[n];
        int c = n;
        for (int i = 0; i < n; i++) {
            lastOutcome[i] = state[i] == 0 ? null : outcomeNames[state[i] - 1];
            if (s.context[i] >= 0) {
                int h = state[c++];
                history[i] = h == 0
                        ? new String[] {HistoryFeatures.UNSEEN}
                        : new String[] {
                            bestFeature[(h - 1) / 2],
                            (h - 1) % 2 == 1 ? alwaysFeature[(h - 1) / 2] : mostlyFeature[(h - 1) / 2]
                        };
                c++;
                context[i] = contexts.strings(s.context[i]);
            } else {
                context[i] = List.of();
            }
        }
        SentenceState.publish(new SentenceState(tokens, lastOutcome, history, context));
        try {
            return decoder.decode(tokens);
        } finally {
            SentenceState.end();
        }
    }

    /** What the document now says about each word of a decoded sentence (as the adaptive generators would learn it). */
    private void learn(Known s, int[] outcomes) {
        for (int i = 0; i < s.ids.length; i++) {
            int id = s.ids[i];
            if (stamp[id] != document) {
                stamp[id] = document;
                Arrays.fill(counts, id * types, id * types + types, 0);
            }
            last[id] = outcomes[i] + 1;
            if (s.context[i] >= 0) {
                counts[id * types + typeOf[outcomes[i]]]++;
            }
        }
    }
}
