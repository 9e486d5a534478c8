package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * {@link NameFinderME}'s beam search, with each token's features generated and weighed once
 * instead of once per hypothesis in the beam.
 *
 * <p>OpenNLP's name context is the feature generators' features followed by four features of the
 * previous outcomes ({@code po=}, {@code pow=}, {@code powf=}, {@code ppo=}); its beam search asks
 * for the whole context and evaluates the whole model for every hypothesis (three per token), which
 * made the name finder a quarter of the analysis. Here the generators' part is generated and summed
 * once per token, and only the four history features are added per hypothesis, in the same order,
 * so every score is the same double as OpenNLP's and the decoded sequence is the same
 * ({@code NameDecoderTest} compares the two on text). This holds because no feature generator in
 * {@code features.xml} reads the previous outcomes; a generator that does must not be added
 * without changing this class (the test would fail).
 *
 * <p>Not thread-safe (adaptive data, score buffers): one per thread, like {@code NameFinderME}.
 */
final class NameDecoder {
    private final NameContextGenerator contexts;
    private final SequenceValidator<String> validator;
    private final SequenceCodec<String> codec;
    private final int beamSize;
    private final org.newslint.nlp.WeightTable table;
    private final AbstractModel.ModelType modelType;
    private final int outcomes;
    private final String[] outcomeNames;
    private final double logPrior;
    private final double[] tokenScores;
    /** The weights of {@code po=O} and {@code ppo=O} for every outcome O (null: the model has none). */
    private final Map<String, Context> previousOutcome = new java.util.HashMap<>();

    private final Map<String, Context> outcomeBeforePrevious = new java.util.HashMap<>();
    /** The weights of {@code powf=O,SHAPE}, looked up once per outcome and shape. */
    private final Map<String, Map<String, Holder>> outcomeAndShape = new java.util.HashMap<>();

    /** A looked-up weight, which may be absent (a map cannot hold null through computeIfAbsent). */
    private record Holder(Context context) {}
    /** The descriptor the remembering generators are made from; null when the model's features depend on more than {@link RememberedSentences} accounts for. */
    private final String rememberingDescriptor;

    private final TokenNameFinderModel model;
    /** Made on the first remembering analysis (a fresh analysis never needs them). */
    private NameContextGenerator rememberingContexts;

    private RememberedSentences remembered;
    private int expected;

    private NameDecoder(
            TokenNameFinderModel model,
            org.newslint.nlp.WeightTable table,
            AbstractModel.ModelType modelType,
            String[] outcomeNames) {
        TokenNameFinderFactory factory = model.getFactory();
        this.codec = factory.createSequenceCodec();
        this.validator = codec.createSequenceValidator();
        this.contexts = contexts(model, factory);
        String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
        this.beamSize = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
        this.table = table;
        this.modelType = modelType;
        this.outcomes = outcomeNames.length;
        this.outcomeNames = outcomeNames;
        this.logPrior = StrictMath.log(1.0 / outcomes);
        this.tokenScores = new double[outcomes];
        for (String o : outcomeNames) {
            previousOutcome.put(o, table.contextOf("po=" + o));
            outcomeBeforePrevious.put(o, table.contextOf("ppo=" + o));
        }
        if (!previousOutcome.containsKey(NameFinderME.OTHER)) {
            previousOutcome.put(NameFinderME.OTHER, table.contextOf("po=" + NameFinderME.OTHER));
            outcomeBeforePrevious.put(NameFinderME.OTHER, table.contextOf("ppo=" + NameFinderME.OTHER));
        }
        this.model = model;
        byte[] descriptor = model.getArtifact("generator.featuregen");
        this.rememberingDescriptor = SentenceState.covers(descriptor)
                ? SentenceState.reading(WordFeatures.withFastWordFeatures(
                        new String(descriptor, java.nio.charset.StandardCharsets.UTF_8)))
                : null;
    }

    /**
     * The model's context generator, with OpenNLP's two word generators replaced by {@link
     * WordFeatures}' (the same features, each word lower-cased once instead of five times).
     */
    private static NameContextGenerator contexts(TokenNameFinderModel model, TokenNameFinderFactory factory) {
        byte[] descriptor = model.getArtifact("generator.featuregen");
        if (descriptor == null) {
            return factory.createContextGenerator();
        }
        String xml = new String(descriptor, java.nio.charset.StandardCharsets.UTF_8);
        String fast = WordFeatures.withFastWordFeatures(xml);
        if (fast.equals(xml)) {
            return factory.createContextGenerator();
        }
        return contexts(model, fast);
    }

