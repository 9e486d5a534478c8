package org.newslint.nlp.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.BinaryClassifier;
import org.newslint.nlp.claims.CheckWorthinessModel;

/** The quote model's file: what is written is read back with the same probabilities and threshold, and nothing else is read. */
class QuoteModelTest {
    private static List<BinaryClassifier.Example> examples() {
        List<BinaryClassifier.Example> out = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            out.add(new BinaryClassifier.Example(List.of("bias", "how=cue", "len=10-19"), true));
            out.add(new BinaryClassifier.Example(List.of("bias", "how=subject", "len=2"), false));
        }
        return out;
    }

    static QuoteModel trained(double threshold) throws IOException {
        return QuoteModel.train(examples(), new BinaryClassifier.Options(1.0, 1, 100), threshold);
    }

    @Test
    void aWrittenModelReadsBackTheSame() throws IOException {
        QuoteModel model = trained(0.4);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        model.write(bytes);
        QuoteModel read = QuoteModel.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertThat(read.threshold()).isEqualTo(0.4);
        List<String> quote = List.of("bias", "how=cue", "len=10-19");
        List<String> term = List.of("bias", "how=subject", "len=2");
        assertThat(read.probability(quote)).isEqualTo(model.probability(quote)).isGreaterThan(0.9);
        assertThat(read.probability(term)).isEqualTo(model.probability(term)).isLessThan(0.1);

        ByteArrayOutputStream again = new ByteArrayOutputStream();
        trained(0.4).write(again);
        assertThat(again.toByteArray()).as("training is deterministic").isEqualTo(bytes.toByteArray());
    }

    @Test
    void aClaimModelFileIsNotAQuoteModel() throws IOException {
        CheckWorthinessModel claims = CheckWorthinessModel.train(
                List.of(
                        new CheckWorthinessModel.Example(List.of("a"), true),
                        new CheckWorthinessModel.Example(List.of("b"), false)),
                new CheckWorthinessModel.Options(1.0, 1, 10),
                0.5);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        claims.write(bytes);
        assertThatThrownBy(() -> QuoteModel.read(new ByteArrayInputStream(bytes.toByteArray())))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("quote model");
    }
}
