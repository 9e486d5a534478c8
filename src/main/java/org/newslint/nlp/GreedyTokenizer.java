package org.newslint.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.tokenize.TokenContextGenerator;
import opennlp.tools.tokenize.TokenizerFactory;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;

/**
 * {@link TokenizerME#tokenizePos}'s tokens, with the model's weights read from a {@link WeightTable}.
 *
 * <p>The tokenizer asks its maximum-entropy model, at every position inside every whitespace token,
 * whether to split there; {@code GISModel.eval} looks each context feature up in a hash map first,
 * which made those lookups a tenth of the whole analysis in a JFR profile. This class makes the
 * same decisions from the same sums: the uniform prior, each feature's weights in context order,
 * {@code StrictMath.exp}, normalised, and the first most probable outcome, as {@code GISModel} and
 * {@code getBestOutcome} do. It covers the models newslint ships (no abbreviation dictionary);
 * for any other, {@link #forModel} gives null and {@link TokenizerME} tokenizes. {@code
 * GreedyTokenizerTest} compares the two on text. Token probabilities are not kept (nothing reads them).
 *
 * <p>Not thread-safe (score buffers): one per thread, like {@code TokenizerME}.
 */
final class GreedyTokenizer {
    private final WeightTable weights;
    private final TokenContextGenerator contexts;
    private final Pattern alphanumeric;
    private final boolean alphanumericOptimization;
    private final int split;
    private final double logPrior;
    private final double[] scores;

    private GreedyTokenizer(TokenizerModel model, AbstractModel maxent, Map<String, Context> weights) {
        TokenizerFactory factory = model.getFactory();
        this.weights = WeightTable.of(weights);
        this.contexts = factory.getContextGenerator();
        this.alphanumeric = factory.getAlphaNumericPattern();
        this.alphanumericOptimization = factory.isUseAlphaNumericOptimization();
        this.split = maxent.getIndex(TokenizerME.SPLIT);
        this.logPrior = StrictMath.log(1.0 / maxent.getNumOutcomes());
        this.scores = new double[maxent.getNumOutcomes()];
    }

    /** A tokenizer for {@code model}, or null when it is not one this class reproduces (then use TokenizerME). */
    static GreedyTokenizer forModel(TokenizerModel model) {
        if (model.getFactory().getAbbreviationDictionary() != null
                || !(model.getMaxentModel() instanceof opennlp.tools.ml.maxent.GISModel maxent)
                || maxent.getIndex(TokenizerME.SPLIT) < 0) {
            return null;
        }
        return new GreedyTokenizer(model, maxent, WeightTable.weights(maxent));
    }

    /** The token spans of {@code text}, as {@link TokenizerME#tokenizePos} finds them. */
    Span[] tokenizePos(String text) {
        WhitespaceTokenizer whitespace = WhitespaceTokenizer.INSTANCE;
        whitespace.setKeepNewLines(false); // as TokenizerME does, with its default
        List<Span> tokens = new ArrayList<>();
        for (Span s : whitespace.tokenizePos(text)) {
            String token = text.substring(s.getStart(), s.getEnd());
            if (token.length() < 2
                    || alphanumericOptimization && alphanumeric.matcher(token).matches()) {
                tokens.add(s);
                continue;
            }
            int start = s.getStart();
            int end = s.getEnd();
            for (int j = s.getStart() + 1; j < end; j++) {
                if (best(contexts.getContext(token, j - s.getStart())) == split) {
                    tokens.add(new Span(start, j));
                    start = j;
                }
            }
            if (start < end) {
                tokens.add(new Span(start, end));
            }
        }
        return tokens.toArray(new Span[0]);
    }

    /** GISModel's most probable outcome for {@code features}: the same sums, exponentiated and normalised alike. */
    private int best(String[] features) {
        java.util.Arrays.fill(scores, logPrior);
        for (String feature : features) {
            weights.addTo(feature, scores);
        }
        double normal = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] = StrictMath.exp(scores[o]);
            normal += scores[o];
        }
        int best = 0;
        for (int o = 0; o < scores.length; o++) {
            scores[o] /= normal;
            if (scores[o] > scores[best]) {
                best = o;
            }
        }
        return best;
    }
}
