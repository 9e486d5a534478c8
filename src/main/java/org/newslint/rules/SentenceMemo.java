package org.newslint.rules;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.concurrent.atomic.LongAdder;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.text.CommonEnds;
import org.newslint.text.RecentTexts;

/**
 * The {@link SentenceLocal} rules' judgements of the sentences an editor's analyses have seen, by
 * {@link LocalSentence} (whose class comment says why a remembered judgement is the judgement), one
 * slot per rule of the {@link Checker}. A keystroke then judges only the sentences it changed; the
 * rules' document-level conditions still run on every analysis. Each analysis looks a sentence up
 * once for all its rules ({@link Session}). Bounded (least recently used first out), grown to twice
 * the sentences of the documents analysed like {@code CachingPipeline}; safe for the server's
 * concurrent analyses (one lock around the map, slots set atomically; a judgement is made outside
 * the lock, and two threads making the same one store equal values).
 *
 * <p>Before the map, a sentence is compared with the last few analyses' sentences ({@link Recent}): where
 * its window lies in a stretch the two documents' texts share at their start or end ({@link CommonEnds}),
 * the window's characters are those of the recent sentence whose window starts at the same (or shifted)
 * offset, and {@link LocalSentence#sameApartFromText} compares the rest of the key (the same token list
 * when the paragraph did not move); equal, the recent sentence's entry is the entry the map would give
 * for the same key, so it is taken without building, hashing or looking up a key, and without touching
 * the map's order (the recent analysis holds the entry, so eviction cannot lose it while it is reused).
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

    /** How many recent analyses a new one is compared with (documents edited in turn). */
    private static final int RECENT = 4;

    /** An analysis's text and sentences, each with its window's start and length and its entry (or null). */
    private record Recent(String text, List<SentenceInfo> sentences, int[] origins, int[] lengths, Object[] entries) {}

    /** The last few, newest first (replaced whole; the entries are shared, as in the map). */
    private final RecentTexts<Recent> recent = new RecentTexts<>(RECENT, Recent::text);

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
        private final List<SentenceInfo> sentences;
        private final AtomicReferenceArray<?>[] entries;
        private final int[] origins;
        private final int[] lengths;
        /** The recent analysis sharing the most characters at its ends with this one, or null. */
        private final Recent before;

        private final CommonEnds common;

        private Session(RuleContext context) {
            this.context = context;
            this.sentences = context.analysis().sentences();
            int n = sentences.size();
            this.entries = new AtomicReferenceArray<?>[n];
            this.origins = new int[n];
            this.lengths = new int[n];
            for (int i = 0; i < n; i++) {
                long window = LocalSentence.window(sentences.get(i));
                origins[i] = (int) (window >>> 32);
                lengths[i] = (int) window - origins[i];
            }
            String text = context.analysis().document().text();
            RecentTexts.Closest<Recent> nearest = recent.closest(text);
            Recent closest = nearest.entry();
            CommonEnds shared = nearest.common();
            this.before = closest;
            this.common = shared;
        }

        /** The judgements of {@code rule} (in slot {@code slot}) for the sentences of the analysis. */
        SentenceLocal.Judgements judgements(int slot, SentenceLocal rule) {
            return i -> {
                AtomicReferenceArray<List<LocalFinding>> entry = entry(i);
                List<LocalFinding> found = entry.get(slot);
                if (found == null) {
                    found = List.copyOf(rule.judge(context.sentence(i)));
                    entry.set(slot, found);
                } else {
                    hits.increment();
                }
                return LocalSentence.place(found, origins[i]);
            };
        }

        /** Makes this analysis's sentences and entries the newest recent analysis (after the rules ran). */
        void finish() {
            recent.remember(
                    new Recent(context.analysis().document().text(), sentences, origins, lengths, entries.clone()),
                    common.sharesMost() ? before : null);
        }

        @SuppressWarnings("unchecked")
        private AtomicReferenceArray<List<LocalFinding>> entry(int i) {
            AtomicReferenceArray<List<LocalFinding>> entry = (AtomicReferenceArray<List<LocalFinding>>) entries[i];
            if (entry == null) {
                entry = recentEntry(i);
            }
            if (entry == null) {
                LocalSentence sentence = context.sentence(i);
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
            }
            entries[i] = entry;
            return entry;
        }

        /**
         * The entry of the recent analysis's sentence whose key equals sentence {@code i}'s, when its window
         * lies where the texts share their ends: the same index (before the edit) or the same distance from
         * the end (after it). Null when there is none or it is not known to be equal.
         */
        @SuppressWarnings("unchecked")
        private AtomicReferenceArray<List<LocalFinding>> recentEntry(int i) {
            if (before == null) {
                return null;
            }
            int at = common.oldStart(origins[i], origins[i] + lengths[i]);
            if (at < 0) {
                return null;
            }
            int j = at == origins[i] ? i : i + before.sentences().size() - sentences.size();
            if (j < 0
                    || j >= before.origins().length
                    || before.origins()[j] != at
                    || before.lengths()[j] != lengths[i]
                    || before.entries()[j] == null
                    || !LocalSentence.sameApartFromText(
                            sentences.get(i), origins[i], before.sentences().get(j), at)) {
                return null;
            }
            return (AtomicReferenceArray<List<LocalFinding>>) before.entries()[j];
        }
    }
}
