package org.newslint.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newslint.nlp.ClasspathModel;
import org.newslint.nlp.Token;

/**
 * The facade the rest of newslint uses for trained named-entity recognition, so nothing outside
 * {@code nlp} sees OpenNLP: one shared model (loaded lazily from the classpath, or from a file for
 * evaluation), one {@link NameFinderME} per thread because the decoders are not thread-safe.
 * The finder reads whole documents: it remembers how it labelled each word and looks at the words
 * around every mention of a name, so tag with {@link #findInDocument}; {@link #find} treats a
 * lone sentence as a document of its own.
 */
public final class NameFinder {
    /** Where the shipped model lives on the classpath. */
    public static final String MODEL_RESOURCE = "/org/newslint/models/ner-en.bin";

    private static final ClasspathModel<NameFinder> SHARED =
            new ClasspathModel<>(MODEL_RESOURCE, "name-finder model", in -> new NameFinder(new TabledNameModel(in)));

    /** Whether the shipped finder makes types consistent within a document ({@link DocumentConsistency}). */
    public static final boolean CONSISTENT_BY_DEFAULT = false;

    private final TokenNameFinderModel model;
    private final ThreadLocal<Decoder> finders;
    private final boolean consistent;

    private NameFinder(TokenNameFinderModel model) {
        this(model, ThreadLocal.withInitial(() -> decoder(model)), CONSISTENT_BY_DEFAULT);
    }

    private NameFinder(TokenNameFinderModel model, ThreadLocal<Decoder> finders, boolean consistent) {
        this.model = model;
        this.finders = finders;
        this.consistent = consistent;
    }

    /** This finder on the same model, with or without the document-level consistency pass. */
    public NameFinder withConsistency(boolean on) {
        return on == consistent ? this : new NameFinder(model, finders, on);
    }

    /** One sentence at a time, learning from each (OpenNLP's adaptive data) until cleared. */
    private interface Decoder {
        Span[] find(String[] tokens);

        /** Every sentence of a document, remembering decoded sentences; null if this decoder cannot. */
        default List<Span[]> findDocument(List<String[]> sentences) {
            return null;
        }

        default void expect(int sentences) {}

        /** What this thread's remembering analyses found in the last document; null if this decoder cannot remember. */
        default LastDocument last() {
            return null;
        }

        void clearAdaptiveData();
    }

    /** {@link NameDecoder} where it reproduces the model's decoding exactly, else OpenNLP's own. */
    private static Decoder decoder(TokenNameFinderModel model) {
        NameDecoder fast = NameDecoder.forModel(model);
        if (fast != null) {
            return new Decoder() {
                private final LastDocument last = fast.remembers() ? new LastDocument() : null;

                @Override
                public LastDocument last() {
                    return last;
                }

                @Override
                public Span[] find(String[] tokens) {
                    return fast.find(tokens);
                }

                @Override
                public List<Span[]> findDocument(List<String[]> sentences) {
                    return fast.findDocument(sentences);
                }

                @Override
                public void expect(int sentences) {
                    fast.expect(sentences);
                }

                @Override
                public void clearAdaptiveData() {
                    fast.clearAdaptiveData();
                }
            };
        }
        NameFinderME slow = new NameFinderME(model);
        return new Decoder() {
            @Override
            public Span[] find(String[] tokens) {
                Span[] spans = slow.find(tokens);
                double[] probs = slow.probs(spans);
                for (int i = 0; i < spans.length; i++) {
                    spans[i] = new Span(spans[i], probs[i]);
                }
                return spans;
            }

            @Override
            public void clearAdaptiveData() {
                slow.clearAdaptiveData();
            }
        };
    }

    /** The process-wide finder on the shipped model, loaded on first use. */
    public static NameFinder shared() {
        return SHARED.get();
    }

    /**
     * Makes this thread's decoder — reads the model's feature-generator descriptor and, for a model not loaded as
     * a {@link TabledNameModel}, lays out its weights (shared by every thread's decoder) — so that a server can do
     * it while it starts instead of in its first analysis.
     */
    public void prepare() {
        finders.get();
    }

