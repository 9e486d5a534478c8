package org.newslint.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.newslint.text.TextRange;

/**
 * Remembers the tagged sentences of recently seen paragraphs, keyed by their text, because an
 * editor re-analyses the whole article on every keystroke while only one paragraph changed.
 */
public final class CachingPipeline implements NlpPipeline {
    private final NlpPipeline delegate;
    /** The most paragraphs ever remembered, however long the documents (a 1 MiB article has about 4,300). */
    private static final int MOST = 1 << 16;

    private final BoundedMemo<String, Placed> cache;

    public CachingPipeline(NlpPipeline delegate, int maxParagraphs) {
        this.delegate = delegate;
        this.cache = new BoundedMemo<>(maxParagraphs, MOST);
    }

    /**
     * Grows the cache to twice a document's paragraphs: re-tagging a document longer than the cache
     * in order evicts every paragraph before it is asked for again, so nothing would ever hit.
     */
    @Override
    public void expectParagraphs(int paragraphs) {
        cache.expect(paragraphs);
    }

    @Override
    public List<Sentence> sentences(String text, TextRange paragraph) {
        String key = paragraph.of(text);
        Placed placed = cache.get(key);
        if (placed == null) {
            placed = new Placed(0, delegate.sentences(key, new TextRange(0, key.length())));
        }
        return placedAt(key, placed, paragraph.start());
    }

    /**
     * Remembered paragraphs are answered at once; the others are tagged together (in parallel when there
     * are many, as on opening a long document) and then remembered.
     */
    @Override
    public List<List<Sentence>> sentences(String text, List<TextRange> parts, BooleanSupplier cancelled) {
        int n = parts.size();
        String[] keys = new String[n];
        Placed[] found = new Placed[n];
        List<Integer> missing = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            keys[k] = parts.get(k).of(text);
            found[k] = cache.get(keys[k]);
            if (found[k] == null) {
                missing.add(k);
            }
        }
        List<List<Sentence>> tagged = NlpPipeline.inOrder(
                missing, k -> delegate.sentences(keys[k], new TextRange(0, keys[k].length())), cancelled);
        for (int i = 0; i < missing.size(); i++) {
            found[missing.get(i)] = new Placed(0, tagged.get(i));
        }
        List<List<Sentence>> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(placedAt(keys[k], found[k], parts.get(k).start()));
        }
        return out;
    }

    /** The sentences where the paragraph now starts: the same objects if it has not moved, else shifted and remembered so. */
    private List<Sentence> placedAt(String key, Placed placed, int start) {
        if (placed.at() == start) {
            // not moved since it was last asked for (it is before the edit): the very same sentences
            cache.putIfAbsent(key, placed); // remembers a paragraph just tagged at offset 0
            return placed.sentences();
        }
        Placed moved = new Placed(start, shift(placed.sentences(), start - placed.at()));
        cache.put(key, moved);
        return moved.sentences();
    }

    /**
     * A paragraph's sentences where they were last placed ({@code at}: the paragraph's offset then), so that
     * a paragraph an edit did not move is answered with the same objects and one it moved is shifted once.
     */
    private record Placed(int at, List<Sentence> sentences) {}

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
