package org.newslint.analysis.sourcing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.ClaimType;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Sourcing;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.text.TextRange;

/**
 * The last stage: for every sentence, whether an editor would ask "says who?" (the trained sourcing
 * model over {@link SourcingFeatures}, at the thresholds chosen when it was trained), what kind of
 * claim it is, and the nearest attribution in its paragraph. Layout is not the model's call: a
 * heading, byline, dateline, boilerplate line, label or question never needs a source.
 */
public final class SourcingDecider {
    private static final Set<NonClaimReason> NEVER_A_CLAIM = EnumSet.of(
            NonClaimReason.HEADING,
            NonClaimReason.BYLINE,
            NonClaimReason.DATELINE,
            NonClaimReason.BOILERPLATE,
            NonClaimReason.LABEL,
            NonClaimReason.QUESTION,
            NonClaimReason.INTRODUCTION);

    private final SourcingFeatures features;
    private final ClaimDescriber describer;
    private final SourcingModel model;
    private final SourcingMemory memory;

    /** A decider that remembers nothing (a fresh analysis, training). */
    public SourcingDecider(Lexicons lex, SourcingModel model) {
        this(lex, model, null);
    }

    /**
     * @param memory what an editor's analyses remember between keystrokes (over the same lexicons), or
     *     null to remember nothing
     */
    public SourcingDecider(Lexicons lex, SourcingModel model, SourcingMemory memory) {
        if (memory != null && memory.lexicons() != lex) {
            throw new IllegalArgumentException("a sourcing memory serves the lexicons it was made for");
        }
        this.features = new SourcingFeatures(lex);
        this.describer = new ClaimDescriber();
        this.model = model;
        this.memory = memory;
    }

    /** The sentences of {@code analysis} with their sourcing decided. */
    public List<SentenceInfo> decide(ArticleAnalysis analysis) {
        List<SentenceInfo> sentences = analysis.sentences();
        String text = analysis.prose().text();
        ArticleIndex index = new ArticleIndex(analysis);
        SourcingMemory.Session remembered =
                memory == null ? null : memory.begin(model, sentences.size(), this::probabilities);
        List<SentenceInfo> out = new ArrayList<>(sentences.size());
        int opening = 0; // the first sentence of the current sentence's paragraph
        for (int i = 0; i < sentences.size(); i++) {
            SentenceInfo s = sentences.get(i);
            if (i == 0 || sentences.get(i - 1).paragraph() != s.paragraph()) {
                opening = i;
            }
            SourcingFeatures.Featured featured = features.featured(index, sentences, i, opening, text, remembered);
            double[] p =
                    featured.probabilities() != null ? featured.probabilities() : probabilities(featured.features());
            double needsSource = p[0];
            double claim = p[1];
            ClaimDescriber.Described described = describer.describe(index, s, featured.words());
            Sourcing.Need need = need(s, needsSource, claim, described.type(), model.thresholds());
            int nearest = need == Sourcing.Need.NONE ? -1 : nearestAttribution(sentences, i);
            TextRange nearestRange = nearest < 0 ? null : sentences.get(nearest).range();
            String nearestSource = nearest < 0 || sentences.get(nearest).source() == null
                    ? null
                    : sentences.get(nearest).source().text();
            out.add(s.withSourcing(new Sourcing(
                    need, needsSource, claim, described.type(), described.subject(), nearestRange, nearestSource)));
        }
        if (remembered != null) {
            remembered.end();
        }
        return out;
    }

    private double[] probabilities(List<String> f) {
        return new double[] {model.needsSource(f), model.claim(f)};
    }

    /**
     * The decision from the model's two probabilities. A checkable claim that is a named actor's
     * action stated by the writer ("Kim continued to expand his arsenal") is the product's first
     * example of a sentence that needs a source: when the model takes it for public record it is
     * still reported, at the lower tier.
     */
    public static Sourcing.Need need(
            SentenceInfo s, double needsSource, double claim, ClaimType type, SourcingModel.Thresholds t) {
        if (s.nonClaimReason() != null && NEVER_A_CLAIM.contains(s.nonClaimReason())) {
            return Sourcing.Need.NONE;
        }
        if (needsSource >= t.warning()) {
            return Sourcing.Need.NEEDS_SOURCE;
        }
        if (needsSource >= t.needsSource()) {
            return Sourcing.Need.PROBABLY_NEEDS_SOURCE;
        }
        if (claim >= t.claim()) {
            return type == ClaimType.ACTION ? Sourcing.Need.PROBABLY_NEEDS_SOURCE : Sourcing.Need.PUBLIC_RECORD;
        }
        return Sourcing.Need.NONE;
    }

    /** The closest sentence of the same paragraph attributed to a named source, earlier ones first on ties; -1 if none. */
    static int nearestAttribution(List<SentenceInfo> sentences, int i) {
        int paragraph = sentences.get(i).paragraph();
        for (int d = 1; d < sentences.size(); d++) {
            boolean inParagraph = false;
            for (int k : new int[] {i - d, i + d}) {
                if (k < 0 || k >= sentences.size() || sentences.get(k).paragraph() != paragraph) {
                    continue;
                }
                inParagraph = true;
                if (sentences.get(k).source() != null) {
                    return k;
                }
            }
            if (!inParagraph) {
                return -1;
            }
        }
        return -1;
    }
}
