package org.newslint.nlp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * What every shipped yes/no model (check-worthy claim, real quotation) offers the rest of the code:
 * its probability, its threshold and its file, over one {@link BinaryClassifier} of a known kind;
 * subclasses only name the decision and where the model lives.
 */
public abstract class TrainedClassifier {
    private final BinaryClassifier.Kind kind;
    private final BinaryClassifier classifier;

    protected TrainedClassifier(BinaryClassifier.Kind kind, BinaryClassifier classifier) {
        this.kind = kind;
        this.classifier = classifier;
    }

    /** Reads a model of some kind from a file (for evaluating a freshly trained model). */
    protected interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    protected static <T> T load(Path file, Reader<T> reader) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return reader.read(in);
        }
    }

    /** Writes the model, gzipped: its kind's format tag, the threshold, then OpenNLP's binary maxent model. */
    public void write(OutputStream out) throws IOException {
        classifier.write(kind, out);
    }

    /** The probability from which an example is positive (chosen by cross-validation in training). */
    public double threshold() {
        return classifier.threshold();
    }

    /** The probability that an example with these features is positive. */
    public double probability(List<String> features) {
        return classifier.probability(features);
    }
}
