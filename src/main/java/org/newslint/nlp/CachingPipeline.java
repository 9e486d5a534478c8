package org.newslint.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.newslint.text.CommonEnds;
import org.newslint.text.RecentTexts;
import org.newslint.text.TextRange;

/**
 * Remembers the tagged sentences of recently seen paragraphs, keyed by their text, because an
 * editor re-analyses the whole article on every keystroke while only one paragraph changed.
 *
 * <p>The batch call also remembers the last few texts it was given with their parts' keys ({@link Recent}):
 * a part of a new text that lies where that text and a recent one share their start or their end
 * ({@link CommonEnds}) has exactly the characters of the recent part at the same (or shifted) offsets,
 * so its key is that part's key string, already hashed, found in the map by identity, instead of a
 * substring hashed and compared character by character (the key string is equal either way); and
 * when it has not moved, the answer is that text's answer, the very same sentences: tagging is a
 * function of the part's characters, and the sentences' offsets are right because the part starts
 * where it did. This also keeps the objects of a paragraph the document holds twice, which the map,
 * remembering one place per text, would shift on every analysis.
 */
public final class CachingPipeline implements NlpPipeline {
    private final NlpPipeline delegate;
    /** The most paragraphs ever remembered, however long the documents (a 1 MiB article has about 4,300). */
    private static final int MOST = 1 << 16;

    private final BoundedMemo<String, Placed> cache;

    /** How many recent texts the batch call compares a new text with (documents edited in turn). */
    private static final int RECENT = 4;

    /** A text the batch call was given, its parts' starts and ends, their keys, and the sentences answered. */
    private record Recent(String text, int[] starts, int[] ends, String[] keys, List<List<Sentence>> answers) {}

    /** The last few, newest first (replaced whole, never changed). */
    private final RecentTexts<Recent> recent = new RecentTexts<>(RECENT, Recent::text);

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
        int[] starts = new int[n];
        int[] ends = new int[n];
        RecentTexts.Closest<Recent> closest = recent.closest(text);
        Recent before = closest.entry();
        CommonEnds common = closest.common();
        int[] same = new int[n];
        for (int k = 0; k < n; k++) {
            TextRange part = parts.get(k);
            starts[k] = part.start();
            ends[k] = part.end();
            same[k] = before == null ? -1 : sameIndex(before, common, part);
            keys[k] = same[k] >= 0 ? before.keys()[same[k]] : part.of(text);
            found[k] = cache.get(keys[k]);
            if (found[k] == null && !unmoved(before, same[k], part)) {
                missing.add(k);
            }
        }
        List<List<Sentence>> tagged = NlpPipeline.inOrder(
                missing,
                k -> {
                    TextRange whole = new TextRange(0, keys[k].length());
                    List<Sentence> earlier = before == null ? List.of() : replaced(before, common, parts.get(k));
                    return earlier.isEmpty()
                            ? delegate.sentences(keys[k], whole)
                            : delegate.sentences(keys[k], whole, before.text(), earlier);
                },
                cancelled);
        for (int i = 0; i < missing.size(); i++) {
            found[missing.get(i)] = new Placed(0, tagged.get(i));
        }
        List<List<Sentence>> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            int start = parts.get(k).start();
            if (unmoved(before, same[k], parts.get(k))) {
                // the recent answer for these characters at this offset: the very same sentences, even for a
                // paragraph the document holds twice (the map remembers one place per text)
                List<Sentence> again = before.answers().get(same[k]);
                if (found[k] == null || found[k].at() != start) {
                    cache.put(keys[k], new Placed(start, again));
                }
                out.add(again);
            } else {
                out.add(placedAt(keys[k], found[k], start));
            }
        }
        recent.remember(new Recent(text, starts, ends, keys, out), common.sharesMost() ? before : null);
        return out;
    }

    /**
     * The sentences of the recent text's parts that {@code part} (an edited paragraph) replaced: the one holding the
     * last shared character before it and the one holding the first shared character after it. Only a hint: the
     * pipeline reuses a sentence only for exactly its characters.
     */
    private static List<Sentence> replaced(Recent before, CommonEnds common, TextRange part) {
        int first = partAt(before, Math.min(part.start(), common.prefix() - 1));
        int last = partAt(before, Math.max(part.end() - common.delta(), common.oldLength() - common.suffix()) - 1);
        if (first < 0 && last < 0) {
            return List.of();
        }
        List<Sentence> out = new ArrayList<>();
        if (first >= 0) {
            out.addAll(before.answers().get(first));
        }
        if (last >= 0 && last != first) {
            out.addAll(before.answers().get(last));
        }
        return out;
    }

    /** The recent part holding old offset {@code at}, or -1. */
    private static int partAt(Recent before, int at) {
        if (at < 0 || at >= before.text().length()) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(before.starts(), at);
        if (k < 0) {
            k = -k - 2; // the last part starting before it
        }
        return k >= 0 && at < before.ends()[k] ? k : -1;
    }

    /** The index of the recent part with exactly {@code part}'s characters, or -1. */
    private static int sameIndex(Recent before, CommonEnds common, TextRange part) {
        int at = common.oldStart(part.start(), part.end());
        if (at < 0) {
            return -1;
        }
        int k = java.util.Arrays.binarySearch(before.starts(), at);
        return k >= 0 && before.ends()[k] - at == part.length() ? k : -1;
    }

    /** Whether the recent part {@code same} has {@code part}'s characters at {@code part}'s very offset. */
    private static boolean unmoved(Recent before, int same, TextRange part) {
        return same >= 0 && before.starts()[same] == part.start();
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
            List<Token> tokens = Token.moved(s.tokens(), by);
            out.add(new Sentence(new TextRange(s.range().start() + by, s.range().end() + by), tokens));
        }
        return out;
    }
}