    /** A context generator made from a descriptor's text, with the model's resources. */
    private static NameContextGenerator contexts(TokenNameFinderModel model, String descriptor) {
        try (java.io.InputStream in =
                new java.io.ByteArrayInputStream(descriptor.getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            return new opennlp.tools.namefind.DefaultNameContextGenerator(
                    opennlp.tools.util.featuregen.GeneratorFactory.create(in, model::getArtifact));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("reading a feature descriptor from memory", e);
        }
    }

    /** Whether this decoder can remember sentences (the shipped model's features allow it). */
    boolean remembers() {
        return rememberingDescriptor != null;
    }

    /** How many sentences were answered from memory so far. */
    long rememberedHits() {
        return remembered == null ? 0 : remembered.hits();
    }

    /**
     * A decoder for {@code model}, or null when its classifier is of a kind this class does not
     * reproduce exactly (then {@link NameFinderME} decodes).
     */
    static NameDecoder forModel(TokenNameFinderModel model) {
        if (model instanceof TabledNameModel tabled && tabled.table() != null) {
            return new NameDecoder(model, tabled.table(), tabled.modelType(), tabled.outcomeNames());
        }
        Object classifier = model.getArtifact("nameFinder.model");
        if (classifier instanceof AbstractModel maxent && decodes(maxent)) {
            String[] names = new String[maxent.getNumOutcomes()];
            for (int i = 0; i < names.length; i++) {
                names[i] = maxent.getOutcome(i);
            }
            return new NameDecoder(model, org.newslint.nlp.WeightTable.of(maxent), maxent.getModelType(), names);
        }
        return null;
    }

    /** Whether this class reproduces the decoding of a model with this classifier exactly. */
    static boolean decodes(AbstractModel maxent) {
        return (maxent.getModelType() == AbstractModel.ModelType.Perceptron
                        || maxent.getModelType() == AbstractModel.ModelType.Maxent)
                && !(maxent instanceof opennlp.tools.ml.model.SequenceClassificationModel);
    }

    /** The names in one sentence, as {@link NameFinderME#find(String[])} finds them, then learns from them. */
    Span[] find(String[] tokens) {
        Hypothesis best = bestSequence(contexts, tokens);
        String[] outcomes = best.outcomes();
        contexts.updateAdaptiveData(tokens, outcomes);
        return spans(outcomes, best.probabilities());
    }

    /** The names of an outcome sequence, each with the mean probability of its tokens' outcomes. */
    private Span[] spans(String[] outcomes, double[] tokenProbs) {
        Span[] spans = codec.decode(Arrays.asList(outcomes));
        for (int s = 0; s < spans.length; s++) {
            double p = 0;
            for (int t = spans[s].getStart(); t < spans[s].getEnd(); t++) {
                p += tokenProbs[t];
            }
            spans[s] = new Span(spans[s], p / spans[s].length());
        }
        return spans;
    }

    /**
     * The names in every sentence of one document, as {@link #find(String[])} on each in turn after
     * {@link #clearAdaptiveData()} with the document published to {@link DocumentContext} finds them;
     * a sentence decoded before in the same situation ({@link RememberedSentences}) is not decoded
     * again. Null when this decoder cannot remember ({@link #remembers()}). The arrays returned are
     * shared with the memory: never modify them.
     */
    List<Span[]> findDocument(List<String[]> sentences) {
        if (rememberingDescriptor == null) {
            return null;
        }
        if (remembered == null) {
            rememberingContexts = contexts(model, rememberingDescriptor);
            byte[] descriptor = model.getArtifact("generator.featuregen");
            remembered = new RememberedSentences(
                    outcomeNames,
                    SentenceState.contextFeaturesAsEmitted(
                                    new String(descriptor, java.nio.charset.StandardCharsets.UTF_8))
                            ? f -> table.contextOf(f) != null
                            : f -> true);
            remembered.expect(expected);
        }
        List<RememberedSentences.Decoded> decoded = remembered.decodeDocument(sentences, tokens -> {
            Hypothesis best = bestSequence(rememberingContexts, tokens);
            int[] outcomes = best.indices();
            return new RememberedSentences.Decoded(
                    outcomes, best.probabilities(), spans(best.outcomes(), best.probabilities()));
        });
        List<Span[]> out = new ArrayList<>(decoded.size());
        for (RememberedSentences.Decoded d : decoded) {
            out.add(d.names());
        }
        return out;
    }

    /** Says how many sentences the next document has, so that all of them can be remembered. */
    void expect(int sentences) {
        expected = Math.max(expected, sentences);
        if (remembered != null) {
            remembered.expect(sentences);
        }
    }

    /** A new document: forgets what the last one taught the adaptive features. */
    void clearAdaptiveData() {
        contexts.clearAdaptiveData();
    }

    private Hypothesis bestSequence(NameContextGenerator contexts, String[] tokens) {
        PriorityQueue<Hypothesis> previous = new PriorityQueue<>(beamSize);
        PriorityQueue<Hypothesis> next = new PriorityQueue<>(beamSize);
        previous.add(new Hypothesis());
        double[] scores = new double[outcomes];
        for (int i = 0; i < tokens.length; i++) {
            // the generators' features: without previous outcomes the context generator leaves out
            // exactly the four history features, which come last in the full context
            weigh(contexts.getContext(i, tokens, null, null), tokenScores);
            String shape = FeatureGeneratorUtil.tokenFeature(tokens[i]);
            int hypotheses = Math.min(beamSize, previous.size());
            for (int h = 0; h < hypotheses && !previous.isEmpty(); h++) {
                Hypothesis top = previous.remove();
                String[] history = top.outcomes();
                String po = i > 0 ? history[i - 1] : NameFinderME.OTHER;
                String ppo = i > 1 ? history[i - 2] : NameFinderME.OTHER;
                System.arraycopy(tokenScores, 0, scores, 0, outcomes);
                // the four history features in OpenNLP's order; three are looked up once per outcome
                add(historyWeights(previousOutcome, "po=", po), scores);
                add("pow=" + po + "," + tokens[i], scores);
                add(shapeWeights(po, shape), scores);
                add(historyWeights(outcomeBeforePrevious, "ppo=", ppo), scores);
                normalise(scores);
                double min = largest(scores, Math.min(beamSize, outcomes));
                extend(top, tokens, history, scores, min, next, i);
                if (next.isEmpty()) { // as BeamSearch: when nothing passed the cut, every valid outcome
                    extend(top, tokens, history, scores, Double.NEGATIVE_INFINITY, next, i);
                }
            }
            previous.clear();
            PriorityQueue<Hypothesis> swap = previous;
            previous = next;
            next = swap;
        }
        return previous.isEmpty() ? new Hypothesis() : previous.remove();
    }

    /**
     * The {@code k}-th largest of {@code values} (1 = the largest), counting equal values apart: the
     * element BeamSearch reads at {@code length - k} of the sorted copy, without sorting.
     */
    static double largest(double[] values, int k) {
        double[] top = new double[k]; // descending
        int filled = 0;
        for (double v : values) {
            if (filled < k) {
                int at = filled++;
                while (at > 0 && Double.compare(top[at - 1], v) < 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = v;
            } else if (Double.compare(v, top[k - 1]) > 0) {
                int at = k - 1;
                while (at > 0 && Double.compare(top[at - 1], v) < 0) {
                    top[at] = top[at - 1];
                    at--;
                }
                top[at] = v;
            }
        }
        return top[k - 1];
    }

    /** Adds to {@code next} every valid continuation of {@code top} whose score is at least {@code min}. */
    private void extend(
            Hypothesis top,
            String[] tokens,
            String[] history,
            double[] scores,
            double min,
            PriorityQueue<Hypothesis> next,
            int i) {
        for (int o = 0; o < outcomes; o++) {
            if (scores[o] >= min && validator.validSequence(i, tokens, history, outcomeNames[o])) {
                Hypothesis continued = new Hypothesis(top, outcomeNames[o], o, scores[o]);
                if (continued.score > -100000) { // BeamSearch's minimum sequence score
                    next.add(continued);
                }
            }
        }
    }

    /** The prior the model starts from, plus the weights of {@code features}, in order. */
    private void weigh(String[] features, double[] into) {
        Arrays.fill(into, modelType == AbstractModel.ModelType.Perceptron ? 0 : logPrior);
        for (String f : features) {
            add(f, into);
        }
    }

    private Context historyWeights(Map<String, Context> byOutcome, String prefix, String outcome) {
        Context c = byOutcome.get(outcome);
        return c != null || byOutcome.containsKey(outcome) ? c : table.contextOf(prefix + outcome);
    }

    private Context shapeWeights(String outcome, String shape) {
        return outcomeAndShape
                .computeIfAbsent(outcome, o -> new java.util.HashMap<>())
                .computeIfAbsent(shape, sh -> new Holder(table.contextOf("powf=" + outcome + "," + sh)))
                .context();
    }

    private void add(String feature, double[] into) {
        table.addTo(feature, into);
    }

    private static void add(Context c, double[] into) {
        if (c == null) {
            return;
        }
        int[] active = c.getOutcomes();
        double[] parameters = c.getParameters();
        for (int a = 0; a < active.length; a++) {
            into[active[a]] += parameters[a];
        }
    }

    /** Sums to probabilities, as PerceptronModel (scaled by the largest magnitude) or GISModel does it. */
    private void normalise(double[] sums) {
        double scale = 1;
        if (modelType == AbstractModel.ModelType.Perceptron) {
            for (double s : sums) {
                if (scale < StrictMath.abs(s)) {
                    scale = StrictMath.abs(s);
                }
            }
        }
        double total = 0;
        for (int o = 0; o < outcomes; o++) {
            sums[o] = StrictMath.exp(sums[o] / scale);
            total += sums[o];
        }
        for (int o = 0; o < outcomes; o++) {
            sums[o] /= total;
        }
    }
}