    /** A finder on a model file (for evaluating a freshly trained model). */
    public static NameFinder load(Path modelFile) throws IOException {
        try (InputStream in = Files.newInputStream(modelFile)) {
            return new NameFinder(new TokenNameFinderModel(in));
        }
    }

    /**
     * Names in one sentence, in order, not overlapping, as character spans of the tokens' own
     * offsets. The tokens' {@code text} is what the model reads.
     */
    public List<NameSpan> find(List<Token> sentenceTokens) {
        return findInDocument(List.of(sentenceTokens)).get(0);
    }

    /** Names in every sentence of one document, after clearing the adaptive data: deterministic per document. */
    public List<List<NameSpan>> findInDocument(List<List<Token>> sentences) {
        return findInDocument(sentences, false);
    }

    /**
     * As {@link #findInDocument(List)}; with {@code remember}, sentences this thread decoded before in
     * exactly the same situation are not decoded again (an editor re-analysing as you type). The
     * result is the same either way.
     */
    public List<List<NameSpan>> findInDocument(List<List<Token>> sentences, boolean remember) {
        if (remember && !consistent) {
            Decoder decoder = finders.get();
            LastDocument last = decoder.last();
            if (last != null) {
                decoder.expect(sentences.size());
                return last.find(sentences, words -> decoder.findDocument(words));
            }
        }
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            words.add(words(s));
        }
        List<List<NameSpan>> byTokens = findInDocumentTokens(words, remember);
        List<List<NameSpan>> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            out.add(onCharacters(sentences.get(k), byTokens.get(k)));
        }
        return out;
    }

    static String[] words(List<Token> tokens) {
        String[] words = new String[tokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = tokens.get(i).text();
        }
        return words;
    }

    /** Token-index spans as character spans of the tokens' own offsets. */
    static List<NameSpan> onCharacters(List<Token> tokens, List<NameSpan> byTokens) {
        List<NameSpan> out = new ArrayList<>(byTokens.size());
        for (NameSpan n : byTokens) {
            out.add(new NameSpan(
                    tokens.get(n.firstToken()).start(),
                    tokens.get(n.endToken() - 1).end(),
                    n.type(),
                    n.probability(),
                    n.firstToken(),
                    n.endToken()));
        }
        return out;
    }

    /**
     * Names in every sentence of one document given as bare tokens (offsets are token indices):
     * the whole document is published to the document-level features first, and the adaptive data
     * is cleared before and after, so the result depends on this document only.
     */
    public List<List<NameSpan>> findInDocumentTokens(List<String[]> sentences) {
        return findInDocumentTokens(sentences, false);
    }

    private List<List<NameSpan>> findInDocumentTokens(List<String[]> sentences, boolean remember) {
        if (remember) {
            Decoder decoder = finders.get();
            decoder.expect(sentences.size());
            List<Span[]> found = decoder.findDocument(sentences);
            if (found != null) {
                List<List<NameSpan>> out = new ArrayList<>(sentences.size());
                for (Span[] spans : found) {
                    out.add(onTokens(spans));
                }
                return consistent ? DocumentConsistency.apply(sentences, out) : out;
            }
        }
        clearAdaptiveData();
        DocumentContext.begin(sentences);
        try {
            List<List<NameSpan>> out = new ArrayList<>(sentences.size());
            for (String[] s : sentences) {
                out.add(findInTokens(s));
            }
            return consistent ? DocumentConsistency.apply(sentences, out) : out;
        } finally {
            DocumentContext.end();
            clearAdaptiveData();
        }
    }

    /** Names in a sentence given as bare tokens; offsets are token indices (start = firstToken, end = endToken). */
    private List<NameSpan> findInTokens(String[] tokens) {
        if (tokens.length == 0) {
            return List.of();
        }
        return onTokens(finders.get().find(tokens));
    }

    static List<NameSpan> onTokens(Span[] spans) {
        List<NameSpan> out = new ArrayList<>(spans.length);
        for (Span s : spans) {
            out.add(new NameSpan(s.getStart(), s.getEnd(), s.getType(), s.getProb(), s.getStart(), s.getEnd()));
        }
        return out;
    }

    /** Forgets what this thread's finder learnt from the previous document. */
    private void clearAdaptiveData() {
        finders.get().clearAdaptiveData();
    }
}
