package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameSpan;

/**
 * What an editor's analyses over one set of lexicons remember between keystrokes, so that an edit
 * re-reads only the sentences it changed and regroups only when the names changed. Like
 * {@code nlp.CachingPipeline} it lives on the editor path only ({@code Analyzer.Config.cachedParagraphs()});
 * a fresh analysis has none and computes everything.
 *
 * <p><b>Mentions by sentence.</b> What {@link EntityFinder} finds in one sentence is a function of the
 * {@link SentenceKey}: the sentence's tokens (text, lower case, tag, and offsets relative to
 * its first token: the mention finder reads no lemma), the original characters from its first token's
 * start to its last token's end (every span it cuts is inside them), for each token whether the
 * document writes that word as a name elsewhere (the one document-level fact it reads), whether the
 * sentence is trusted and its paragraph's reason, and the name finder's spans in it (relative, with
 * their types), all under this memory's lexicons. Mentions are stored with offsets relative to the
 * first token and take their absolute offsets and sentence index when reused.
 *
 * <p><b>Grouping.</b> Which mentions form which entity, each entity's type and canonical name are a
 * function of the mentions' names, linked names, rule types and evidence, model types, trust, acronym
 * flags and the order of their sentences (see {@link Groupings.Key}); the ranges and descriptions
 * only shape the output, which is rebuilt from the remembered groups on every analysis.
 *
 * <p><b>The last analysis.</b> Before either memory is asked, each sentence is compared with the last
 * analysis's ({@link LastEntities}: the same inputs, compared by reference and integer, so an unchanged
 * sentence costs no key), and the grouping key with the last analysis's key.
 *
 * <p>Bounded (least recently used, grown to twice the current document's sentences; the last analysis
 * is one document's references) and safe for analyses of two documents at once on different threads
 * (every access holds the memory's lock; an analysis takes the last analysis out while it works, so a
 * second one meanwhile does without).
 */
public final class EntityMemory {
    /** The most sentences ever remembered (a 1 MiB article has about 9,000). */
    private static final int MOST = 1 << 17;
    /** Groupings remembered: one per document being edited, for a few documents at once. */
    private static final int GROUPINGS = 4;

    private final Lexicons lex;
    /** The names' keys, kept between analyses (pure functions of the name, so shared by every document). */
    private final NameKeys nameKeys = new NameKeys();

