package org.newslint.nlp.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.ClasspathModel;

/**
 * The trained quote classifier (are these quoted words someone's reported statement, or a term,
 * title or scare quote?) behind a facade, so nothing outside {@code nlp} sees OpenNLP: a
 * {@link BinaryClassifier} with its threshold, trained by {@code newslint train quotes} on PolNeAR
 * train and loaded lazily from the classpath. Without the file the analysis keeps every quotation.
 */
public final class QuoteModel {
    /** Where the shipped model lives on the classpath. */
    public static final String MODEL_RESOURCE = "/org/newslint/models/quotes-en.bin.gz";
    private static final BinaryClassifier.Kind KIND =
            new BinaryClassifier.Kind("newslint-quote-1", "quote", "term", "quote model");

    private static final ClasspathModel<QuoteModel> SHARED = new ClasspathModel<>(MODEL_RESOURCE, "quote model", QuoteModel::read);

    private final BinaryClassifier classifier;

    private QuoteModel(BinaryClassifier classifier) {
        this.classifier = classifier;
    }

    /** The process-wide model on the shipped file, loaded on first use, or null when the file is not on the classpath. */
    public static QuoteModel sharedOrNull() {
        return QuoteModel.class.getResource(MODEL_RESOURCE) == null ? null : SHARED.get();
    }

    /** A model from a file written by {@link #write} (for evaluating a freshly trained model). */
    public static QuoteModel load(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in);
        }
    }

    static QuoteModel read(InputStream in) throws IOException {
        return new QuoteModel(BinaryClassifier.read(KIND, in));
    }

    /**
     * Trains a model; deterministic for the same examples in the same order.
     *
     * @param threshold the probability from which a statement is kept as a quotation, stored with the model
     */
    public static QuoteModel train(List<BinaryClassifier.Example> examples, BinaryClassifier.Options options, double threshold)
            throws IOException {
        return new QuoteModel(BinaryClassifier.train(KIND, examples, options, threshold));
    }

    /** Writes the model, gzipped: a format tag, the threshold, then OpenNLP's binary maxent model. */
    public void write(OutputStream out) throws IOException {
        classifier.write(KIND, out);
    }

    /** The probability from which a statement is a quotation (chosen by cross-validation in training). */
    public double threshold() {
        return classifier.threshold();
    }

    /** The probability that a statement with these features is someone's quotation. */
    public double probability(List<String> features) {
        return classifier.probability(features);
    }
}
