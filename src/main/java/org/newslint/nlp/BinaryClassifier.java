package org.newslint.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A yes/no logistic-regression (maxent) classifier over string features with its decision
 * threshold, so every trained sentence- or span-level decision (check-worthy claim, attributed
 * sentence, real quotation) shares one file format and one trainer without OpenNLP leaving
 * {@code nlp}. The file holds a format tag, the threshold, then OpenNLP's binary maxent model,
 * gzipped; {@link MaxentModel#eval} keeps no state, so one classifier serves every thread.
 *
 * <p>A classifier read from a file keeps its weights only as a {@link WeightTable} and lets OpenNLP's
 * model go: the model's {@code Map<String, Context>} takes several times the table's memory (about
 * 12 MB for the check-worthiness model against 3 MB), and a server holds it for its whole life.
 * {@link #probability} then does what OpenNLP's quasi-Newton model ({@code QNModel.eval}) does — each
 * feature's weights added in the model's order, then {@link ArrayMath#logSumOfExps} and {@link
 * StrictMath#exp} — so the probability is the same double ({@code BinaryClassifierTest}). Other model
 * types keep OpenNLP's model. A trained classifier keeps its model, which {@link #write} needs.
 */
public final class BinaryClassifier {
    /** OpenNLP's model; null when the weights are in {@link #table}. */
    private final MaxentModel model;

    private final WeightTable table;
    private final int outcomes;
    private final int positiveIndex;
    private final double threshold;

    /**
     * What a kind of classifier is called on disk and what its two outcomes are named.
     *
     * @param format the tag a file of this kind starts with, checked on reading
     */
    public record Kind(String format, String positive, String negative, String description) {}

    /** One labelled example for training: its features and whether it is positive. */
    public record Example(List<String> features, boolean positive) {}

    /** Training settings: L2 cost of the quasi-Newton maxent trainer, feature cutoff, iteration cap. */
    public record Options(double l2, int cutoff, int iterations) {}

    private BinaryClassifier(Kind kind, MaxentModel model, double threshold, boolean keepModel) {
        this.positiveIndex = model.getIndex(kind.positive());
        if (positiveIndex < 0) {
            throw new IllegalArgumentException("the model has no outcome " + kind.positive());
        }
        this.threshold = threshold;
        this.outcomes = model.getNumOutcomes();
        boolean tabled = !keepModel
                && model instanceof AbstractModel am
                && am.getModelType() == AbstractModel.ModelType.MaxentQn;
        this.table = tabled ? WeightTable.copyOf((AbstractModel) model) : null;
        this.model = tabled ? null : model;
    }

    /**
     * A classifier read from a file, its weights laid out from the file's bytes as they are read ({@link
     * MaxentFile}), without OpenNLP's model being built: the same table as {@link WeightTable#copyOf} makes
     * of it, in a fraction of the start-up time.
     */
    private BinaryClassifier(Kind kind, MaxentFile.Weights weights, double threshold) {
        this.positiveIndex = java.util.Arrays.asList(weights.outcomeNames()).indexOf(kind.positive());
        if (positiveIndex < 0) {
            throw new IllegalArgumentException("the model has no outcome " + kind.positive());
        }
        this.threshold = threshold;
        this.outcomes = weights.outcomeNames().length;
        this.table = weights.table();
        this.model = null;
    }

    /** Reads a classifier written by {@link #write}; fails on a file of another kind. */
    public static BinaryClassifier read(Kind kind, InputStream in) throws IOException {
        byte[] bytes = new GZIPInputStream(in).readAllBytes();
        DataInputStream data = new DataInputStream(new ByteArrayInputStream(bytes));
        String format = data.readUTF();
        if (!format.equals(kind.format())) {
            throw new IOException("not a newslint " + kind.description() + " (" + format + ")");
        }
        double threshold = data.readDouble();
        int model = bytes.length - data.available();
        MaxentFile.Weights weights = MaxentFile.read(bytes, model);
        if (weights != null && weights.type() == AbstractModel.ModelType.MaxentQn) {
            return new BinaryClassifier(kind, weights, threshold);
        }
        return new BinaryClassifier(
                kind, new GenericModelReader(new BinaryFileDataReader(data)).getModel(), threshold, false);
    }

    /**
     * Trains a classifier; deterministic for the same examples in the same order.
     *
     * @param threshold the probability from which an example is positive, stored with the model
     */
    public static BinaryClassifier train(Kind kind, List<Example> examples, Options options, double threshold)
            throws IOException {
        List<Event> events = new ArrayList<>(examples.size());
        for (Example e : examples) {
            events.add(new Event(
                    e.positive() ? kind.positive() : kind.negative(),
                    e.features().toArray(String[]::new)));
        }
        TrainingParameters params = new TrainingParameters();
        params.put(TrainingParameters.ALGORITHM_PARAM, "MAXENT_QN");
        params.put(TrainingParameters.CUTOFF_PARAM, options.cutoff());
        params.put(TrainingParameters.ITERATIONS_PARAM, options.iterations());
        params.put(TrainingParameters.THREADS_PARAM, 1);
        params.put("L1Cost", 0.0);
        params.put("L2Cost", options.l2());
        params.put("PrintMessages", false);
        EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
        return new BinaryClassifier(kind, trainer.train(ObjectStreamUtils.createObjectStream(events)), threshold, true);
    }

    /** Writes the classifier gzipped: the kind's format tag, the threshold, then the maxent model. */
    public void write(Kind kind, OutputStream out) throws IOException {
        if (model == null) {
            throw new IllegalStateException(
                    "a classifier read from a file keeps only its weights; write the trained one");
        }
        // the maxent writer closes its stream when done, so it writes to memory and the bytes are zipped after
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeUTF(kind.format());
        data.writeDouble(threshold);
        new GenericModelWriter((AbstractModel) model, data).persist();
        GZIPOutputStream zip = new GZIPOutputStream(out);
        zip.write(bytes.toByteArray());
        zip.finish();
    }

    /** The probability from which an example is positive (chosen when the model was trained). */
    public double threshold() {
        return threshold;
    }

    /** The probability that an example with these features is positive. */
    public double probability(List<String> features) {
        if (model != null) {
            return model.eval(features.toArray(String[]::new))[positiveIndex];
        }
        double[] scores = new double[outcomes];
        for (String feature : features) {
            table.addTo(feature, scores);
        }
        return StrictMath.exp(scores[positiveIndex] - ArrayMath.logSumOfExps(scores));
    }

    /** Whether an example with these features is positive at the stored threshold. */
    public boolean accepts(List<String> features) {
        return probability(features) >= threshold;
    }
}
