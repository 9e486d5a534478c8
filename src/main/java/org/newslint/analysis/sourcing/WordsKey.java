package org.newslint.analysis.sourcing;

import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Everything {@link SourcingFeatures#words} reads of a sentence, so that its {@link SourcingFeatures.Words}
 * can be remembered under it: each token's text, tag, lemma and lower-case form, in order, and two
 * masks over the token indexes — which tokens start inside the content of a quotation overlapping
 * the sentence (what the word features skip and the quoted share counts) and which start inside any
 * quotation's content (what {@link ClaimDescriber} skips). Offsets enter only through the masks, so
 * the same sentence elsewhere in the document, or after an edit above it moved it, has an equal key.
 * Equality compares the strings (identical instances from the tagging cache compare at once); the
 * hash is computed once from the strings' own cached hashes.
 */
final class WordsKey {
    private final List<Token> tokens;
    private final BitSet quoted;
    private final BitSet inQuoteContent;
    private final int hash;

    private WordsKey(List<Token> tokens, BitSet quoted, BitSet inQuoteContent) {
        this.tokens = tokens;
        this.quoted = quoted;
        this.inQuoteContent = inQuoteContent;
        int h = 1;
        for (Token t : tokens) {
            h = 31 * h + t.text().hashCode();
            h = 31 * h + t.pos().hashCode();
            h = 31 * h + Objects.hashCode(t.lemma());
        }
        this.hash = 31 * (31 * h + quoted.hashCode()) + inQuoteContent.hashCode();
    }

    /** @param quoted the contents of the quotations overlapping the sentence */
    static WordsKey of(ArticleIndex index, SentenceInfo s, List<TextRange> quoted) {
        List<Token> toks = s.sentence().tokens();
        BitSet inQuoted = new BitSet(toks.size());
        if (!quoted.isEmpty()) {
            for (int k = 0; k < toks.size(); k++) {
                if (SourcingFeatures.inside(quoted, toks.get(k).start())) {
                    inQuoted.set(k);
                }
            }
        }
        return new WordsKey(toks, inQuoted, index.tokensInQuoteContent(toks, s.range()));
    }

    List<Token> tokens() {
        return tokens;
    }

    /** Tokens starting inside the content of a quotation that overlaps the sentence. */
    BitSet quoted() {
        return quoted;
    }

    /** Tokens starting inside the content of any quotation of the document. */
    BitSet inQuoteContent() {
        return inQuoteContent;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof WordsKey k)
                || hash != k.hash
                || tokens.size() != k.tokens.size()
                || !quoted.equals(k.quoted)
                || !inQuoteContent.equals(k.inQuoteContent)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token a = tokens.get(i);
            Token b = k.tokens.get(i);
            if (!a.text().equals(b.text())
                    || !a.pos().equals(b.pos())
                    || !Objects.equals(a.lemma(), b.lemma())
                    || !a.lower().equals(b.lower())) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        return hash;
    }
}
