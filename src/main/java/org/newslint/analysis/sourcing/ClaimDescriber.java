package org.newslint.analysis.sourcing;

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
        if (kind == ClaimKind.NUMBER) {
            return new Described(ClaimType.FIGURE, null);
        }
        if (kind == ClaimKind.SUPERLATIVE) {
            return new Described(ClaimType.SUPERLATIVE, null);
        }
        if (kind == ClaimKind.CAUSAL) {
            return new Described(ClaimType.CAUSAL, null);
        }
        ArticleIndex index = index(analysis);
        List<Token> toks = s.sentence().tokens();
        int firstVerb = -1;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (index.insideQuoteContent(t.start())) {
                continue;
            }
            if (PREDICTION_WORDS.contains(t.lower())) {
                return new Described(ClaimType.PREDICTION, null);
            }
            if (firstVerb < 0 && t.isVerb()) {
                firstVerb = k;
            }
        }
        Entity subject =
                firstVerb < 0 ? null : subject(index, s, toks.get(firstVerb).start());
        if (subject != null) {
            return new Described(
                    linksToADescription(toks, firstVerb) ? ClaimType.CHARACTERISATION : ClaimType.ACTION,
                    subject.name());
        }
        return new Described(ClaimType.FACT, null);
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
        for (ArticleIndex.Mention m : index.mentionsStartingIn(s.range().start(), verbStart)) {
            Entity e = index.analysis().entities().get(m.entity());
            if ((e.type() == EntityType.PERSON
                            || e.type() == EntityType.ORGANIZATION
                            || e.type() == EntityType.LOCATION)
                    && m.range().end() <= verbStart) {
                return e;
            }
        }
        return null;
    }
}
