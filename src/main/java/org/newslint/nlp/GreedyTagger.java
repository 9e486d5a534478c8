package org.newslint.nlp;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.ConfigurablePOSContextGenerator;
import opennlp.tools.postag.DefaultPOSSequenceValidator;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerFactory;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.postag.TagDictionary;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * The UD POS model's tags as {@link POSTaggerME} gives them, in one left-to-right pass.
 *
 * <p>Why one pass is the same: the model's feature descriptor is cached per token
 * ({@code cache="true"}), and its previous-tag features ({@code t=}, {@code t2=}) are inside the
 * cache, so OpenNLP's beam search computes each token's context once, from the tags of the first
 * hypothesis it extends there (the best so far), and gives every other hypothesis the same context
 * and therefore the same scores. The best sequence is then the best-so-far sequence extended by the
 * best valid tag at every token: the greedy path. This class takes that path directly, comparing
 * the weight sums from the model's log prior (exp and normalisation keep their order) instead of
 * evaluating the model three times per token and sorting. {@code GreedyTaggerTest} checks the tags
 * equal {@code POSTaggerME}'s on text.
 *
 * <p>Not thread-safe (the context generator caches per sentence): one per thread.
 */
final class GreedyTagger {
    private final WeightTable weights;
    private final int outcomes;
    private final String[] outcomeNames;
    private final double logPrior;
    private final POSContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final double[] scores;

    private GreedyTagger(Recipe recipe) {
        this.weights = recipe.weights();
        this.outcomeNames = recipe.outcomeNames();
        this.outcomes = outcomeNames.length;
        this.logPrior = StrictMath.log(1.0 / outcomes);
        this.contexts = recipe.contexts();
        this.validator = new DefaultPOSSequenceValidator(recipe.tags());
        this.scores = new double[outcomes];
    }

    /**
     * Everything a tagger is made of, without OpenNLP's model: its weights laid out in a table of their
     * own, its outcomes, the feature descriptor with the resources it names, and the tag dictionary. A
     * pipeline keeps this and lets the model go (its weight map takes about twice the table's memory)
     * and makes a tagger per thread from it, as {@link POSTaggerFactory} would: a {@link
     * ConfigurablePOSContextGenerator} over the descriptor, without a cache, and a {@link
     * DefaultPOSSequenceValidator} over the dictionary ({@link #recipe} accepts only that factory).
     */
    record Recipe(
            WeightTable weights,
            String[] outcomeNames,
            byte[] descriptor,
            Map<String, Object> resources,
            TagDictionary tags) {
        GreedyTagger tagger() {
            return new GreedyTagger(this);
        }

        private POSContextGenerator contexts() {
            try (java.io.InputStream in = new java.io.ByteArrayInputStream(descriptor)) {
                return new ConfigurablePOSContextGenerator(0, GeneratorFactory.create(in, resources::get));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("reading a feature descriptor from memory", e);
            }
        }
    }

    /**
     * A tagger for {@code model}, or null when the argument above does not hold for it (not a maxent
     * model with UD tags and previous-tag features inside a cached descriptor); then use {@link POSTaggerME}.
     */
    static GreedyTagger forModel(POSModel model) {
        Recipe recipe = recipe(model);
        return recipe == null ? null : recipe.tagger();
    }

    /** What {@link #forModel} makes its tagger of, or null when it would give null. */
    static Recipe recipe(POSModel model) {
        Object classifier = model.getArtifact("pos.model");
        byte[] descriptor = model.getArtifact("generator.featuregen");
        if (!(classifier instanceof AbstractModel maxent)
                || !readable(maxent.getModelType(), maxentOutcomes(maxent), descriptor)) {
            return null;
        }
        POSTaggerFactory factory = model.getFactory();
        if (factory.getClass() != POSTaggerFactory.class) {
            return null; // a factory of its own may make other generators or validators
        }
        // the resources the descriptor names, found by making one generator (a model's maxent is never one)
        Map<String, Object> resources = new java.util.HashMap<>();
        generators(descriptor, name -> {
            Object resource = model.getArtifact(name);
            resources.put(name, resource);
            return resource;
        });
        return new Recipe(
                WeightTable.copyOf(maxent),
                maxentOutcomes(maxent),
                descriptor.clone(),
                java.util.Collections.unmodifiableMap(resources),
                factory.getTagDictionary());
    }

    /**
     * The same recipe as {@link #recipe(POSModel)} from the model file's artifacts, without OpenNLP reading the
     * model ({@link MaxentFile}: a third of the time); null when the file is not one this reads alike — another
     * factory than {@link POSTaggerFactory} named in the manifest, a tag dictionary, or resources the
     * descriptor names — or when {@link #recipe(POSModel)} would give null. {@code GreedyTaggerTest} checks
     * both recipes tag alike and as {@link POSTaggerME} does.
     */
    static Recipe recipe(ModelArchive archive) throws java.io.IOException {
        byte[] classifier = archive.entry("pos.model");
        byte[] descriptor = archive.entry("generator.featuregen");
        if (classifier == null
                || archive.entry("tags.tagdict") != null
                || !POSTaggerFactory.class.getName().equals(archive.manifest("factory"))) {
            return null;
        }
        MaxentFile.Weights weights = MaxentFile.read(classifier, 0);
        if (weights == null || !readable(weights.type(), weights.outcomeNames(), descriptor)) {
            return null;
        }
        boolean[] namesResources = {false};
        generators(descriptor, name -> {
            namesResources[0] = true;
            return null;
        });
        return namesResources[0]
                ? null
                : new Recipe(weights.table(), weights.outcomeNames(), descriptor.clone(), Map.of(), null);
    }

    /** Whether the one-pass argument holds: a maxent model with UD tags and previous-tag features in a cached descriptor. */
    private static boolean readable(AbstractModel.ModelType type, String[] outcomes, byte[] descriptor) {
        if (type != AbstractModel.ModelType.Maxent || descriptor == null) {
            return false;
        }
        String xml = new String(descriptor, java.nio.charset.StandardCharsets.UTF_8);
        boolean cachedRoot =
                xml.replaceAll("(?s)<!--.*?-->", "").matches("(?s).*<featureGenerators\\s+cache=\"true\".*");
        List<String> tags = Arrays.asList(outcomes);
        return cachedRoot && tags.contains("PROPN") && !tags.contains("NNP");
    }

    private static void generators(
            byte[] descriptor, opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider resources) {
        try (java.io.InputStream in = new java.io.ByteArrayInputStream(descriptor)) {
            GeneratorFactory.create(in, resources);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a feature descriptor from memory", e);
        }
    }

    private static String[] maxentOutcomes(AbstractModel maxent) {
        String[] names = new String[maxent.getNumOutcomes()];
        for (int i = 0; i < names.length; i++) {
            names[i] = maxent.getOutcome(i);
        }
        return names;
    }

    /** The tags of one sentence. */
    String[] tag(String[] words) {
        String[] tags = new String[words.length];
        for (int i = 0; i < words.length; i++) {
            Arrays.fill(scores, logPrior);
            for (String feature : contexts.getContext(i, words, tags, null)) {
                weights.addTo(feature, scores);
            }
            int best = -1;
            for (int o = 0; o < outcomes; o++) {
                if ((best < 0 || scores[o] > scores[best])
                        && validator.validSequence(i, words, tags, outcomeNames[o])) {
                    best = o;
                }
            }
            tags[i] = outcomeNames[best < 0 ? 0 : best];
        }
        return tags;
    }
}
