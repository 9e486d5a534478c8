package org.newslint.analysis.attribution;

import java.util.List;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Decides who says what in one document: the attribution stage as the later stages (quotes, claims)
 * see it. It finds attribution cues and the source each belongs to, resolves pronouns and definite
 * descriptions to entities, and tells whether an offset is quoted. The work is done by one class per
 * step ({@link CueFinder}, {@link SourceFinder}, {@link NounPhrases}, {@link Coreference},
 * {@link QuoteSpans}, {@link UnnamedAttribution}, {@link DashSpeaker}); this class wires them over
 * the same document so they share its entities and quote index.
 */
public final class Attributor {
    private final QuoteSpans quotes;
    private final Coreference coreference;
    private final NounPhrases nounPhrases;
    private final SourceFinder sources;
    private final CueFinder cueFinder;
    private final UnnamedAttribution unnamed;
    private final DashSpeaker dashSpeaker;
    private final Lexicons lex;
    /** The document's sentences and their word-level facts, by position. */
    private final List<List<Token>> sentences;

    private final AttributionMemory.Words[] words;
    /** Where {@link #wordsOf} looks first: the sentence after the last one asked for. */
    private int nextWords;
    /** The position of each sentence's token list, built when {@link #wordsOf} is first asked out of order. */
    private volatile java.util.Map<List<Token>, Integer> positions;

    /** A cue found in a sentence, with its source (null when the cue names none, as in "it is believed"). */
    public record CueHit(int first, int last, Cue cue, Source source) {}

    /** The stage over one document: its entities, its quotations' contents and its sentences' tokens, in order. */
    public Attributor(
            Lexicons lex,
            Prose prose,
            EntityFinder.Result entities,
            List<TextRange> quoteContents,
            List<List<Token>> sentences) {
        this(lex, prose, entities, quoteContents, sentences, null);
    }

    /**
     * The stage over one document, taking each sentence's word-level facts from an editor's memory when
     * its token list is the last analysis's at the same place (null: found anew, as a fresh analysis does; a memory made
     * for another lexicon is not used). The answers are the same either way.
     */
    public Attributor(
            Lexicons lex,
            Prose prose,
            EntityFinder.Result entities,
            List<TextRange> quoteContents,
            List<List<Token>> sentences,
            AttributionMemory memory) {
        AttributionMemory remembered = memory == null ? null : memory.forLexicon(lex);
        this.lex = lex;
        this.sentences = sentences;
        if (remembered != null) {
            this.words = remembered.wordsFor(sentences);
        } else {
            this.words = new AttributionMemory.Words[sentences.size()];
            for (int s = 0; s < words.length; s++) {
                words[s] = wordsFound(sentences.get(s));
            }
        }
        this.quotes = new QuoteSpans(quoteContents);
        TimeExpressions times = new TimeExpressions(lex, entities);
        this.coreference = new Coreference(lex, prose, entities, quotes, times, sentences, words);
        this.nounPhrases = new NounPhrases(lex, entities, quotes, coreference, times);
        this.sources = new SourceFinder(quotes, nounPhrases, times);
        this.cueFinder = new CueFinder(lex, prose, quotes, sources, nounPhrases, this::wordsOf);
        this.unnamed = new UnnamedAttribution(lex, prose, quotes);
        this.dashSpeaker = new DashSpeaker(prose, nounPhrases);
    }

    private AttributionMemory.Words wordsFound(List<Token> toks) {
        return AttributionMemory.compute(lex, toks);
    }

    /**
     * The word-level facts of a sentence: those found for the next sentence of the document when it has
     * this very token list (the analysis asks for its sentences in order), else found again.
     */
    private AttributionMemory.Words wordsOf(List<Token> toks) {
        int hint = nextWords;
        // the next sentence, the same one again (the claims stage asks twice), or the first (a new pass)
        for (int at : new int[] {hint, hint - 1, 0}) {
            if (at >= 0 && at < words.length && sentences.get(at) == toks) {
                nextWords = at + 1;
                return words[at];
            }
        }
        // a stage that asks for some sentences only: by the list's identity
        java.util.Map<List<Token>, Integer> index = positions;
        if (index == null) {
            java.util.IdentityHashMap<List<Token>, Integer> built = new java.util.IdentityHashMap<>();
            for (int s = 0; s < sentences.size(); s++) {
                built.putIfAbsent(sentences.get(s), s);
            }
            positions = index = built; // published whole (volatile); never changed after
        }
        Integer at = index.get(toks);
        if (at != null) {
            nextWords = at + 1;
            return words[at];
        }
        return wordsFound(toks);
    }

    /** Whether {@code offset} lies inside the content of a quotation. */
    public boolean insideQuote(int offset) {
        return quotes.insideQuote(offset);
    }

    /** The reporting cues of a sentence (verbs, nouns, phrases such as "according to"), each with its source. */
    public List<CueHit> cues(List<Token> toks) {
        return cueFinder.cues(toks);
    }

    /** Cues that attribute a stance rather than words: "Clinton opposed the deal", "the campaign wants a recount". */
    public List<CueHit> stanceCues(List<Token> toks) {
        return cueFinder.stanceCues(toks);
    }

    /** Walks left from {@code end} over one noun phrase: "a spokesperson for the ministry", "North Korean officials". */
    public Source leftNounPhrase(List<Token> toks, int end) {
        return nounPhrases.endingAt(toks, end);
    }

    /** The noun phrase starting at {@code start}: "Maria Jensen", "the company", "Governor Paul Renner". */
    public Source rightNounPhrase(List<Token> toks, int start) {
        return nounPhrases.startingAt(toks, start);
    }

    /** The subject of the verb at {@code verb}: the noun phrase before it, past auxiliaries, adverbs and times. */
    public Source subjectOf(List<Token> toks, int verb) {
        return sources.before(toks, verb);
    }

    /** The subject of the sentence's first finite verb before {@code before}, past any relative clause's verbs. */
    public Source sentenceSubject(List<Token> toks, int before) {
        return sources.sentenceSubject(toks, before);
    }

    /** The entity a pronoun stands for: "he"/"she" the person last speaking or acting, "it" an organisation or place. */
    public EntityFinder.MentionRef resolvePronoun(Token pronoun) {
        return coreference.resolvePronoun(pronoun);
    }

    /** Whether a source is a place ("Ohio", "Lyndale"): a speaker only when no person or organisation is at hand. */
    public boolean isPlace(Source source) {
        return nounPhrases.isPlace(source);
    }

    /**
     * Why a sentence that names no source is still attributed, or null when it is not: a cue whose
     * source is vague or not found ("experts say", "who said", a sentence split before "said"), quoted
     * words (someone's, even when the speaker is named in another sentence), or a word PolNeAR
     * annotators mark as an attribution cue, outside quotes ("Clinton laid out her proposals",
     * "the poll showed", "Trump's plan"). The vague-source rule still reports the vague ones.
     */
    public AttributedBy attributionWithoutSource(
            List<Token> toks, TextRange sentence, List<Attribution> cues, double quotedShare) {
        return unnamed.reason(toks, sentence, cues, quotedShare, wordsOf(toks));
    }

    /** Text right after a quote that begins with a dash names its speaker: "“…” — Dr. Ahmed Saleh". */
    public Source speakerAfterDash(TextRange quoteRange, List<Token> followingTokens) {
        return dashSpeaker.after(quoteRange, followingTokens);
    }
}
