package org.newslint.nlp.ner;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * What one document says so far about each word for {@link RememberedSentences}, kept in arrays by interned word id
 * and reset per document by a generation stamp: the outcome it was last given and, for a capitalised word, the count
 * of each type ({@link #state}, {@link #learn}); and, on an edit, which words are dirty: whose running state may
 * differ from the last document's at the same point ({@link #compareRuns}), so that a sentence with no dirty word
 * and no changed context has the state it had there ({@link #clean}). Not thread-safe.
 */
final class WordStates {
    private final int types;
    /** Per outcome, its {@link HistoryFeatures#type} as an index into the types in alphabetical order. */
    private final int[] typeOf;

    private final Map<String, Integer> wordIds = new HashMap<>();

    /**
     * Per word id, in a row of {@link #stride} (one cache line for a word, where three arrays took three): the document
     * it was last seen in, the outcome it was last given (+1), the count of each type.
     */
    private int[] words;

    private final int stride;
    private int document;

    /**
     * Per word id: the document in which its running state (last outcome, counts) may differ from the last
     * document's at the same point ({@link #decodeDocument}); and scratch for comparing what two runs of sentences
     * teach about it: the run, the last outcome (+1) each run gave it, each type's count in the new run less the
     * old.
     */
    private int[] dirty = new int[1024];
    /** Per word id, whether it is capitalised (has a context and counts). */
    private boolean[] upper = new boolean[1024];

    private int[] runStamp = new int[1024];
    private int[] runOld = new int[1024];
    private int[] runNew = new int[1024];
    private int[] runDelta;
    private int[] runWords = new int[256];
    private int run;

    /**
     * A filter on {@link #clean}: the {@link Known#sig0 signature} bits of the dirty words and changed contexts (a
     * sentence sharing none of them is clean), the words marked dirty in this document (some may be clean again:
     * then {@code stale}), and the bits of the changed contexts.
     */
    private long dirty0;

    private long dirty1;
    private int[] dirtyWords = new int[64];
    private int dirtyCount;
    private boolean stale;
    private long changed0;
    private long changed1;

    WordStates(int types, int[] typeOf) {
        this.types = types;
        this.typeOf = typeOf;
        this.stride = 2 + types;
        this.words = new int[1024 * stride];
        this.runDelta = new int[1024 * types];
    }

    /** How many distinct words. */
    int size() {
        return wordIds.size();
    }

    /** A new document: no word seen, none dirty, no context changed. */
    void begin(int document) {
        this.document = document;
        dirty0 = dirty1 = changed0 = changed1 = 0;
        dirtyCount = 0;
        stale = false;
    }

    /** A context whose content id this document changed: a sentence with it is not {@link #clean}. */
    void changedContext(int ck) {
        int b = keyBit(ck);
        if (b < 64) {
            changed0 |= 1L << b;
            dirty0 |= 1L << b;
        } else {
            changed1 |= 1L << b;
            dirty1 |= 1L << b;
        }
    }

    /** A word id's bit in {@link Known#sig0}/{@link Known#sig1} (0-127). */
    static int wordBit(int id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> 57);
    }

    /** A context id's bit in {@link Known#sig0}/{@link Known#sig1} (0-127). */
    static int keyBit(int ck) {
        return (int) (((ck ^ 0x5BD1E995L) * 0xC2B2AE3D27D4EB4FL) >>> 57);
    }

    /** A context id's bit in {@link Known#foldSig} (0-63). */
    static int foldBit(int ck) {
        return (int) ((ck * 0xC2B2AE3D27D4EB4FL) >>> 58);
    }

    void markDirty(int id) {
        if (dirty[id] != document) {
            dirty[id] = document;
            int b = wordBit(id);
            if (b < 64) {
                dirty0 |= 1L << b;
            } else {
                dirty1 |= 1L << b;
            }
            if (dirtyCount == dirtyWords.length) {
                dirtyWords = Arrays.copyOf(dirtyWords, 2 * dirtyCount);
            }
            dirtyWords[dirtyCount++] = id;
        }
    }

    void markClean(int id) {
        if (dirty[id] == document) {
            dirty[id] = 0;
            stale = true;
        }
    }

    /** The dirty bits again from the words still dirty and the changed contexts. */
    private void refilter() {
        dirty0 = changed0;
        dirty1 = changed1;
        int kept = 0;
        for (int w = 0; w < dirtyCount; w++) {
            int id = dirtyWords[w];
            if (dirty[id] == document) {
                dirtyWords[kept++] = id;
                int b = wordBit(id);
                if (b < 64) {
                    dirty0 |= 1L << b;
                } else {
                    dirty1 |= 1L << b;
                }
            }
        }
        dirtyCount = kept;
        stale = false;
    }

    /**
     * Whether no word of the sentence is dirty and none of its contexts changed; its {@link Known#sig0 signature} is
     * read first (a sentence sharing no bit with the dirty words and changed contexts is clean).
     */
    boolean clean(long sig0, long sig1, Known s, DocumentContexts contexts) {
        if (stale) {
            refilter();
        }
        if (((sig0 & dirty0) | (sig1 & dirty1)) == 0) {
            return true;
        }
        for (int id : s.ids) {
            if (dirty[id] == document) {
                return false;
            }
        }
        for (int ck : s.keys) {
            if (contexts.changed(ck)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Keeps the invariant of {@link #decodeDocument} across sentences {@code oldFrom..oldTo} of the last document
     * and {@code newFrom..newTo} of this one, which stand between the same two sentences (or are the same sentence
     * decoded again): a word is what each run teaches about it, its last outcome in the run and each type's count
     * (capitalised words). A word the two runs teach differently is dirty after them; a lower-case word both teach
     * the same last outcome is clean after them (its state is that outcome alone); any other word keeps its mark.
     */
    void compareRuns(
            Known[] old,
            RememberedSentences.Decoded[] oldDecoded,
            int oldFrom,
            int oldTo,
            Known[] now,
            RememberedSentences.Decoded[] nowDecoded,
            int newFrom,
            int newTo) {
        run++;
        int words = 0;
        for (int side = 0; side < 2; side++) {
            Known[] sentences = side == 0 ? old : now;
            RememberedSentences.Decoded[] decisions = side == 0 ? oldDecoded : nowDecoded;
            int from = side == 0 ? oldFrom : newFrom;
            int to = side == 0 ? oldTo : newTo;
            int[] lastOf = side == 0 ? runOld : runNew;
            int sign = side == 0 ? -1 : 1;
            for (int k = from; k < to; k++) {
                Known s = sentences[k];
                if (s == null) {
                    continue;
                }
                int[] outcomes = decisions[k].outcomes();
                for (int i = 0; i < s.ids.length; i++) {
                    int id = s.ids[i];
                    if (runStamp[id] != run) {
                        runStamp[id] = run;
                        runOld[id] = 0;
                        runNew[id] = 0;
                        Arrays.fill(runDelta, id * types, id * types + types, 0);
                        if (words == runWords.length) {
                            runWords = Arrays.copyOf(runWords, 2 * words);
                        }
                        runWords[words++] = id;
                    }
                    lastOf[id] = outcomes[i] + 1;
                    if (s.context[i] >= 0) {
                        runDelta[id * types + typeOf[outcomes[i]]] += sign;
                    }
                }
            }
        }
        for (int w = 0; w < words; w++) {
            int id = runWords[w];
            boolean same = runOld[id] == runNew[id];
            boolean counted = false;
            for (int t = 0; t < types; t++) {
                counted |= runDelta[id * types + t] != 0;
            }
            if (!same || counted) {
                markDirty(id);
            } else if (!upper[id]) {
                markClean(id);
            }
        }
    }

    /** After a sentence decoded again taught the same outcomes as in the last document: its lower-case words are clean. */
    void sameOutcomes(Known s) {
        for (int id : s.ids) {
            if (!upper[id]) {
                markClean(id); // its state is its last outcome
            }
        }
    }

    static int intern(Map<String, Integer> ids, String s) {
        Integer id = ids.get(s);
        if (id == null) {
            id = ids.size();
            ids.put(s, id);
        }
        return id;
    }

    /** The id of a word, capitalised or not. */
    int id(String word, boolean capitalised) {
        int id = intern(wordIds, word);
        if (id >= dirty.length) {
            int n = Math.max(2 * dirty.length, id + 1);
            words = Arrays.copyOf(words, n * stride);
            dirty = Arrays.copyOf(dirty, n);
            upper = Arrays.copyOf(upper, n);
            runStamp = Arrays.copyOf(runStamp, n);
            runOld = Arrays.copyOf(runOld, n);
            runNew = Arrays.copyOf(runNew, n);
            runDelta = Arrays.copyOf(runDelta, n * types);
        }
        upper[id] = capitalised;
        return id;
    }

    /**
     * The sentence's state before it is decoded: per token the outcome its word was last given (+1,
     * 0 for none), then per capitalised token its history code (0 unseen, else 1 + 2 x the most
     * frequent type + 1 if always that type) and its context id.
     */
    int[] state(Known s, DocumentContexts contexts) {
        int n = s.ids.length;
        int[] state = new int[n + 2 * (s.adds.length / 4)];
        int c = n;
        for (int i = 0; i < n; i++) {
            int id = s.ids[i];
            boolean seen = words[id * stride] == document;
            state[i] = seen ? words[id * stride + 1] : 0;
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
            int n = words[id * stride + 2 + t];
            total += n;
            if (n > bestN) {
                best = t;
                bestN = n;
            }
        }
        return total == 0 ? 0 : 1 + 2 * best + (bestN == total ? 1 : 0);
    }

    /** What the document now says about each word of a decoded sentence (as the adaptive generators would learn it). */
    void learn(Known s, int[] outcomes) {
        for (int i = 0; i < s.ids.length; i++) {
            int id = s.ids[i];
            int at = id * stride;
            if (words[at] != document) {
                words[at] = document;
                for (int t = at + 2; t < at + stride; t++) {
                    words[t] = 0;
                }
            }
            words[at + 1] = outcomes[i] + 1;
            if (s.context[i] >= 0) {
                words[at + 2 + typeOf[outcomes[i]]]++;
            }
        }
    }
}
