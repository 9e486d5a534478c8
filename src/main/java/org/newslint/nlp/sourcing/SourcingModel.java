package org.newslint.nlp.sourcing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.ClasspathModel;

/**
 * The trained sourcing decision behind a facade, so nothing outside {@code nlp} sees OpenNLP: two
 * {@link BinaryClassifier}s over the same sentence features, each with the threshold chosen by
 * cross-validation on the labelled train articles ({@code newslint train sourcing}). One asks
 * whether a sentence needs a source (label {@code S}), the other whether it is a checkable claim at
 * all ({@code S} or {@code K}: public record needs no source but is still a claim). Without the
 * files the analysis falls back to its rules.
 */
public final class SourcingModel {
    /** Where the shipped "needs a source" model lives on the classpath. */
    public static final String NEEDS_SOURCE_RESOURCE = "/org/newslint/models/sourcing-needs-source-en.bin.gz";

    /** Where the shipped thresholds (and how they were chosen) live on the classpath. */
    public static final String THRESHOLDS_RESOURCE = "/org/newslint/models/sourcing-en.properties";

    /** Where the shipped "checkable claim" model lives on the classpath. */
    public static final String CLAIM_RESOURCE = "/org/newslint/models/sourcing-claim-en.bin.gz";

    static final BinaryClassifier.Kind NEEDS_SOURCE = new BinaryClassifier.Kind(
            "newslint-sourcing-needs-source-1", "needs-source", "other", "sourcing model (needs a source)");
    static final BinaryClassifier.Kind CLAIM = new BinaryClassifier.Kind(
            "newslint-sourcing-claim-1", "claim", "other", "sourcing model (checkable claim)");

    private static final ClasspathModel<BinaryClassifier> SHARED_NEEDS_SOURCE = new ClasspathModel<>(
            NEEDS_SOURCE_RESOURCE, "sourcing model", in -> BinaryClassifier.read(NEEDS_SOURCE, in));
    private static final ClasspathModel<BinaryClassifier> SHARED_CLAIM =
            new ClasspathModel<>(CLAIM_RESOURCE, "sourcing model", in -> BinaryClassifier.read(CLAIM, in));

    private static final ClasspathModel<Thresholds> SHARED_THRESHOLDS =
            new ClasspathModel<>(THRESHOLDS_RESOURCE, "sourcing thresholds", Thresholds::read);

    private final BinaryClassifier needsSource;
    private final BinaryClassifier claim;
    private final Thresholds thresholds;

    private SourcingModel(BinaryClassifier needsSource, BinaryClassifier claim, Thresholds thresholds) {
        this.needsSource = needsSource;
        this.claim = claim;
        this.thresholds = thresholds;
    }

    /**
     * The operating points, all chosen by cross-validation: from {@code warning} a sentence is
     * confidently one that needs a source (best F0.5), from {@code needsSource} it probably is (best
     * F1), from {@code claim} it is a checkable claim, public record if it needs no source.
     */
    public record Thresholds(double warning, double needsSource, double claim) {
        static Thresholds read(InputStream in) throws IOException {
            java.util.Properties p = new java.util.Properties();
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            try {
                return new Thresholds(
                        Double.parseDouble(p.getProperty("warning")),
                        Double.parseDouble(p.getProperty("needsSource")),
                        Double.parseDouble(p.getProperty("claim")));
            } catch (RuntimeException e) {
                throw new IOException("sourcing thresholds: warning, needsSource and claim must be numbers", e);
            }
        }

        void write(OutputStream out, String comment) throws IOException {
            String text = "# " + comment.replace("\n", "\n# ") + "\n"
                    + "warning=" + warning + "\n"
                    + "needsSource=" + needsSource + "\n"
                    + "claim=" + claim + "\n";
            out.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    /** One labelled sentence: its features, whether it needs a source, whether it is a checkable claim. */
    public record Example(List<String> features, boolean needsSource, boolean claim) {}

    /** The process-wide model on the shipped files, loaded on first use, or null when they are not on the classpath. */
    public static SourcingModel sharedOrNull() {
        if (SourcingModel.class.getResource(NEEDS_SOURCE_RESOURCE) == null
                || SourcingModel.class.getResource(CLAIM_RESOURCE) == null
                || SourcingModel.class.getResource(THRESHOLDS_RESOURCE) == null) {
            return null;
        }
        SourcingModel shared = sharedModel;
        if (shared == null) {
            synchronized (SourcingModel.class) {
                if (sharedModel == null) {
                    sharedModel =
                            new SourcingModel(SHARED_NEEDS_SOURCE.get(), SHARED_CLAIM.get(), SHARED_THRESHOLDS.get());
                }
                shared = sharedModel;
            }
        }
        return shared;
    }

    /**
     * The one shared model, so every analysis is handed the same instance: what an editor's analyses
     * remember of its answers is kept per model instance ({@code analysis.sourcing.SourcingMemory}).
     */
    private static volatile SourcingModel sharedModel;

    /** A model from the two files written by {@link #write} into {@code dir} (a freshly trained one). */
    public static SourcingModel load(Path dir) throws IOException {
        try (InputStream a = Files.newInputStream(dir.resolve(fileName(NEEDS_SOURCE_RESOURCE)));
                InputStream b = Files.newInputStream(dir.resolve(fileName(CLAIM_RESOURCE)));
                InputStream c = Files.newInputStream(dir.resolve(fileName(THRESHOLDS_RESOURCE)))) {
            return new SourcingModel(
                    BinaryClassifier.read(NEEDS_SOURCE, a), BinaryClassifier.read(CLAIM, b), Thresholds.read(c));
        }
    }

    /**
     * Trains both classifiers; deterministic for the same examples in the same order.
     *
     * @param thresholds the operating points, stored with the model
     */
    public static SourcingModel train(List<Example> examples, BinaryClassifier.Options options, Thresholds thresholds)
            throws IOException {
        return new SourcingModel(
                BinaryClassifier.train(
                        NEEDS_SOURCE,
                        examples.stream()
                                .map(e -> new BinaryClassifier.Example(e.features(), e.needsSource()))
                                .toList(),
                        options,
                        thresholds.needsSource()),
                BinaryClassifier.train(
                        CLAIM,
                        examples.stream()
                                .map(e -> new BinaryClassifier.Example(e.features(), e.claim()))
                                .toList(),
                        options,
                        thresholds.claim()),
                thresholds);
    }

    /** Writes the three files into {@code dir}, named as they are shipped; {@code provenance} heads the thresholds. */
    public void write(Path dir, String provenance) throws IOException {
        Files.createDirectories(dir);
        try (OutputStream a = Files.newOutputStream(dir.resolve(fileName(NEEDS_SOURCE_RESOURCE)));
                OutputStream b = Files.newOutputStream(dir.resolve(fileName(CLAIM_RESOURCE)));
                OutputStream c = Files.newOutputStream(dir.resolve(fileName(THRESHOLDS_RESOURCE)))) {
            needsSource.write(NEEDS_SOURCE, a);
            claim.write(CLAIM, b);
            thresholds.write(c, provenance);
        }
    }

    private static String fileName(String resource) {
        return resource.substring(resource.lastIndexOf('/') + 1);
    }

    /** The probability that the sentence needs a source. */
    public double needsSource(List<String> features) {
        return needsSource.probability(features);
    }

    /** The probability that the sentence is a checkable claim (needs a source, or is public record). */
    public double claim(List<String> features) {
        return claim.probability(features);
    }

    public Thresholds thresholds() {
        return thresholds;
    }
}
