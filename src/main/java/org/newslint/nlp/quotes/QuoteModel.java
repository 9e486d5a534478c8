package org.newslint.nlp.quotes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.ClasspathModel;
import org.newslint.nlp.TrainedClassifier;

/**
 * The trained quote classifier (are these quoted words someone's reported statement, or a term,
 * title or scare quote?) behind a facade, so nothing outside {@code nlp} sees OpenNLP: a
 * {@link BinaryClassifier} with its threshold, trained by {@code newslint train quotes} on PolNeAR
 * train and loaded lazily from the classpath. Without the file the analysis keeps every quotation.
 */
public final class QuoteModel extends TrainedClassifier {
    /** Where the shipped model lives on the classpath. */
    public static final String MODEL_RESOURCE = "/org/newslint/models/quotes-en.bin.gz";

    private static final BinaryClassifier.Kind KIND =
            new BinaryClassifier.Kind("newslint-quote-1", "quote", "term", "quote model");

    private static final ClasspathModel<QuoteModel> SHARED =
            new ClasspathModel<>(MODEL_RESOURCE, "quote model", QuoteModel::read);

    private QuoteModel(BinaryClassifier classifier) {
        super(KIND, classifier);
    }

    /** The process-wide model on the shipped file, loaded on first use, or null when the file is not on the classpath. */
    public static QuoteModel sharedOrNull() {
        return QuoteModel.class.getResource(MODEL_RESOURCE) == null ? null : SHARED.get();
    }

    /** A model from a file written by {@link #write} (for evaluating a freshly trained model). */
    public static QuoteModel load(Path file) throws IOException {
        return load(file, QuoteModel::read);
    }

    static QuoteModel read(InputStream in) throws IOException {
        return new QuoteModel(BinaryClassifier.read(KIND, in));
    }

    /**
     * Trains a model; deterministic for the same examples in the same order.
     *
     * @param threshold the probability from which a statement is kept as a quotation, stored with the model
     */
    public static QuoteModel train(
            List<BinaryClassifier.Example> examples, BinaryClassifier.Options options, double threshold)
            throws IOException {
        return new QuoteModel(BinaryClassifier.train(KIND, examples, options, threshold));
    }
}
