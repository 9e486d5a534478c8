package org.newslint.nlp;

import java.util.Map;
import opennlp.tools.lemmatizer.DefaultLemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerContextGenerator;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.lemmatizer.LemmatizerModel;
import opennlp.tools.ml.model.AbstractModel;

/**
 * The statistical lemmatiser's decisions with a beam of one, decoded without OpenNLP's beam search.
 *
 * <p>{@link LemmatizerME} with a beam of one keeps, at every token, the outcome of highest
 * probability; but its {@code BeamSearch} sorts all of the model's several thousand outcomes (edit
 * scripts) to find it, and exponentiates and normalises every score first, which made lemmas the
 * most expensive step of the analysis (46 % of it in a JFR profile). The best outcome is the one
 * with the highest sum of feature weights, because the prior is uniform and exp and normalisation
 * preserve order; so this class sums the same weights in the same order, from the same log prior,
 * and keeps the first maximum. {@code GreedyLemmatizerTest} checks that the lemmas equal
 * {@code LemmatizerME}'s on text.
 *
 * <p>OpenNLP's default lemmatiser context reads only the word, its tag and the previous token's
 * decision, so the decision is a function of those three: it is remembered ({@link #MEMORY} entries,
 * forgotten all at once when full), and most tokens of running text are then one map lookup instead
 * of some twenty weight lookups. A model with another context generator is decoded in full every time.
 *
 * <p>Not thread-safe (score buffer, memory): one per thread.
 */
final class GreedyLemmatizer {
    private final WeightTable weights;
    private final int outcomes;
    private final String[] outcomeNames;
    private final double logPrior;
    private final LemmatizerContextGenerator contexts;
    private final double[] scores;
    /** Decisions by (word, tag, previous decision); null when the context generator may read more. */
    private final Map<Situation, String> decided;

    /** How many decisions are remembered before the memory starts again (a few MB). */
    static final int MEMORY = 50_000;

    /** Everything {@code DefaultLemmatizerContextGenerator} reads for one token. */
    private record Situation(String word, String tag, String previous) {}

    GreedyLemmatizer(LemmatizerModel model) {
        this(recipe(model));
    }

    private GreedyLemmatizer(Recipe recipe) {
        this.weights = recipe.weights();
        this.outcomeNames = recipe.outcomeNames();
        this.outcomes = outcomeNames.length;
        // UniformPrior's value, so that the sums are rounded exactly as GISModel rounds them
        this.logPrior = StrictMath.log(1.0 / outcomes);
        this.contexts = recipe.contexts().get();
        this.scores = new double[outcomes];
        this.decided =
                contexts.getClass() == DefaultLemmatizerContextGenerator.class ? new java.util.HashMap<>() : null;
    }

    /**
     * Everything a lemmatiser is made of: the model's weights in a table of their own, its outcomes, and
     * where each thread's context generator comes from. For OpenNLP's default generator, which holds
     * nothing of the model, that is a new one, and a pipeline keeping the recipe lets the model (and its
     * weight map, about twice the table's memory) go; any other generator is asked of the model's factory.
     */
    record Recipe(
            WeightTable weights,
            String[] outcomeNames,
            java.util.function.Supplier<LemmatizerContextGenerator> contexts) {
        GreedyLemmatizer lemmatizer() {
            return new GreedyLemmatizer(this);
        }
    }

    static Recipe recipe(LemmatizerModel model) {
        AbstractModel maxent = model.getArtifact("lemmatizer.model");
        String[] names = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < names.length; i++) {
            names[i] = maxent.getOutcome(i);
        }
        WeightTable table = WeightTable.copyOf(maxent);
        java.util.function.Supplier<LemmatizerContextGenerator> contexts =
                model.getFactory().getContextGenerator().getClass() == DefaultLemmatizerContextGenerator.class
                        ? DefaultLemmatizerContextGenerator::new
                        : () -> model.getFactory().getContextGenerator();
        return new Recipe(table, names, contexts);
    }

    /**
     * The same recipe as {@link #recipe(LemmatizerModel)} from the model file's artifacts, without OpenNLP
     * reading the model ({@link MaxentFile}); null unless the manifest names OpenNLP's own {@code
     * LemmatizerFactory} (whose context generator is the default one) and the classifier is a maxent model.
     * {@code GreedyLemmatizerTest} checks both recipes lemmatise alike.
     */
    static Recipe recipe(ModelArchive archive) throws java.io.IOException {
        byte[] classifier = archive.entry("lemmatizer.model");
        if (classifier == null
                || !opennlp.tools.lemmatizer.LemmatizerFactory.class.getName().equals(archive.manifest("factory"))) {
            return null;
        }
        MaxentFile.Weights weights = MaxentFile.read(classifier, 0);
        if (weights == null || weights.type() != AbstractModel.ModelType.Maxent) {
            return null;
        }
        return new Recipe(weights.table(), weights.outcomeNames(), DefaultLemmatizerContextGenerator::new);
    }

    /** Lemmas of one sentence, as {@link LemmatizerME#lemmatize(String[], String[])} with a beam of one gives them. */
    String[] lemmatize(String[] words, String[] tags) {
        String[] scripts = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            scripts[i] = decide(i, words, tags, scripts);
        }
        return LemmatizerME.decodeLemmas(words, scripts);
    }

    private String decide(int i, String[] words, String[] tags, String[] scripts) {
        if (decided == null) {
            return best(contexts.getContext(i, words, tags, scripts));
        }
        Situation situation = new Situation(words[i], tags[i], i == 0 ? null : scripts[i - 1]);
        String script = decided.get(situation);
        if (script == null) {
            script = best(contexts.getContext(i, words, tags, scripts));
            if (decided.size() >= MEMORY) {
                decided.clear();
            }
            decided.put(situation, script);
        }
        return script;
    }

    private String best(String[] features) {
        java.util.Arrays.fill(scores, logPrior);
        for (String feature : features) {
            weights.addTo(feature, scores);
        }
        int best = 0;
        for (int o = 1; o < outcomes; o++) {
            if (scores[o] > scores[best]) {
                best = o;
            }
        }
        return outcomeNames[best];
    }
}
