package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * The {@link DocumentContext} of every capitalised word of a document, for {@link RememberedSentences}:
 * folded from each sentence's contributions (worked out once per distinct sentence) exactly as {@link
 * DocumentContext#begin} folds them (first occurrences first, new features only, until {@link
 * DocumentContext#MAX_FEATURES}), with an id per distinct content, so that an unchanged context keeps
 * its id and a content seen before gets its old id back.
 *
 * <p>The id is that of the context's <em>live</em> content: its features, in order, that the model has a weight for
 * ({@code live}); the others are left out of the strings the decoder is given. The decoder's score of a token is the
 * prior plus the weights of its features in order ({@code NameDecoder.weigh}: a feature the model does not know adds
 * nothing), so two contents with the same live features give the same scores, bit for bit, and the same decision;
 * this holds only where the descriptor emits the context features as they are ({@code NameDecoder} passes {@code
 * live} only then, else every feature is live). So a context whose only new features are words the model never
 * saw next to it (the half-typed word of a keystroke, most often) keeps its id, and the sentences with that word are
 * not decoded again. Not thread-safe.
 */
final class DocumentContexts {
    private final Map<String, Integer> contextKeys = new HashMap<>();
    private final Map<String, Integer> featureIds = new HashMap<>();
    private final List<String> featureNames = new ArrayList<>();
    private final Map<Ints, Integer> contextIds = new HashMap<>();
    /** Whether the model has a weight for a feature string (see the class comment). */
    private final Predicate<String> live;
    /** Per feature id, whether it is {@link #live}. */
    private boolean[] liveFeature = new boolean[1024];

    DocumentContexts(Predicate<String> live) {
        this.live = live;
    }

    /** Per context key: the document it was last folded in, the features so far, and the settled content and its id. */
    private int[] contextStamp = new int[1024];

    private int[][] folding = new int[1024][];
    private int[] foldingSize = new int[1024];
    private int[][] settled = new int[1024][];
    private int[] contextId = new int[1024];
    /** Per context key, the last document that gave it another content id. */
    private int[] changedStamp = new int[1024];

    @SuppressWarnings("unchecked")
    private List<String>[] contextStrings = new List[1024];

    private int[] touched = new int[1024];
    private int touchedSize;
    private int document;

    /** The most distinct context keys, features or contents held. */
    int size() {
        return Math.max(contextKeys.size(), Math.max(featureIds.size(), contextIds.size()));
    }

    /** The id of the context of a word in lower case. */
    int key(String lowerCase) {
        int id = WordStates.intern(contextKeys, lowerCase);
        ensureContexts(contextKeys.size());
        return id;
    }

    /** A new document: no context to fold yet. */
    void begin(int document) {
        this.document = document;
        touchedSize = 0;
    }

    /**
     * Marks the contexts of these words (context keys) to be folded again in this document; the others keep the
     * content and id they were given in the last document.
     */
    void refold(int[] keys) {
        for (int ck : keys) {
            if (contextStamp[ck] != document) {
                contextStamp[ck] = document;
                foldingSize[ck] = 0;
                if (touchedSize == touched.length) {
                    touched = Arrays.copyOf(touched, 2 * touched.length);
                }
                touched[touchedSize++] = ck;
            }
        }
    }

    /** How many contexts are folded again in this document. */
    int refolded() {
        return touchedSize;
    }

    /** The {@code t}-th context folded again in this document. */
    int refolded(int t) {
        return touched[t];
    }

    /** Whether some context is to be folded again in this document. */
    boolean refolding() {
        return touchedSize > 0;
    }

    /** Whether this document gave the context another content id than it had in the last one. */
    boolean changed(int ck) {
        return changedStamp[ck] == document;
    }

    /** The id of the settled content of a context. */
    int id(int ck) {
        return contextId[ck];
    }

