package org.newslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.maxent.quasinewton.QNModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.perceptron.PerceptronModel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What {@link MaxentFile} lays out from a model file is the table {@link WeightTable#copyOf} makes from the model
 * OpenNLP reads from the same bytes: the same features, each with the same outcomes and weights in the same
 * order, and the same outcome names.
 */
class MaxentFileTest {
    @ParameterizedTest
    @ValueSource(strings = {"pos.model", "lemmatizer.model", "nameFinder.model"})
    void aShippedModelArchivesClassifierReadsAsOpenNlpReadsIt(String entry) throws IOException {
        String resource = switch (entry) {
            case "pos.model" -> OpenNlpPipeline.POS_MODEL;
            case "lemmatizer.model" -> OpenNlpPipeline.LEMMA_MODEL;
            default -> "/org/newslint/models/ner-en.bin";
        };
        ModelArchive archive;
        try (InputStream in = OpenNlpPipeline.open(resource)) {
            archive = ModelArchive.read(in);
        }
        byte[] bytes = archive.entry(entry);
        assertThat(bytes).as(entry).isNotNull();
        check(bytes, 0, openNlps(bytes, 0));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/org/newslint/models/claims-en.bin.gz",
                "/org/newslint/models/quotes-en.bin.gz",
                "/org/newslint/models/sourcing-needs-source-en.bin.gz",
                "/org/newslint/models/sourcing-claim-en.bin.gz"
            })
    void aShippedClassifierFileReadsAsOpenNlpReadsIt(String resource) throws IOException {
        byte[] bytes;
        try (InputStream in = OpenNlpPipeline.open(resource)) {
            bytes = new GZIPInputStream(in).readAllBytes();
        }
        DataInputStream header = new DataInputStream(new ByteArrayInputStream(bytes));
        header.readUTF(); // the format tag
        header.readDouble(); // the threshold
        int model = bytes.length - header.available();
        check(bytes, model, openNlps(bytes, model));
    }

    @Test
    void everyModelTypeItReadsAndStringsOutsideAsciiAndChunkedStringsReadAsOpenNlpReadsThem() throws IOException {
        // 12,000 outcomes make the one outcome pattern's string longer than 64 KiB, which OpenNLP writes in chunks
        String[] outcomes = new String[12_000];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = i == 0 ? "Zürich" : "o" + i;
        }
        int[] all = new int[outcomes.length];
        double[] weights = new double[outcomes.length];
        for (int i = 0; i < all.length; i++) {
            all[i] = i;
            weights[i] = Math.sin(i) / 3;
        }
        Context[] contexts = {
            new Context(all, weights), new Context(new int[] {2, 0}, new double[] {0.5, -1e-300}),
        };
        String[] features = {"w=naïve\u0000", "p=😀"};
        for (AbstractModel model : new AbstractModel[] {
            new GISModel(contexts, features, outcomes),
            new QNModel(contexts, features, outcomes),
            new PerceptronModel(contexts, features, outcomes)
        }) {
            byte[] bytes = written(model);
            MaxentFile.Weights read = MaxentFile.read(bytes, 0);
            assertThat(read).as(model.getModelType().toString()).isNotNull();
            assertThat(read.type()).isEqualTo(model.getModelType());
            check(bytes, 0, openNlps(bytes, 0));
        }
    }

    @Test
    void aTruncatedFileIsAnErrorAndAFeatureNamedTwiceIsLeftToOpenNlp() throws IOException {
        String[] outcomes = {"yes", "no"};
        Context[] contexts = {new Context(new int[] {0}, new double[] {1}), new Context(new int[] {1}, new double[] {2})
        };
        byte[] bytes = written(new QNModel(contexts, new String[] {"a", "b"}, outcomes));
        for (int cut : new int[] {3, bytes.length / 2, bytes.length - 1}) {
            assertThatThrownBy(() -> MaxentFile.read(Arrays.copyOf(bytes, cut), 0))
                    .as("cut at %d of %d", cut, bytes.length)
                    .isInstanceOf(IOException.class);
        }
        // OpenNLP's writer cannot write a name twice (it writes its map), so this file is written by hand
        ByteArrayOutputStream twice = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(twice);
        out.writeUTF("QN");
        out.writeInt(2);
        out.writeUTF("yes");
        out.writeUTF("no");
        out.writeInt(1);
        out.writeUTF("2 0"); // two features, each with the outcome "yes"
        out.writeInt(2);
        out.writeUTF("a");
        out.writeUTF("a");
        out.writeDouble(1);
        out.writeDouble(2);
        assertThat(MaxentFile.read(twice.toByteArray(), 0)).isNull();
    }

    /** Compares the table read from {@code bytes} with OpenNLP's model of the same bytes, feature by feature. */
    private static void check(byte[] bytes, int offset, AbstractModel reference) throws IOException {
        MaxentFile.Weights read = MaxentFile.read(bytes, offset);
        assertThat(read).isNotNull();
        assertThat(read.type()).isEqualTo(reference.getModelType());
        String[] names = new String[reference.getNumOutcomes()];
        for (int i = 0; i < names.length; i++) {
            names[i] = reference.getOutcome(i);
        }
        assertThat(read.outcomeNames()).containsExactly(names);
        Map<String, Context> weights = WeightTable.weights(reference);
        assertThat(read.table().size()).isEqualTo(weights.size());
        for (Map.Entry<String, Context> e : weights.entrySet()) {
            Context context = read.table().contextOf(e.getKey());
            assertThat(context).as(e.getKey()).isNotNull();
            assertThat(context.getOutcomes())
                    .as(e.getKey())
                    .isEqualTo(e.getValue().getOutcomes());
            assertThat(context.getParameters())
                    .as(e.getKey())
                    .isEqualTo(e.getValue().getParameters());
        }
    }

    private static AbstractModel openNlps(byte[] bytes, int offset) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes, offset, bytes.length - offset));
        return new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    }

    private static byte[] written(AbstractModel model) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GenericModelWriter(model, new DataOutputStream(out)).persist();
        return out.toByteArray();
    }
}