    private int capacity = 2048;
    private final Map<SentenceKey, List<NameMention>> sentences = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<SentenceKey, List<NameMention>> eldest) {
            return size() > capacity;
        }
    };
    private final Map<Groupings.Key, List<Groupings.Formed>> groupings = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Groupings.Key, List<Groupings.Formed>> eldest) {
            return size() > GROUPINGS;
        }
    };

    /** A memory for the analyses over {@code lex}. */
    public EntityMemory(Lexicons lex) {
        this.lex = lex;
    }

    Lexicons lexicons() {
        return lex;
    }

    /** Room for twice a document's sentences: reading a document longer than the memory in order would never hit. */
    synchronized void expect(int sentenceCount) {
        capacity = (int) Math.max(capacity, Math.min(MOST, 2L * sentenceCount));
    }

    private LastEntities last;

    private synchronized LastEntities takeLast() {
        LastEntities l = last;
        last = null;
        return l;
    }

    private synchronized void putLast(LastEntities l, int sentencesFromLast, boolean groupingFromLast) {
        last = l;
        sentencesReused += sentencesFromLast;
        sentencesFromLastAnalysis += sentencesFromLast;
        groupingsReused += groupingFromLast ? 1 : 0;
    }

    /**
     * The entities of a document (see {@link EntityFinder}), each sentence's mentions taken from the last
     * analysis or from memory where everything the finder reads of the sentence is equal, else found by
     * {@code finder} and remembered.
     */
    EntityFinder.Result find(
            Start start,
            String text,
            List<SentenceDraft> sentences,
            List<List<NameSpan>> names,
            Predicate<String> capitalisedWord,
            EntityFinder.MentionFinder finder) {
        LastEntities was = start.was();
        LastEntities.Comparison compared = was == null
                ? null
                : new LastEntities.Comparison(
                        was, text, sentences.size(), start.prefix(), start.suffix(), start.changed());
        int n = sentences.size();
        List<Token>[] tokens = LastEntities.lists(n);
        NonClaimReason[] reasons = new NonClaimReason[n];
        List<NameSpan>[] spansOf = LastEntities.lists(n);
        List<NameMention>[] found = LastEntities.lists(n);
        LastEntities.SentenceFacts facts = new LastEntities.SentenceFacts(n);
        List<NameMention> mentions = new ArrayList<>();
        int fromLast = 0;
        for (int si = 0; si < n; si++) {
            SentenceDraft d = sentences.get(si);
            List<Token> toks = d.sentence().tokens();
            List<NameSpan> spans = si < names.size() ? names.get(si) : List.of();
            List<NameMention> in = toks.isEmpty()
                    ? finder.mentionsIn(toks, si, d)
                    : compared == null ? null : compared.mentions(si, d, spans);
            if (in != null && !toks.isEmpty()) {
                fromLast++;
            } else if (in == null) {
                SentenceKey key = new SentenceKey(toks, text, capitalisedWord, d.trusted(), d.paragraphReason(), spans);
                List<NameMention> relative = mentions(key);
                if (relative == null) {
                    in = finder.mentionsIn(toks, si, d);
                    rememberMentions(key.owned(), moved(in, -key.base, 0));
                } else {
                    in = moved(relative, key.base, si);
                }
            }
            int j = compared == null ? -1 : compared.was(si);
            if (j >= 0) {
                facts.copy(si, was.facts, j);
            } else {
                facts.compute(si, toks);
            }
            tokens[si] = toks;
            reasons[si] = d.paragraphReason();
            spansOf[si] = spans;
            found[si] = in;
            mentions.addAll(in);
        }
        Groupings.Key key = new Groupings.Key(mentions);
        EntityGrouper grouper = new EntityGrouper(lex, nameKeys);
        boolean sameGrouping = was != null && key.equals(was.key);
        List<Groupings.Formed> formed = sameGrouping ? was.formed : grouper.formed(key, mentions, this);
        EntityOutput.Built output = EntityOutput.of(formed, mentions, was == null ? null : was.output);
        putLast(
                new LastEntities(text, tokens, reasons, spansOf, found, facts, start.words(), key, formed, output),
                fromLast,
                sameGrouping);
        return output.result();
    }

    /**
     * How an analysis starts: the last analysis (taken out, or null), how many sentences at its start and end
     * have the last one's tokens ({@link LastEntities#sameTokens}), and the document's name words with those
     * that joined or left the set since the last analysis.
     */
    record Start(LastEntities was, int prefix, int suffix, NameWords words, Set<String> changed) {}

    /**
     * Starts an analysis of {@code sentences}: the last analysis's name words, updated by counting out its
     * sentences that are not at the start or end of the new ones and counting in the new ones in their place;
     * without a last analysis, the words of all sentences.
     */
    Start begin(List<SentenceDraft> sentences) {
        int n = sentences.size();
        expect(n);
        LastEntities was = takeLast();
        if (was == null) {
            return new Start(null, 0, 0, NameWords.of(sentences), Set.of());
        }
        int m = was.tokens.length;
        int p = 0;
        while (p < n
                && p < m
                && LastEntities.sameTokens(sentences.get(p).sentence().tokens(), was.tokens[p])) {
            p++;
        }
        int s = 0;
        while (s < n - p
                && s < m - p
                && LastEntities.sameTokens(sentences.get(n - 1 - s).sentence().tokens(), was.tokens[m - 1 - s])) {
            s++;
        }
        NameWords words = was.words;
        Map<String, Boolean> before = new java.util.HashMap<>();
        for (int j = p; j < m - s; j++) {
            words.remove(was.tokens[j], before);
        }
        for (int k = p; k < n - s; k++) {
            words.add(sentences.get(k).sentence().tokens(), before);
        }
        return new Start(was, p, s, words, words.changedSince(before));
    }

    /** The mentions moved by {@code by} characters, in sentence {@code sentenceIndex}. */
    private static List<NameMention> moved(List<NameMention> mentions, int by, int sentenceIndex) {
        List<NameMention> out = new ArrayList<>(mentions.size());
        for (NameMention m : mentions) {
            out.add(m.moved(by, sentenceIndex));
        }
        return out;
    }

    private long sentencesReused;
    private long groupingsReused;

    synchronized List<NameMention> mentions(SentenceKey key) {
        List<NameMention> found = sentences.get(key);
        if (found != null) {
            sentencesReused++;
        }
        return found;
    }

    synchronized void rememberMentions(SentenceKey key, List<NameMention> relative) {
        sentences.put(key, relative);
    }

    synchronized List<Groupings.Formed> grouping(Groupings.Key key) {
        List<Groupings.Formed> found = groupings.get(key);
        if (found != null) {
            groupingsReused++;
        }
        return found;
    }

    synchronized void rememberGrouping(Groupings.Key key, List<Groupings.Formed> formed) {
        groupings.put(key, formed);
    }

    private long sentencesFromLastAnalysis;

    /** How many sentences' mentions were taken from the last analysis without a key (for tests). */
    synchronized long sentencesFromLastAnalysis() {
        return sentencesFromLastAnalysis;
    }

    /** How many sentences' mentions were answered from memory (for tests). */
    synchronized long sentencesReused() {
        return sentencesReused;
    }

    /** How many groupings were answered from memory (for tests). */
    synchronized long groupingsReused() {
        return groupingsReused;
    }
}
