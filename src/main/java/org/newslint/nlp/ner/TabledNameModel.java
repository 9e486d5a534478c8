package org.newslint.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.perceptron.PerceptronModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.model.ArtifactSerializer;
import opennlp.tools.util.model.GenericModelSerializer;
import org.newslint.nlp.MaxentFile;
import org.newslint.nlp.WeightTable;

/**
 * The shipped name-finder model as the server keeps it: everything OpenNLP's model holds (feature
 * descriptor, resources, codec, manifest) except the classifier's weight map, which is laid out once
 * in a {@link WeightTable} and then dropped from the model's artifacts. The map takes about twice the
 * table's memory (some 18 MB of heap) for as long as the process runs, and {@link NameDecoder}, the
 * only decoder of this model, reads the table. OpenNLP's own {@code NameFinderME} cannot decode it
 * (its classifier is gone, so it fails at once instead of answering from an empty model); a model
 * whose classifier {@code NameDecoder} cannot read is kept whole.
 *
 * <p>The classifier is read by {@link MaxentFile} straight into the table ({@link Tabling}, the serializer of the
 * archive's {@code .model} entries), so OpenNLP never builds its map: most of the model's loading time at
 * start-up. OpenNLP's checks of the loaded model (a classifier is there, its outcomes fit the codec) see a
 * stand-in classifier with the same type and outcomes and no weights, which is dropped like the real one.
 */
final class TabledNameModel extends TokenNameFinderModel {
    private static final String CLASSIFIER = "nameFinder.model";

    private final WeightTable table;
    private final AbstractModel.ModelType modelType;
    private final String[] outcomeNames;

    TabledNameModel(InputStream in) throws IOException {
        super(in);
        Object classifier = getArtifact(CLASSIFIER);
        MaxentFile.Weights read =
                getArtifactSerializer(CLASSIFIER) instanceof Tabling tabling ? tabling.read(classifier) : null;
        if (read != null) {
            this.table = read.table();
            this.modelType = read.type();
            this.outcomeNames = read.outcomeNames();
            artifactMap.remove(CLASSIFIER);
        } else if (classifier instanceof AbstractModel maxent && NameDecoder.decodes(maxent)) {
            this.table = WeightTable.copyOf(maxent);
            this.modelType = maxent.getModelType();
            this.outcomeNames = new String[maxent.getNumOutcomes()];
            for (int i = 0; i < outcomeNames.length; i++) {
                outcomeNames[i] = maxent.getOutcome(i);
            }
            artifactMap.remove(CLASSIFIER);
        } else {
            this.table = null;
            this.modelType = null;
            this.outcomeNames = null;
        }
    }

    @Override
    protected void createArtifactSerializers(Map<String, ArtifactSerializer<?>> serializers) {
        super.createArtifactSerializers(serializers);
        serializers.put("model", new Tabling());
    }

    /**
     * Reads a classifier the name decoder can decode into a table, handing OpenNLP a stand-in, and any other
     * as OpenNLP does. Made while the archive is read (OpenNLP asks for serializers from its constructor, before
     * this class's fields exist), so it keeps what it read itself.
     */
    private static final class Tabling implements ArtifactSerializer<AbstractModel> {
        private final GenericModelSerializer openNlps = new GenericModelSerializer();
        private final Map<AbstractModel, MaxentFile.Weights> read = new java.util.IdentityHashMap<>();

        @Override
        public AbstractModel create(InputStream in) throws IOException {
            byte[] bytes = in.readAllBytes();
            MaxentFile.Weights weights = MaxentFile.read(bytes, 0);
            if (weights == null
                    || (weights.type() != AbstractModel.ModelType.Perceptron
                            && weights.type() != AbstractModel.ModelType.Maxent)) {
                return openNlps.create(new java.io.ByteArrayInputStream(bytes));
            }
            // the same type and outcomes as the real classifier, no weights (NameDecoder.decodes holds for both)
            AbstractModel standIn = weights.type() == AbstractModel.ModelType.Perceptron
                    ? new PerceptronModel(new Context[0], new String[0], weights.outcomeNames())
                    : new GISModel(new Context[0], new String[0], weights.outcomeNames());
            read.put(standIn, weights);
            return standIn;
        }

        @Override
        public void serialize(AbstractModel artifact, java.io.OutputStream out) {
            throw new UnsupportedOperationException("the shipped name-finder model is read, never written");
        }

        /** What was read for this stand-in, or null when {@code classifier} is not one. */
        MaxentFile.Weights read(Object classifier) {
            return classifier instanceof AbstractModel model ? read.get(model) : null;
        }
    }

    /** The weights, or null when the model kept its classifier. */
    WeightTable table() {
        return table;
    }

    AbstractModel.ModelType modelType() {
        return modelType;
    }

    String[] outcomeNames() {
        return outcomeNames.clone();
    }
}