    int featureId(String feature) {
        int id = WordStates.intern(featureIds, feature);
        if (id == featureNames.size()) {
            featureNames.add(feature);
            if (id == liveFeature.length) {
                liveFeature = Arrays.copyOf(liveFeature, 2 * id);
            }
            liveFeature[id] = live.test(feature);
        }
        return id;
    }

    private void ensureContexts(int size) {
        if (size > contextStamp.length) {
            int n = Math.max(2 * contextStamp.length, size);
            contextStamp = Arrays.copyOf(contextStamp, n);
            folding = Arrays.copyOf(folding, n);
            foldingSize = Arrays.copyOf(foldingSize, n);
            settled = Arrays.copyOf(settled, n);
            contextId = Arrays.copyOf(contextId, n);
            changedStamp = Arrays.copyOf(changedStamp, n);
            contextStrings = Arrays.copyOf(contextStrings, n);
        }
    }

    /**
     * Adds a sentence's context features to its capitalised words' contexts that are being folded again ({@link
     * #refold}), as {@link DocumentContext#begin}: {@code keys} are its capitalised words' context keys in order,
     * {@code adds} the four feature ids each adds.
     */
    void fold(int[] keys, int[] adds) {
        for (int c = 0; c < keys.length; c++) {
            int ck = keys[c];
            if (contextStamp[ck] != document) {
                continue;
            }
            int size = foldingSize[ck];
            if (size >= DocumentContext.MAX_FEATURES) {
                continue;
            }
            int[] set = folding[ck];
            if (set == null) {
                set = folding[ck] = new int[DocumentContext.MAX_FEATURES + 4];
            }
            for (int a = 4 * c; a < 4 * c + 4; a++) {
                int f = adds[a];
                boolean present = false;
                for (int j = 0; j < size && !present; j++) {
                    present = set[j] == f;
                }
                if (!present) {
                    set[size++] = f;
                }
            }
            foldingSize[ck] = size;
        }
    }

    /**
     * Gives each context folded again the id of its live content (the same id as before if it did not change), and
     * marks it {@link #changed} if the id is another.
     */
    void settle() {
        for (int t = 0; t < touchedSize; t++) {
            int ck = touched[t];
            int size = foldingSize[ck];
            int[] was = settled[ck];
            if (was == null || !Arrays.equals(was, 0, was.length, folding[ck], 0, size)) {
                int[] content = Arrays.copyOf(folding[ck], size);
                Ints liveContent = new Ints(liveOnly(content));
                Integer id = contextIds.get(liveContent);
                if (id == null) {
                    id = contextIds.size();
                    contextIds.put(liveContent, id);
                }
                if (was == null || contextId[ck] != id) {
                    changedStamp[ck] = document;
                }
                settled[ck] = content;
                contextId[ck] = id;
                contextStrings[ck] = null;
            }
        }
    }

    /** The features of a content the model has a weight for, in order (the same array if all are). */
    private int[] liveOnly(int[] content) {
        int n = 0;
        for (int f : content) {
            n += liveFeature[f] ? 1 : 0;
        }
        if (n == content.length) {
            return content;
        }
        int[] out = new int[n];
        n = 0;
        for (int f : content) {
            if (liveFeature[f]) {
                out[n++] = f;
            }
        }
        return out;
    }

    /** The live features of a context, in order (what the decoder is given: the others weigh nothing). */
    List<String> strings(int ck) {
        List<String> strings = contextStrings[ck];
        if (strings == null) {
            int[] ids = liveOnly(settled[ck]);
            String[] out = new String[ids.length];
            for (int i = 0; i < ids.length; i++) {
                out[i] = featureNames.get(ids[i]);
            }
            strings = contextStrings[ck] = List.of(out);
        }
        return strings;
    }

    /** An int array as a key. */
    private record Ints(int[] values) {
        @Override
        public boolean equals(Object o) {
            return o instanceof Ints i && Arrays.equals(i.values, values);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(values);
        }
    }
}
