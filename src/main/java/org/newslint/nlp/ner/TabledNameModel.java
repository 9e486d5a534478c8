package org.newslint.nlp.ner;

import java.io.IOException;
import java.io.InputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.newslint.nlp.WeightTable;

/**
 * The shipped name-finder model as the server keeps it: everything OpenNLP's model holds (feature
 * descriptor, resources, codec, manifest) except the classifier's weight map, which is laid out once
 * in a {@link WeightTable} and then dropped from the model's artifacts. The map takes about twice the
 * table's memory (some 18 MB of heap) for as long as the process runs, and {@link NameDecoder}, the
 * only decoder of this model, reads the table. OpenNLP's own {@code NameFinderME} cannot decode it
 * (its classifier is gone, so it fails at once instead of answering from an empty model); a model
 * whose classifier {@code NameDecoder} cannot read is kept whole.
 */
final class TabledNameModel extends TokenNameFinderModel {
    private static final String CLASSIFIER = "nameFinder.model";

    private final WeightTable table;
    private final AbstractModel.ModelType modelType;
    private final String[] outcomeNames;

    TabledNameModel(InputStream in) throws IOException {
        super(in);
        Object classifier = getArtifact(CLASSIFIER);
        if (classifier instanceof AbstractModel maxent && NameDecoder.decodes(maxent)) {
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
