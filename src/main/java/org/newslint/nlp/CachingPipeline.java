package org.newslint.nlp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newslint.text.TextRange;

/**
 * Remembers the tagged sentences of recently seen paragraphs, keyed by their text, because an
 * editor re-analyses the whole article on every keystroke while only one paragraph changed.
 */
public final class CachingPipeline implements NlpPipeline {
    private final NlpPipeline delegate;
    /** The most paragraphs ever remembered, however long the documents (a 1 MiB article has about 4,300). */
    private static final int MOST = 1 << 16;

    private final Map<String, List<Sentence>> cache;
    private volatile int capacity;

    public CachingPipeline(NlpPipeline delegate, int maxParagraphs) {
        this.delegate = delegate;
        this.capacity = maxParagraphs;
        this.cache = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, List<Sentence>> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * Grows the cache to twice a document's paragraphs: re-tagging a document longer than the cache
     * in order evicts every paragraph before it is asked for again, so nothing would ever hit.
     */
    @Override
    public void expectParagraphs(int paragraphs) {
        int wanted = (int) Math.min(MOST, 2L * paragraphs);
        if (wanted > capacity) {
            capacity = wanted;
        }
    }

    @Override
    public List<Sentence> sentences(String text, TextRange paragraph) {
        String key = paragraph.of(text);
        List<Sentence> relative;
        synchronized (cache) {
            relative = cache.get(key);
        }
        if (relative == null) {
            relative = shift(delegate.sentences(key, new TextRange(0, key.length())), 0);
            synchronized (cache) {
                cache.put(key, relative);
            }
        }
        return shift(relative, paragraph.start());
    }

    private static List<Sentence> shift(List<Sentence> sentences, int by) {
        if (by == 0) {
            return sentences;
        }
        List<Sentence> out = new ArrayList<>(sentences.size());
        for (Sentence s : sentences) {
            List<Token> tokens = new ArrayList<>(s.tokens().size());
            for (Token t : s.tokens()) {
                tokens.add(
                        new Token(t.start() + by, t.end() + by, t.text(), t.pos(), t.lemma(), t.lemmas(), t.lower()));
            }
            out.add(new Sentence(new TextRange(s.range().start() + by, s.range().end() + by), tokens));
        }
        return out;
    }
}
