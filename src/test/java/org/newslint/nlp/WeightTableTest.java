package org.newslint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.Test;

/** A table answers every feature of a real model with that feature's own weights, and nothing else. */
class WeightTableTest {
    @Test
    void everyFeatureOfThePosModelReadsBackAsItsContext() throws IOException {
        POSModel model;
        try (InputStream in = OpenNlpPipeline.open(OpenNlpPipeline.POS_MODEL)) {
            model = new POSModel(in);
        }
        @SuppressWarnings("unchecked")
        Map<String, Context> weights =
                (Map<String, Context>) ((AbstractModel) model.getArtifact("pos.model")).getDataStructures()[1];
        WeightTable table = WeightTable.copyOf(weights);
        int outcomes = ((AbstractModel) model.getArtifact("pos.model")).getNumOutcomes();
        for (Map.Entry<String, Context> e : weights.entrySet()) {
            Context read = table.contextOf(e.getKey());
            assertThat(read).as(e.getKey()).isNotNull();
            assertThat(read.getOutcomes()).isEqualTo(e.getValue().getOutcomes());
            assertThat(read.getParameters()).isEqualTo(e.getValue().getParameters());
            double[] added = new double[outcomes];
            assertThat(table.addTo(e.getKey(), added)).isTrue();
            double[] expected = new double[outcomes];
            for (int i = 0; i < read.getOutcomes().length; i++) {
                expected[read.getOutcomes()[i]] += read.getParameters()[i];
            }
            assertThat(added).isEqualTo(expected);
        }
        assertThat(weights).hasSizeGreaterThan(10_000);
        assertThat(table.contextOf("no such feature")).isNull();
        assertThat(table.addTo("no such feature", new double[outcomes])).isFalse();
    }
}
