package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
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
 * <p>An edit re-decodes only what it can reach ({@link #decodeDocument}): each sentence is matched with the last
 * document's ({@link LastDocument#align}, equal words, places increasing); only the contexts of the words of new and
 * gone sentences are folded again (the others have the same occurrences in the same order, so the same content);
 * and a matched sentence none of whose words is dirty in {@link WordStates} and none of whose contexts changed has,
 * by the invariant stated in the method, the key it had, so it takes its last state and decision without its state
 * being worked out; the running state is learnt only up to the last sentence whose state is needed.
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

    private WordStates wordStates;
    private int document;
    private DocumentContexts contexts;

    private int capacity = CAPACITY;
    private Map<Known.Tokens, Known> known;
    private Map<Key, Decoded> decoded;
    private long hits;

    /**
     * The last document: each sentence's tokens, {@link Known}, state and decision. A sentence equal to the one at
     * the same place ({@link LastDocument#places}) takes that {@link Known}, and with an equal state that decision
     * (exact: it is the decision for that key, whether or not the memory still holds it), with no hash.
     */
    private String[][] lastWords = new String[0][];
    /** Per sentence of the last document, its {@link Known}'s sig0, sig1, foldSig (in a row: read in text order). */
    private long[] lastSigs = new long[0];

    private Known[] lastKnown = new Known[0];
    private int[][] lastState = new int[0][];
    private Decoded[] lastDecoded = new Decoded[0];

    /** Whether the model has a weight for a context feature ({@link DocumentContexts}). */
    private final java.util.function.Predicate<String> liveContext;

    /**
     * {@code liveContext}: whether the decoder's score can read a context feature (see {@link DocumentContexts});
     * {@code f -> true} when that is not known.
     */
    RememberedSentences(String[] outcomeNames, java.util.function.Predicate<String> liveContext) {
        this.liveContext = liveContext;
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
        wordStates = new WordStates(types, typeOf);
        contexts = new DocumentContexts(liveContext);
        known = lru();
        decoded = lru();
        lastWords = new String[0][];
        lastSigs = new long[0];
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
        if (wordStates.size() > MOST_WORDS || contexts.size() > MOST_WORDS) {
            forgetAll();
        }
        document++;
        // the last document, forgotten until this one is done (an analysis that fails leaves none)
        String[][] beforeWords = lastWords;
        long[] beforeSigs = lastSigs;
        Known[] before = lastKnown;
        int[][] beforeState = lastState;
        Decoded[] beforeDecoded = lastDecoded;
        lastWords = new String[0][];
        lastSigs = new long[0];
        lastKnown = new Known[0];
        lastState = new int[0][];
        lastDecoded = new Decoded[0];
        wordStates.begin(document);

        int n = sentences.size();
        long[] sigs = new long[3 * n];
        long refold = 0;
        int[] was =
                LastDocument.places(sentences, beforeWords); // the same sentence's place in the last document, or -1
        Known[] sentence = new Known[n];
        // a context changes only if a word with it is in a sentence that is new or gone: the others keep theirs
        contexts.begin(document);
        int j = 0;
        for (int k = 0; k < n; k++) {
            String[] tokens = sentences.get(k);
            if (was[k] >= 0) {
                for (; j < was[k]; j++) {
                    if (before[j] != null) {
                        contexts.refold(before[j].keys);
                        refold |= before[j].foldSig;
                    }
                }
                j = was[k] + 1;
                sentence[k] = before[was[k]];
                System.arraycopy(beforeSigs, 3 * was[k], sigs, 3 * k, 3);
            } else if (tokens.length > 0) {
                Known s = known(tokens);
                sentence[k] = s;
                contexts.refold(s.keys);
                refold |= s.foldSig;
                sigs[3 * k] = s.sig0;
                sigs[3 * k + 1] = s.sig1;
                sigs[3 * k + 2] = s.foldSig;
            }
        }
        for (; j < before.length; j++) {
            if (before[j] != null) {
                contexts.refold(before[j].keys);
                refold |= before[j].foldSig;
            }
        }
        if (contexts.refolding()) {
            for (int k = 0; k < n; k++) {
                if ((sigs[3 * k + 2] & refold) != 0) { // else none of its contexts is folded again
                    contexts.fold(sentence[k].keys, sentence[k].adds);
                }
            }
            contexts.settle();
            for (int t = 0; t < contexts.refolded(); t++) {
                int ck = contexts.refolded(t);
                if (contexts.changed(ck)) {
                    wordStates.changedContext(ck);
                }
            }
        }
        List<Decoded> out = new ArrayList<>(n);
        String[][] words = new String[n][];
        int[][] states = new int[n][];
        Decoded[] decisions = new Decoded[n];
        // Invariant, at each sentence with a place in the last document: every word not marked dirty has the same
        // running state (last outcome, counts, seen) as it had there, so such a sentence whose words are all clean
        // and whose contexts did not change has the state it had there, and the decision it had.
        int runFrom = 0; // the first sentence of the current run of new sentences
        int learnt = 0; // the sentences before this one have taught the running state (needed only before a state)
        j = 0; // the first sentence of the last document not passed
        for (int k = 0; k < n; k++) {
            Known s = sentence[k];
            words[k] = sentences.get(k);
            int at = was[k];
            if (at >= 0 && (runFrom < k || j < at)) {
                wordStates.compareRuns(before, beforeDecoded, j, at, sentence, decisions, runFrom, k);
            }
            if (at >= 0) {
                j = at + 1;
                runFrom = k + 1;
            }
            if (s == null) {
                out.add(NOTHING);
                continue;
            }
            int[] state;
            Decoded d;
            boolean same = at >= 0 && wordStates.clean(sigs[3 * k], sigs[3 * k + 1], s, contexts);
            if (same) {
                state = beforeState[at];
                d = beforeDecoded[at];
                hits++;
            } else {
                for (; learnt < k; learnt++) {
                    if (sentence[learnt] != null) {
                        wordStates.learn(sentence[learnt], decisions[learnt].outcomes());
                    }
                }
                state = wordStates.state(s, contexts);
                if (at >= 0 && Arrays.equals(state, beforeState[at])) {
                    state = beforeState[at];
                    d = beforeDecoded[at];
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
            }
            states[k] = state;
            decisions[k] = d;
            out.add(d);
            if (at >= 0 && !same) { // a dirty word or a changed context: what it teaches may differ
                if (d == beforeDecoded[at] || Arrays.equals(d.outcomes(), beforeDecoded[at].outcomes())) {
                    wordStates.sameOutcomes(s);
                } else {
                    wordStates.compareRuns(before, beforeDecoded, at, at + 1, sentence, decisions, k, k + 1);
                }
            }
        }
        lastWords = words;
        lastSigs = sigs;
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
        Known.Tokens key = new Known.Tokens(tokens);
        Known k = known.get(key);
        if (k == null) {
            int[] ids = new int[tokens.length];
            int[] context = new int[tokens.length];
            int capitalised = 0;
            for (int i = 0; i < tokens.length; i++) {
                boolean upper = DocumentContext.capitalised(tokens[i]);
                ids[i] = wordStates.id(tokens[i], upper);
                context[i] = upper ? contexts.key(DocumentContext.key(tokens[i])) : -1;
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
}
