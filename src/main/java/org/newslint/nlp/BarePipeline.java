package org.newslint.nlp;

import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * The yardstick for newslint's speed: plain OpenNLP on the same shipped models as {@link
 * OpenNlpPipeline} (sentence detection, tokenization, POS tagging) with none of newslint's work on
 * top: no paragraphs, no abbreviation or possessive repairs, no lemmas, no names. {@code newslint
 * bench --baseline} times it against the full analysis.
 */
public final class BarePipeline {
    private final OpenNlpPipeline models;

    // OpenNLP's *ME classes are not thread-safe; the models are.
    private final ThreadLocal<Tools> tools = ThreadLocal.withInitial(this::newTools);

    private record Tools(SentenceDetectorME sentences, TokenizerME tokenizer, POSTaggerME tagger) {}

    private BarePipeline(OpenNlpPipeline models) {
        this.models = models;
    }

    /** A bare pipeline over the models {@link OpenNlpPipeline#shared()} has loaded (loading them if needed). */
    public static BarePipeline shared() {
        return new BarePipeline(OpenNlpPipeline.shared());
    }

    private Tools newTools() {
        return new Tools(
                new SentenceDetectorME(models.sentenceModel),
                new TokenizerME(models.tokenizerModel),
                new POSTaggerME(PosModel.MODEL));
    }

    /**
     * OpenNLP's POS model, read for the bare pipeline alone: newslint's pipeline keeps only the weight
     * table it decodes with (loaded on first use; only {@code bench --baseline} pays for it).
     */
    private static final class PosModel {
        static final POSModel MODEL = load();

        private static POSModel load() {
            try (java.io.InputStream in = OpenNlpPipeline.open(OpenNlpPipeline.POS_MODEL)) {
                return new POSModel(in);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException("cannot load the POS model from the classpath", e);
            }
        }
    }

    /**
     * Splits {@code text} into sentences, tokenizes and POS-tags each, and returns the number of
     * tokens tagged (the tags themselves are discarded).
     */
    public int tagTokens(String text) {
        Tools t = tools.get();
        int count = 0;
        for (Span s : t.sentences().sentPosDetect(text)) {
            String[] tokens = t.tokenizer().tokenize(s.getCoveredText(text).toString());
            String[] tags = t.tagger().tag(tokens);
            count += tags.length;
        }
        return count;
    }
}
