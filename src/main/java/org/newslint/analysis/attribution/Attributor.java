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

    /** Where the stage reads the rest of the document, and how far back each answer read. */
    private final Reads reads;
    /** An editor's memory (null: a fresh analysis, which remembers nothing). */
    private final AttributionMemory memory;
    /** The last analysis lined up with this one (null: none, or a fresh analysis). */
    private final LastAttribution.Alignment alignment;

    private final Prose prose;
    private final EntityFinder.Result entities;
    private final int[][] sortedQuotes;
    /** Per sentence, the cues and stance cues found or taken (an editor's analysis only), and how many. */
    private final LastAttribution.PerSentence cueAnswers;

    private final LastAttribution.PerSentence stanceAnswers;
    private int cuesFound;
    private int stancesFound;
    /** How many cue and stance lists were taken from the last analysis (for tests). */
    int taken;

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
        this.memory = remembered;
        this.prose = prose;
        this.entities = entities;
        this.reads = new Reads(entities);
        if (remembered != null) {
            this.sentences = List.copyOf(sentences);
            this.words = remembered.wordsForCopy(this.sentences);
            this.sortedQuotes = LastAttribution.sortedQuotes(quoteContents);
            LastAttribution last = remembered.lastAttribution();
            this.alignment = last == null
                    ? null
                    : LastAttribution.Alignment.of(last, prose, this.sentences, entities, sortedQuotes);
            this.cueAnswers = LastAttribution.PerSentence.of(this.sentences.size());
            this.stanceAnswers = LastAttribution.PerSentence.of(this.sentences.size());
        } else {
            this.sentences = sentences;
            this.alignment = null;
            this.sortedQuotes = null;
            this.cueAnswers = null;
            this.stanceAnswers = null;
            this.words = new AttributionMemory.Words[sentences.size()];
            for (int s = 0; s < words.length; s++) {
                words[s] = wordsFound(sentences.get(s));
            }
        }
        this.quotes = new QuoteSpans(quoteContents, reads);
        TimeExpressions times = new TimeExpressions(lex, reads);
        this.coreference =
                new Coreference(lex, prose, entities, quotes, times, this.sentences, words, reads, alignment);
        this.nounPhrases = new NounPhrases(lex, reads, quotes, coreference, times);
        this.sources = new SourceFinder(quotes, nounPhrases, times);
        this.cueFinder = new CueFinder(lex, prose, quotes, sources, nounPhrases, this::wordsOf);
        this.unnamed = new UnnamedAttribution(lex, prose, quotes, remembered);
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
        int at = positionOf(toks);
        return at >= 0 ? words[at] : wordsFound(toks);
    }

    /** The index of the document's sentence with this very token list, or -1 (the list is no sentence's). */
    private int positionOf(List<Token> toks) {
        int hint = nextWords;
        // the next sentence, the same one again (the claims stage asks twice), or the first (a new pass)
        for (int at : new int[] {hint, hint - 1, 0}) {
            if (at >= 0 && at < words.length && sentences.get(at) == toks) {
                nextWords = at + 1;
                return at;
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
            return at;
        }
        return -1;
    }

    /** How many "he"/"she" answers were taken from the last analysis (for tests). */
    int takenAnswers() {
        return coreference.people().taken;
    }

    /** Whether {@code offset} lies inside the content of a quotation. */
    public boolean insideQuote(int offset) {
        return quotes.insideQuote(offset);
    }

    /** True only when {@link #insideQuote} is false for every offset from {@code from} to {@code to} (one lookup; false says nothing). */
    public boolean noQuoteBetween(int from, int to) {
        return quotes.noneInside(from, to);
    }

    /** The reporting cues of a sentence (verbs, nouns, phrases such as "according to"), each with its source. */
    public List<CueHit> cues(List<Token> toks) {
        return cueAnswers == null ? cueFinder.cues(toks) : remembered(toks, true);
    }

    /** Cues that attribute a stance rather than words: "Clinton opposed the deal", "the campaign wants a recount". */
    public List<CueHit> stanceCues(List<Token> toks) {
        return stanceAnswers == null ? cueFinder.stanceCues(toks) : remembered(toks, false);
    }

    /**
     * An editor's analysis: the cues (or stance cues) of a sentence of the document, found once per analysis
     * or taken from the last analysis where they read only what is as it was ({@link LastAttribution}); when
     * the last sentence's are known, they are remembered for the next analysis with how far back each read.
     */
    private List<CueHit> remembered(List<Token> toks, boolean cues) {
        int s = positionOf(toks);
        if (s < 0) {
            return cues ? cueFinder.cues(toks) : cueFinder.stanceCues(toks);
        }
        LastAttribution.PerSentence answers = cues ? cueAnswers : stanceAnswers;
        List<CueHit> hits = answers.hits()[s];
        if (hits != null) {
            return hits; // asked again: the same answer
        }
        hits = alignment == null ? null : cues ? alignment.cues(s) : alignment.stances(s);
        if (hits != null) {
            taken++;
            answers.floors()[s] = alignment.floor(cues ? alignment.last.cues : alignment.last.stances, s);
        } else {
            long saved = reads.begin();
            if (!toks.isEmpty()) {
                reads.at(Token.startOf(toks, 0)); // its own tokens
            }
            hits = List.copyOf(cues ? cueFinder.cues(toks) : cueFinder.stanceCues(toks));
            answers.floors()[s] = reads.floor;
            answers.everywhere()[s] = reads.everywhere;
            reads.end(saved);
        }
        answers.hits()[s] = hits;
        boolean all = cues ? ++cuesFound == sentences.size() : ++stancesFound == sentences.size();
        if (all) {
            // every pronoun answered, so that the next analysis finds them all; the arrays are complete
            coreference.people().resolveAll();
            memory.remember(new LastAttribution(
                    prose,
                    sentences,
                    entities,
                    sortedQuotes,
                    cueAnswers,
                    stancesFound == sentences.size() ? stanceAnswers : null,
                    coreference.people()));
        }
        return hits;
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
