package org.newslint.nlp.claims;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
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
import org.newslint.nlp.ClasspathModel;

/**
 * The trained check-worthiness classifier (is this sentence a checkable factual claim?) behind a
 * facade, so nothing outside {@code nlp} sees OpenNLP: a logistic-regression (maxent) model over
 * string features, loaded lazily from the classpath, trained by {@code newslint train claims}. The
 * file also holds the decision threshold chosen by cross-validation, so the model and its
 * operating point travel together.
 * OpenNLP's {@link MaxentModel#eval} keeps no state, so one model serves every thread.
 */
public final class CheckWorthinessModel {
    /** Where the shipped model lives on the classpath. */
    public static final String MODEL_RESOURCE = "/org/newslint/models/claims-en.bin.gz";
    private static final String CLAIM = "claim";
    private static final String OTHER = "other";
    private static final String FORMAT = "newslint-check-worthiness-1";

    private static final ClasspathModel<CheckWorthinessModel> SHARED =
            new ClasspathModel<>(MODEL_RESOURCE, "claim model", CheckWorthinessModel::read);

    private final MaxentModel model;
    private final int claimIndex;
    private final double threshold;

    private CheckWorthinessModel(MaxentModel model, double threshold) {
        this.model = model;
        this.claimIndex = model.getIndex(CLAIM);
        this.threshold = threshold;
    }

    /** One labelled sentence (or example) for training: its features and whether it is a claim. */
    public record Example(List<String> features, boolean claim) {
    }

    /** Training settings: L2 cost of the quasi-Newton maxent trainer, feature cutoff, iteration cap. */
    public record Options(double l2, int cutoff, int iterations) {
    }

    /** The process-wide model on the shipped file, loaded on first use. */
    public static CheckWorthinessModel shared() {
        return SHARED.get();
    }

    /** A model from a file written by {@link #write} (for evaluating a freshly trained model). */
    public static CheckWorthinessModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    private static CheckWorthinessModel read(InputStream in) throws IOException {
        DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
        String format = data.readUTF();
        if (!format.equals(FORMAT)) {
            throw new IOException("not a newslint check-worthiness model (" + format + ")");
        }
        double threshold = data.readDouble();
        return new CheckWorthinessModel(new GenericModelReader(new BinaryFileDataReader(data)).getModel(), threshold);
    }

    /**
     * Trains a model; deterministic for the same examples in the same order.
     *
     * @param threshold the probability from which a sentence is check-worthy, stored with the model
     */
    public static CheckWorthinessModel train(List<Example> examples, Options options, double threshold) throws IOException {
        List<Event> events = new ArrayList<>(examples.size());
        for (Example e : examples) {
            events.add(new Event(e.claim() ? CLAIM : OTHER, e.features().toArray(String[]::new)));
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
        return new CheckWorthinessModel(trainer.train(ObjectStreamUtils.createObjectStream(events)), threshold);
    }

    /** Writes the model, gzipped: a format tag, the threshold, then OpenNLP's binary maxent model. */
    public void write(OutputStream out) throws IOException {
        // the maxent writer closes its stream when done, so it writes to memory and the bytes are zipped after
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream data = new DataOutputStream(bytes);
        data.writeUTF(FORMAT);
        data.writeDouble(threshold);
        new GenericModelWriter((AbstractModel) model, data).persist();
        GZIPOutputStream zip = new GZIPOutputStream(out);
        zip.write(bytes.toByteArray());
        zip.finish();
    }

    /** The probability from which a sentence is check-worthy (chosen by cross-validation in training). */
    public double threshold() {
        return threshold;
    }

    /** The probability that a sentence with these features is a checkable claim. */
    public double probability(List<String> features) {
        return model.eval(features.toArray(String[]::new))[claimIndex];
    }
}
