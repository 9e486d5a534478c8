package org.newslint.nlp;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A least-recently-used map of bounded size, safe to share between threads: what the editor path's
 * per-sentence memos (claim verdicts, sourcing features and probabilities) and the tagged paragraphs keep their
 * entries in.
 * It grows, never shrinks, to twice the sentences of the longest document seen ({@link #expect}),
 * because re-analysing a document longer than the memo in order would evict every entry before it is
 * asked for again, up to a fixed ceiling. A memo knows nothing of what it remembers: its owner's key
 * must cover every input of the value (see each owner's comment).
 */
public final class BoundedMemo<K, V> {
    private final int most;
    private int capacity;
    private final Map<K, V> entries;

    /**
     * @param initial how many entries it holds at first
     * @param most the most it ever holds, however long the documents
     */
    public BoundedMemo(int initial, int most) {
        this.capacity = Math.min(initial, most);
        this.most = most;
        this.entries = new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Room for twice {@code items} entries (a document's sentences), up to the ceiling. */
    public synchronized void expect(int items) {
        capacity = (int) Math.max(capacity, Math.min(most, 2L * items));
    }

    /** The remembered value, or null. */
    public synchronized V get(K key) {
        return entries.get(key);
    }

    public synchronized void put(K key, V value) {
        entries.put(key, value);
    }

    /** Remembers {@code value} unless the key already has one. */
    public synchronized void putIfAbsent(K key, V value) {
        entries.putIfAbsent(key, value);
    }

    /**
     * The remembered value, or {@code compute}'s, remembered. {@code compute} runs outside the lock,
     * so two threads may compute the same value; both results are equal, and either is kept.
     */
    public V computeIfAbsent(K key, Function<? super K, ? extends V> compute) {
        V known = get(key);
        if (known != null) {
            return known;
        }
        V value = compute.apply(key);
        put(key, value);
        return value;
    }

    public synchronized int size() {
        return entries.size();
    }

    /** How many entries it may hold now. */
    public synchronized int capacity() {
        return capacity;
    }
}
