package org.newslint.analysis.sourcing;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.ClaimType;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.nlp.Token;

/**
 * Names the kind of claim a sentence makes, so a finding says why it wants a source: "a figure", "a
 * prediction", "an action of Kim stated as fact", "the writer's characterisation of Clinton". The
 * subject is the first person, organisation or place (countries act) named before the sentence's
 * first verb.
 */
public final class ClaimDescriber {
    /** Words that make a sentence a forecast rather than a report. */
    private static final Set<String> PREDICTION_WORDS =
            Set.of("will", "would", "could", "might", "may", "expected", "likely", "unlikely", "poised");

    /** Verbs that link a subject to a description of it: "X is / seems / remains …". */
    private static final Set<String> LINKING_VERBS = Set.of("be", "seem", "appear", "remain", "become", "look");

    /** The last analysis asked about, indexed once: a caller describes every sentence of one analysis in turn. */
    private volatile ArticleIndex lastIndex;

    public ClaimDescriber() {}

    private ArticleIndex index(ArticleAnalysis analysis) {
        ArticleIndex index = lastIndex;
        if (index == null || index.analysis() != analysis) {
            index = new ArticleIndex(analysis);
            lastIndex = index;
        }
        return index;
    }

    /** A sentence's kind of claim and, for a characterisation or an action, whose. */
    public record Described(ClaimType type, String subject) {}

    public Described describe(ArticleAnalysis analysis, SentenceInfo s) {
        ClaimKind kind = s.claimKind();
        if (kind == ClaimKind.NUMBER || kind == ClaimKind.SUPERLATIVE || kind == ClaimKind.CAUSAL) {
            return byKind(kind);
        }
        ArticleIndex index = index(analysis);
        List<Token> toks = s.sentence().tokens();
        return describe(index, s, tokenClaim(toks, index.tokensInQuoteContent(toks, s.range())));
    }

    /** {@link #describe(ArticleAnalysis, SentenceInfo)} from the sentence's words as {@link SourcingFeatures} read them. */
    Described describe(ArticleIndex index, SentenceInfo s, SourcingFeatures.Words words) {
        ClaimKind kind = s.claimKind();
        if (kind == ClaimKind.NUMBER || kind == ClaimKind.SUPERLATIVE || kind == ClaimKind.CAUSAL) {
            return byKind(kind);
        }
        return describe(index, s, new TokenClaim(words.prediction(), words.firstVerb(), words.linksToDescription()));
    }

    private static Described byKind(ClaimKind kind) {
        return switch (kind) {
            case NUMBER -> FIGURE;
            case SUPERLATIVE -> SUPERLATIVE;
            default -> CAUSAL;
        };
    }

    private static final Described FIGURE = new Described(ClaimType.FIGURE, null);
    private static final Described SUPERLATIVE = new Described(ClaimType.SUPERLATIVE, null);
    private static final Described CAUSAL = new Described(ClaimType.CAUSAL, null);
    private static final Described PREDICTION = new Described(ClaimType.PREDICTION, null);
    private static final Described FACT = new Described(ClaimType.FACT, null);

    private static Described describe(ArticleIndex index, SentenceInfo s, TokenClaim claim) {
        if (claim.prediction()) {
            return PREDICTION;
        }
        List<Token> toks = s.sentence().tokens();
        Entity subject = claim.firstVerb() < 0 ? null : subject(index, s, Token.startOf(toks, claim.firstVerb()));
        if (subject != null) {
            return new Described(
                    claim.linksToDescription() ? ClaimType.CHARACTERISATION : ClaimType.ACTION, subject.name());
        }
        return FACT;
    }

    /**
     * What the description reads of a sentence's words: whether a prediction word stands outside
     * quotations, the first verb outside them (-1: none), and whether it links a subject to a description.
     */
    record TokenClaim(boolean prediction, int firstVerb, boolean linksToDescription) {}

    /** @param inQuoteContent the tokens starting inside a quotation's content, which are skipped */
    static TokenClaim tokenClaim(List<Token> toks, BitSet inQuoteContent) {
        int firstVerb = -1;
        for (int k = 0; k < toks.size(); k++) {
            if (inQuoteContent.get(k)) {
                continue;
            }
            Token t = toks.get(k);
            if (PREDICTION_WORDS.contains(t.lower())) {
                return new TokenClaim(true, -1, false);
            }
            if (firstVerb < 0 && t.isVerb()) {
                firstVerb = k;
            }
        }
        return new TokenClaim(false, firstVerb, firstVerb >= 0 && linksToADescription(toks, firstVerb));
    }

    /**
     * "X is wary", "X remains a target": a linking verb whose complement is not another verb ("is
     * bolstering" and "was fined" are actions, the "is" only their auxiliary).
     */
    private static boolean linksToADescription(List<Token> toks, int verb) {
        Token v = toks.get(verb);
        String lemma = v.lemma() == null ? v.lower() : v.lemma();
        if (!LINKING_VERBS.contains(lemma)) {
            return false;
        }
        for (int k = verb + 1; k < toks.size() && k <= verb + 3; k++) {
            Token t = toks.get(k);
            if (t.isVerb()) {
                return false;
            }
            if (!t.pos().equals("ADV") && !t.pos().equals("PART")) {
                return true;
            }
        }
        return true;
    }

    /** The first person or organisation mentioned between the sentence start and {@code verbStart}. */
    private static Entity subject(ArticleIndex index, SentenceInfo s, int verbStart) {
        // by (start, entity, mention): the first that qualifies is the earliest, and the first entity on a tie
        for (int k = index.firstMentionFrom(s.range().start());
                k < index.mentions() && index.mentionStart(k) <= verbStart;
                k++) {
            Entity e = index.analysis().entities().get(index.mentionEntity(k));
            if ((e.type() == EntityType.PERSON
                            || e.type() == EntityType.ORGANIZATION
                            || e.type() == EntityType.LOCATION)
                    && index.mentionEnd(k) <= verbStart) {
                return e;
            }
        }
        return null;
    }
}
