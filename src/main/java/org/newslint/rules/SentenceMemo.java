package org.newslint.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;

/**
 * The {@link SentenceLocal} rules' judgements of the sentences an editor's analyses have seen, by
 * {@link LocalSentence} (whose class comment says why a remembered judgement is the judgement), one
 * slot per rule of the {@link Checker}. A keystroke then judges only the sentences it changed; the
 * rules' document-level conditions still run on every analysis. Each analysis looks a sentence up
 * once for all its rules ({@link Session}). Bounded (least recently used first out), grown to twice
 * the sentences of the documents analysed like {@code CachingPipeline}; safe for the server's
 * concurrent analyses (one lock around the map, slots set atomically; a judgement is made outside
 * the lock, and two threads making the same one store equal values).
 */
final class SentenceMemo {
    private static final int CAPACITY = 2048;
    /** The most sentences ever remembered (a 1 MiB article has about 9,000). */
    private static final int MOST = 1 << 17;

    private final int slots;
    private int capacity = CAPACITY;
    private final Map<LocalSentence, AtomicReferenceArray<List<LocalFinding>>> judged =
            new LinkedHashMap<>(CAPACITY, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(
                        Map.Entry<LocalSentence, AtomicReferenceArray<List<LocalFinding>>> eldest) {
                    return size() > capacity;
                }
            };
    private final LongAdder hits = new LongAdder();

    /** A memo for a checker of {@code slots} rules (slot: the rule's index in the checker's list). */
    SentenceMemo(int slots) {
        this.slots = slots;
    }

    /** One analysis's use of the memo: room for twice its sentences, each looked up at most once. */
    Session session(RuleContext context) {
        synchronized (judged) {
            capacity = (int) Math.max(
                    capacity, Math.min(MOST, 2L * context.analysis().sentences().size()));
        }
        return new Session(context);
    }

    /** How many judgements came from memory (for tests). */
    long hits() {
        return hits.sum();
    }

    /** The memo as one analysis sees it (one thread). */
    final class Session {
        private final RuleContext context;
        private final AtomicReferenceArray<?>[] entries;

        private Session(RuleContext context) {
            this.context = context;
            this.entries =
                    new AtomicReferenceArray<?>[context.analysis().sentences().size()];
        }

        /** The judgements of {@code rule} (in slot {@code slot}) for the sentences of the analysis. */
        SentenceLocal.Judgements judgements(int slot, SentenceLocal rule) {
            return i -> {
                LocalSentence sentence = context.sentence(i);
                AtomicReferenceArray<List<LocalFinding>> entry = entry(i, sentence);
                List<LocalFinding> found = entry.get(slot);
                if (found == null) {
                    found = List.copyOf(rule.judge(sentence));
                    entry.set(slot, found);
                } else {
                    hits.increment();
                }
                return sentence.place(found);
            };
        }

        @SuppressWarnings("unchecked")
        private AtomicReferenceArray<List<LocalFinding>> entry(int i, LocalSentence sentence) {
            AtomicReferenceArray<List<LocalFinding>> entry = (AtomicReferenceArray<List<LocalFinding>>) entries[i];
            if (entry == null) {
                synchronized (judged) {
                    entry = judged.get(sentence);
                }
                if (entry == null) {
                    LocalSentence stored = sentence.detached();
                    synchronized (judged) {
                        entry = judged.get(sentence);
                        if (entry == null) {
                            entry = new AtomicReferenceArray<>(slots);
                            judged.put(stored, entry);
                        }
                    }
                }
                entries[i] = entry;
            }
            return entry;
        }
    }
}
