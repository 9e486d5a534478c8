package org.newslint.analysis.sourcing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.sourcing.SourcingModel;
import org.newslint.testing.Fixtures;

/**
 * A sentence takes its last feature list and probabilities only when every feature around its words is the same:
 * each analysis below differs from the one before in one input of one sentence, with the same words, and the
 * remembered features must equal fresh ones, while the sentences nothing touched keep their very lists.
 */
class RememberedFeaturesTest {
    private static final String ARTICLE = String.join(
            "\n\n",
            "Mayor Lena Ortiz said on Tuesday that the bridge will close for 18 months.",
            "The bridge carries 40,000 cars a day. It is the oldest crossing in the county. Ortiz visited it.",
            "“We have no other choice,” Ortiz told reporters. Critics called the plan reckless.",
            "The repairs will cost $2.4 million, according to the city's budget office.");

    private final SourcingFeatures features = new SourcingFeatures(Lexicons.shared());
    private int reused;

    /** The features of every sentence through {@code session}, which then ends. */
    private List<List<String>> remembered(SourcingMemory.Session session, ArticleAnalysis a) {
        List<SentenceInfo> sentences = a.sentences();
        ArticleIndex index = new ArticleIndex(a);
        List<List<String>> out = new ArrayList<>();
        int opening = 0;
        for (int i = 0; i < sentences.size(); i++) {
            if (i == 0 || sentences.get(i - 1).paragraph() != sentences.get(i).paragraph()) {
                opening = i;
            }
            SourcingFeatures.Featured f =
                    features.featured(index, sentences, i, opening, a.prose().text(), session);
            assertThat(f.probabilities())
                    .containsExactly((double) f.features().size(), f.features().hashCode());
            out.add(f.features());
        }
        session.end();
        reused = session.reused();
        return out;
    }

    private static ArticleAnalysis withSentence(ArticleAnalysis a, int i, UnaryOperator<SentenceInfo> change) {
        List<SentenceInfo> s = new ArrayList<>(a.sentences());
        s.set(i, change.apply(s.get(i)));
        return a.withSentences(s);
    }

    private static SentenceInfo info(
            SentenceInfo s,
            List<org.newslint.analysis.model.Attribution> attributions,
            Source source,
            AttributedBy by,
            ClaimKind kind,
            NonClaimReason reason,
            boolean checkWorthy,
            double p) {
        return new SentenceInfo(s.sentence(), s.paragraph(), attributions, source, by, kind, reason, checkWorthy, p);
    }

    @Test
    void aSentenceKeepsItsFeaturesOnlyWhenEverythingAroundItsWordsIsTheSame() {
        SourcingModel model = SourcingModel.sharedOrNull();
        Assumptions.assumeTrue(model != null, "no sourcing model on the classpath");
        SourcingMemory memory = new SourcingMemory(Lexicons.shared());
        ArticleAnalysis base = Fixtures.analyzeByRules(ARTICLE);
        int n = base.sentences().size();
        assertThat(n).isGreaterThanOrEqualTo(7);
        int k = 2; // "It is the oldest crossing in the county."
        SentenceInfo s = base.sentences().get(k);

        List<ArticleAnalysis> variants = new ArrayList<>();
        variants.add(base);
        variants.add(withSentence(
                base,
                k,
                x -> info(
                        x,
                        x.attributions(),
                        x.source(),
                        x.attributedBy(),
                        x.claimKind(),
                        NonClaimReason.QUESTION,
                        x.checkWorthy(),
                        x.claimProbability())));
        variants.add(withSentence(
                base,
                k,
                x -> info(
                        x,
                        x.attributions(),
                        x.source(),
                        x.attributedBy(),
                        ClaimKind.CAUSAL,
                        null,
                        x.checkWorthy(),
                        x.claimProbability())));
        variants.add(withSentence(
                base,
                k,
                x -> info(
                        x,
                        x.attributions(),
                        x.source(),
                        x.attributedBy(),
                        x.claimKind(),
                        x.nonClaimReason(),
                        !x.checkWorthy(),
                        x.claimProbability())));
        variants.add(withSentence(
                base,
                k,
                x -> info(
                        x,
                        x.attributions(),
                        x.source(),
                        x.attributedBy(),
                        x.claimKind(),
                        x.nonClaimReason(),
                        x.checkWorthy(),
                        0.93)));
        variants.add(withSentence(
                base,
                k,
                x -> info(
                        x,
                        x.attributions(),
                        x.source(),
                        new AttributedBy(AttributedBy.Basis.NAMED_SOURCE, "say"),
                        x.claimKind(),
                        x.nonClaimReason(),
                        x.checkWorthy(),
                        x.claimProbability())));
        // its neighbour attributed: the sentence's context features change, its words do not
        variants.add(withSentence(
                base,
                k + 1,
                x -> info(
                        x,
                        x.attributions(),
                        x.source(),
                        AttributedBy.of(AttributedBy.Basis.QUOTE),
                        x.claimKind(),
                        x.nonClaimReason(),
                        x.checkWorthy(),
                        x.claimProbability())));
        variants.add(base);
        // an entity mentioned in sentence 3 ("Ortiz visited it.") of another type: only its entity features change
        ArticleAnalysis typed = base;
        List<Entity> entities = new ArrayList<>(base.entities());
        for (int e = 0; e < entities.size(); e++) {
            Entity x = entities.get(e);
            if (x.type() == EntityType.PERSON) {
                entities.set(
                        e,
                        new Entity(
                                x.id(),
                                x.name(),
                                EntityType.ORGANIZATION,
                                x.aliases(),
                                x.descriptions(),
                                x.mentions()));
            }
        }
        typed = new ArticleAnalysis(
                base.document(),
                base.prose(),
                base.sentences(),
                base.quotes(),
                entities,
                base.findings(),
                base.strayQuoteMarks(),
                base.limitNote(),
                base.statements());
        variants.add(typed);
        // the quotation's speaker forgotten: its sentence's quote features change
        List<Quote> quotes = new ArrayList<>();
        for (Quote q : base.quotes()) {
            quotes.add(q.withSpeaker(null, null));
        }
        variants.add(new ArticleAnalysis(
                base.document(),
                base.prose(),
                base.sentences(),
                quotes,
                base.entities(),
                base.findings(),
                base.strayQuoteMarks(),
                base.limitNote(),
                base.statements()));
        variants.add(base);

        boolean before = false;
        for (ArticleAnalysis a : variants) {
            List<List<String>> fresh = features.of(a);
            List<List<String>> got = remembered(memory.begin(model, n, f -> new double[] {f.size(), f.hashCode()}), a);
            assertThat(got).isEqualTo(fresh);
            if (before) {
                assertThat(reused).as("sentences reused").isGreaterThanOrEqualTo(n - 4);
            }
            before = true;
        }
        // each variant changed its sentence's features (else the comparisons above prove nothing)
        for (int v = 1; v < variants.size(); v++) {
            if (variants.get(v) != base) {
                assertThat(features.of(variants.get(v))).as("variant " + v).isNotEqualTo(features.of(base));
            }
        }
        assertThat(s.sentence()).isSameAs(variants.get(1).sentences().get(k).sentence());
    }
}
