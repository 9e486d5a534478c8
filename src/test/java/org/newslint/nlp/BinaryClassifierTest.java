package org.newslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.Test;

/**
 * A classifier read from a file answers from its {@link WeightTable}, not OpenNLP's model: the
 * probabilities must be the very doubles OpenNLP's model gives, on the shipped models.
 */
class BinaryClassifierTest {
    private static final BinaryClassifier.Kind CLAIMS =
            new BinaryClassifier.Kind("newslint-check-worthiness-1", "claim", "other", "check-worthiness model");
    private static final BinaryClassifier.Kind NEEDS_SOURCE = new BinaryClassifier.Kind(
            "newslint-sourcing-needs-source-1", "needs-source", "other", "sourcing model (needs a source)");

    @Test
    void theCheckWorthinessModelGivesOpenNlpsProbabilities() throws IOException {
        sameAsOpenNlp(CLAIMS, "/org/newslint/models/claims-en.bin.gz", "claim");
    }

    @Test
    void theSourcingModelGivesOpenNlpsProbabilities() throws IOException {
        sameAsOpenNlp(NEEDS_SOURCE, "/org/newslint/models/sourcing-needs-source-en.bin.gz", "needs-source");
    }

    /**
     * 3,000 random feature lists: known features (repeated ones too, since the model adds a feature
     * once per occurrence) mixed with unknown ones, in random order.
     */
    private static void sameAsOpenNlp(BinaryClassifier.Kind kind, String resource, String positive) throws IOException {
        MaxentModel openNlp = openNlpModel(resource);
        assertThat(((AbstractModel) openNlp).getModelType()).isEqualTo(AbstractModel.ModelType.MaxentQn);
        BinaryClassifier read;
        try (InputStream in = BinaryClassifierTest.class.getResourceAsStream(resource)) {
            read = BinaryClassifier.read(kind, in);
        }
        @SuppressWarnings("unchecked")
        List<String> known =
                new ArrayList<>(((Map<String, ?>) ((AbstractModel) openNlp).getDataStructures()[1]).keySet());
        java.util.Collections.sort(known);
        int positiveIndex = openNlp.getIndex(positive);
        Random random = new Random(7);
        int differentFromPrior = 0;
        for (int example = 0; example < 3000; example++) {
            List<String> features = new ArrayList<>();
            int n = random.nextInt(60);
            for (int i = 0; i < n; i++) {
                features.add(random.nextInt(10) == 0 ? "unknown-" + i : known.get(random.nextInt(known.size())));
            }
            if (n > 0 && random.nextBoolean()) {
                features.add(features.get(random.nextInt(features.size())));
            }
            double expected = openNlp.eval(features.toArray(String[]::new))[positiveIndex];
            assertThat(read.probability(features)).as("features %s", features).isEqualTo(expected);
            if (expected != 0.5) {
                differentFromPrior++;
            }
        }
        assertThat(differentFromPrior).as("the examples reach the weights").isGreaterThan(2900);
    }

    @Test
    void aReadClassifierCannotBeWrittenAgain() throws IOException {
        BinaryClassifier trained = BinaryClassifier.train(
                CLAIMS,
                List.of(
                        new BinaryClassifier.Example(List.of("a", "b"), true),
                        new BinaryClassifier.Example(List.of("c"), false)),
                new BinaryClassifier.Options(1.0, 0, 50),
                0.5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        trained.write(CLAIMS, bytes);
        BinaryClassifier read = BinaryClassifier.read(CLAIMS, new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.probability(List.of("a", "b"))).isEqualTo(trained.probability(List.of("a", "b")));
        assertThatThrownBy(() -> read.write(CLAIMS, new ByteArrayOutputStream()))
                .isInstanceOf(IllegalStateException.class);
    }

    private static MaxentModel openNlpModel(String resource) throws IOException {
        try (InputStream in = BinaryClassifierTest.class.getResourceAsStream(resource)) {
            DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
            data.readUTF();
            data.readDouble();
            return new GenericModelReader(new BinaryFileDataReader(data)).getModel();
        }
    }
}
