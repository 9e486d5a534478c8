package org.newslint.analysis.attribution;

import java.util.List;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.Normalizer;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Decides who says what: finds attribution cues and the source noun phrase each belongs to,
 * resolves pronouns and nominal sources to entities, and tells why a sentence without a named
 * source is attributed all the same. One per analysis; a facade over {@link CueFinder},
 * {@link NounPhrases}, {@link Coreference}, {@link UnnamedAttribution} and {@link QuoteSpans}.
 */
public final class Attributor {
    private final Prose prose;
    private final QuoteSpans quotes;
    private final Coreference coreference;
    private final NounPhrases nounPhrases;
    private final CueFinder cueFinder;
    private final UnnamedAttribution unnamed;

    /** A cue found in a sentence, with its source (null when the cue names none, as in "it is believed"). */
    public record CueHit(int first, int last, Cue cue, Source source) {}

    /** @param quoteContents the contents of every quotation, whose words are nobody's cues or sources */
    public Attributor(Lexicons lex, Prose prose, EntityFinder.Result entities, List<TextRange> quoteContents) {
        this.prose = prose;
        this.quotes = new QuoteSpans(quoteContents);
        this.coreference = new Coreference(lex, prose, entities, quotes);
        this.nounPhrases = new NounPhrases(entities, quotes, coreference);
        this.cueFinder = new CueFinder(lex, quotes, nounPhrases, coreference);
        this.unnamed = new UnnamedAttribution(lex, prose, quotes);
    }

    public boolean insideQuote(int offset) {
        return quotes.insideQuote(offset);
    }

    /** The reporting cues of a sentence with their sources: "X said", "according to X", "the poll showed". */
    public List<CueHit> cues(List<Token> toks) {
        return cueFinder.cues(toks);
    }

    /** Cues that attribute a stance rather than words: "Clinton opposed the deal", "the campaign wants a recount". */
    public List<CueHit> stanceCues(List<Token> toks) {
        return cueFinder.stanceCues(toks);
    }

    /** Walks left from {@code end} over one noun phrase: "a spokesperson for the ministry", "North Korean officials". */
    public Source leftNounPhrase(List<Token> toks, int end) {
        return nounPhrases.leftNounPhrase(toks, end);
    }

    /** The noun phrase starting at {@code start}: "Maria Jensen", "the company", "Governor Paul Renner". */
    public Source rightNounPhrase(List<Token> toks, int start) {
        return nounPhrases.rightNounPhrase(toks, start);
    }

    /** The subject of the sentence's first finite verb before {@code before}. */
    public Source sentenceSubject(List<Token> toks, int before) {
        return nounPhrases.sentenceSubject(toks, before);
    }

    /** Nearest earlier compatible entity mention outside quotes: he/she → a person, it → an organisation or place. */
    public EntityFinder.MentionRef resolvePronoun(Token pronoun) {
        return coreference.resolvePronoun(pronoun);
    }

    /** Why a sentence that names no source is still attributed, or null when it is not. */
    public AttributedBy attributionWithoutSource(
            List<Token> toks, TextRange sentence, List<Attribution> cues, double quotedShare) {
        return unnamed.attributionWithoutSource(toks, sentence, cues, quotedShare);
    }
    // ---------------------------------------------------------------- quote speakers

    /** Text right after a quote that begins with a dash names its speaker: "“…” — Dr. Ahmed Saleh". */
    public Source speakerAfterDash(TextRange quoteRange, List<Token> followingTokens) {
        String original = prose.original();
        int k = quoteRange.end();
        // "” ― Karen Bobadilla" is often set with a no-break space before the dash
        while (k < original.length() && (original.charAt(k) == ' ' || original.charAt(k) == '\u00A0')) {
            k++;
        }
        if (k >= original.length()) {
            return null;
        }
        boolean dash = Normalizer.isDash(original.charAt(k))
                || original.startsWith("--", k)
                || (original.charAt(k) == '-' && k + 1 < original.length() && original.charAt(k + 1) == ' ');
        if (!dash) {
            return null;
        }
        for (int i = 0; i < followingTokens.size(); i++) {
            if (followingTokens.get(i).start() > k) {
                return nounPhrases.rightNounPhrase(followingTokens, i);
            }
        }
        return null;
    }
}
