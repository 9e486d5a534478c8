package org.newslint.nlp.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.ClasspathModel;
import org.newslint.nlp.TrainedClassifier;

/**
 * The trained check-worthiness classifier (is this sentence a checkable factual claim?) behind a
 * facade, so nothing outside {@code nlp} sees OpenNLP: a {@link BinaryClassifier} over string
 * features, loaded lazily from the classpath, trained by {@code newslint train claims}. The file
 * also holds the decision threshold chosen by cross-validation, so the model and its operating
 * point travel together.
 */
public final class CheckWorthinessModel extends TrainedClassifier {
    /** Where the shipped model lives on the classpath. */
    public static final String MODEL_RESOURCE = "/org/newslint/models/claims-en.bin.gz";

    private static final BinaryClassifier.Kind KIND =
            new BinaryClassifier.Kind("newslint-check-worthiness-1", "claim", "other", "check-worthiness model");

    private static final ClasspathModel<CheckWorthinessModel> SHARED =
            new ClasspathModel<>(MODEL_RESOURCE, "claim model", CheckWorthinessModel::read);

    private CheckWorthinessModel(BinaryClassifier classifier) {
        super(KIND, classifier);
    }

    /** One labelled sentence (or example) for training: its features and whether it is a claim. */
    public record Example(List<String> features, boolean claim) {}

    /** Training settings: L2 cost of the quasi-Newton maxent trainer, feature cutoff, iteration cap. */
    public record Options(double l2, int cutoff, int iterations) {}

    /** The process-wide model on the shipped file, loaded on first use. */
    public static CheckWorthinessModel shared() {
        return SHARED.get();
    }

    /** A model from a file written by {@link #write} (for evaluating a freshly trained model). */
    public static CheckWorthinessModel load(Path file) throws IOException {
        return load(file, CheckWorthinessModel::read);
    }

    private static CheckWorthinessModel read(InputStream in) throws IOException {
        return new CheckWorthinessModel(BinaryClassifier.read(KIND, in));
    }

    /**
     * Trains a model; deterministic for the same examples in the same order.
     *
     * @param threshold the probability from which a sentence is check-worthy, stored with the model
     */
    public static CheckWorthinessModel train(List<Example> examples, Options options, double threshold)
            throws IOException {
        List<BinaryClassifier.Example> binary = new ArrayList<>(examples.size());
        for (Example e : examples) {
            binary.add(new BinaryClassifier.Example(e.features(), e.claim()));
        }
        BinaryClassifier.Options o = new BinaryClassifier.Options(options.l2(), options.cutoff(), options.iterations());
        return new CheckWorthinessModel(BinaryClassifier.train(KIND, binary, o, threshold));
    }
}
