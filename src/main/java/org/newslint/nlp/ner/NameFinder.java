package org.newslint.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.newslint.nlp.Token;

/**
 * The facade the rest of newslint uses for trained named-entity recognition, so nothing outside
 * {@code nlp} sees OpenNLP: one shared model (loaded lazily from the classpath, or from a file for
 * evaluation), one {@link NameFinderME} per thread because the decoders are not thread-safe.
 * The finder is adaptive: within a document it remembers how it labelled each word, so call
 * {@link #clearAdaptiveData()} at the start of every document (or use {@link #findInDocument}).
 */
public final class NameFinder {
    /** Where the shipped model lives on the classpath. */
    public static final String MODEL_RESOURCE = "/org/newslint/models/ner-en.bin";

    private static volatile NameFinder shared;

    private final TokenNameFinderModel model;
    private final ThreadLocal<NameFinderME> finders;

    private NameFinder(TokenNameFinderModel model) {
        this.model = model;
        this.finders = ThreadLocal.withInitial(() -> new NameFinderME(model));
    }

    /** The process-wide finder on the shipped model, loaded on first use. */
    public static NameFinder shared() {
        NameFinder f = shared;
        if (f == null) {
            synchronized (NameFinder.class) {
                f = shared;
                if (f == null) {
                    try (InputStream in = NameFinder.class.getResourceAsStream(MODEL_RESOURCE)) {
                        if (in == null) {
                            throw new IllegalStateException("name-finder model " + MODEL_RESOURCE + " is not on the classpath");
                        }
                        f = new NameFinder(new TokenNameFinderModel(in));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot load " + MODEL_RESOURCE, e);
                    }
                    shared = f;
                }
            }
        }
        return f;
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
        if (sentenceTokens.isEmpty()) {
            return List.of();
        }
        String[] words = new String[sentenceTokens.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = sentenceTokens.get(i).text();
        }
        List<NameSpan> out = new ArrayList<>();
        for (NameSpan s : findInTokens(words)) {
            out.add(new NameSpan(sentenceTokens.get(s.firstToken()).start(), sentenceTokens.get(s.endToken() - 1).end(),
                    s.type(), s.probability(), s.firstToken(), s.endToken()));
        }
        return out;
    }

    /** Names in every sentence of one document, after clearing the adaptive data: deterministic per document. */
    public List<List<NameSpan>> findInDocument(List<List<Token>> sentences) {
        List<String[]> words = new ArrayList<>(sentences.size());
        for (List<Token> s : sentences) {
            String[] w = new String[s.size()];
            for (int i = 0; i < w.length; i++) {
                w[i] = s.get(i).text();
            }
            words.add(w);
        }
        List<List<NameSpan>> byTokens = findInDocumentTokens(words);
        List<List<NameSpan>> out = new ArrayList<>(sentences.size());
        for (int k = 0; k < sentences.size(); k++) {
            List<Token> s = sentences.get(k);
            List<NameSpan> spans = new ArrayList<>();
            for (NameSpan n : byTokens.get(k)) {
                spans.add(new NameSpan(s.get(n.firstToken()).start(), s.get(n.endToken() - 1).end(),
                        n.type(), n.probability(), n.firstToken(), n.endToken()));
            }
            out.add(spans);
        }
        return out;
    }

    /**
     * Names in every sentence of one document given as bare tokens (offsets are token indices):
     * the whole document is published to the document-level features first, and the adaptive data
     * is cleared before and after, so the result depends on this document only.
     */
    public List<List<NameSpan>> findInDocumentTokens(List<String[]> sentences) {
        clearAdaptiveData();
        DocumentContext.begin(sentences);
        try {
            List<List<NameSpan>> out = new ArrayList<>(sentences.size());
            for (String[] s : sentences) {
                out.add(findInTokens(s));
            }
            return out;
        } finally {
            DocumentContext.end();
            clearAdaptiveData();
        }
    }

    /** Names in a sentence given as bare tokens; offsets are token indices (start = firstToken, end = endToken). */
    public List<NameSpan> findInTokens(String[] tokens) {
        if (tokens.length == 0) {
            return List.of();
        }
        NameFinderME finder = finders.get();
        Span[] spans = finder.find(tokens);
        double[] probs = finder.probs(spans);
        List<NameSpan> out = new ArrayList<>(spans.length);
        for (int i = 0; i < spans.length; i++) {
            Span s = spans[i];
            out.add(new NameSpan(s.getStart(), s.getEnd(), s.getType(), probs[i], s.getStart(), s.getEnd()));
        }
        return out;
    }

    /** Forgets what this thread's finder learnt from the current document; call between documents. */
    public void clearAdaptiveData() {
        finders.get().clearAdaptiveData();
    }
}
