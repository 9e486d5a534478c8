package org.newslint.nlp.ner;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/**
 * What the document says about each word of the sentence being decoded, as {@link
 * RememberedSentences} computed it for the sentence's key, published for the remembering decoder's
 * feature generators. They stand in for the three generators that read the document
 * (OpenNLP's previous map, {@link HistoryFeatures}, {@link ContextAggregationFeatures}) and emit the
 * same strings from this state instead of from adaptive data and {@link DocumentContext}: so the
 * decoder's features are, by construction, a function of the sentence's tokens and of its key, and
 * nothing needs replaying into adaptive data for sentences answered from memory.
 *
 * <p>Per thread, like the decoders: published around one sentence's decoding and removed after.
 */
public final class SentenceState {
    private static final ThreadLocal<SentenceState> CURRENT = new ThreadLocal<>();

    /** Generators whose features depend on nothing but what a the key of {@link RememberedSentences} holds. */
    private static final Set<String> COVERED = Set.of(
            "opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory",
            "opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory",
            "org.newslint.nlp.ner.ShapeFeatures$Factory",
            WordFeatures.TOKEN,
            WordFeatures.TOKEN_CLASS,
            "org.newslint.nlp.ner.HistoryFeatures$Factory",
            "org.newslint.nlp.ner.GazetteerFeatures$Factory",
            "org.newslint.nlp.ner.ClusterFeatures$Factory",
            "org.newslint.nlp.ner.ContextAggregationFeatures$Factory");

    private static final Pattern GENERATOR_CLASS = Pattern.compile("class=\"([^\"]+)\"");
    /** Whether every generator in this feature descriptor is one the key of {@link RememberedSentences} accounts for. */
    static boolean covers(byte[] descriptor) {
        if (descriptor == null) {
            return false;
        }
        String xml = new String(descriptor, StandardCharsets.UTF_8).replaceAll("(?s)<!--.*?-->", "");
        Matcher m = GENERATOR_CLASS.matcher(xml);
        boolean any = false;
        while (m.find()) {
            any = true;
            if (!COVERED.contains(m.group(1))) {
                return false;
            }
        }
        return any;
    }

    /** The sentence being decoded (checked by identity: a generator must be asked about this sentence). */
    final String[] tokens;
    /** Per token, the outcome the same word was last given in the document, or null. */
    final String[] lastOutcome;
    /** Per token, {@link HistoryFeatures}' features for it (none for a lower-case word). */
    final String[][] history;
    /** Per token, its {@link DocumentContext} features in order (none for a lower-case word). */
    final List<String>[] context;

    SentenceState(String[] tokens, String[] lastOutcome, String[][] history, List<String>[] context) {
        this.tokens = tokens;
        this.lastOutcome = lastOutcome;
        this.history = history;
        this.context = context;
    }

    static void publish(SentenceState state) {
        CURRENT.set(state);
    }

    static void end() {
        CURRENT.remove();
    }

    private static SentenceState of(String[] tokens) {
        SentenceState s = CURRENT.get();
        if (s == null || s.tokens != tokens) {
            throw new IllegalStateException("no state published for this sentence");
        }
        return s;
    }

    /** OpenNLP's {@code PreviousMapFeatureGenerator}'s feature, {@code "pd=" + map.get(token)}. */
    static final class PreviousMap implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            features.add("pd=" + of(tokens).lastOutcome[index]);
        }
    }

    /** {@link HistoryFeatures}' features. */
    static final class History implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            String[] h = of(tokens).history[index];
            if (h != null) {
                features.addAll(List.of(h));
            }
        }
    }

    /** {@link ContextAggregationFeatures}' features. */
    static final class Context implements AdaptiveFeatureGenerator {
        @Override
        public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
            features.addAll(of(tokens).context[index]);
        }
    }

    /** {@code <generator class="org.newslint.nlp.ner.SentenceState$PreviousMapFactory"/>}. */
    public static final class PreviousMapFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new PreviousMap();
        }
    }

    /** {@code <generator class="org.newslint.nlp.ner.SentenceState$HistoryFactory"/>}. */
    public static final class HistoryFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new History();
        }
    }

    /** {@code <generator class="org.newslint.nlp.ner.SentenceState$ContextFactory"/>}. */
    public static final class ContextFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() {
            return new Context();
        }
    }

    /**
     * Whether the descriptor emits {@link ContextAggregationFeatures}' strings as they are: every such generator is
     * a child of the root (no window or other wrapper around it prefixes them or asks it about another token), so
     * that a context feature the model has no weight for adds nothing to a token's score ({@code NameDecoder.weigh}) and
     * {@link DocumentContexts} can leave it out of a context's content.
     */
    static boolean contextFeaturesAsEmitted(String descriptor) {
        try {
            javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder()
                    .parse(new org.xml.sax.InputSource(new java.io.StringReader(descriptor)));
            org.w3c.dom.NodeList generators = xml.getElementsByTagName("generator");
            boolean any = false;
            for (int g = 0; g < generators.getLength(); g++) {
                org.w3c.dom.Element e = (org.w3c.dom.Element) generators.item(g);
                if (e.getAttribute("class").equals(ContextAggregationFeatures.Factory.class.getName())) {
                    any = true;
                    if (e.getParentNode() != xml.getDocumentElement()) {
                        return false;
                    }
                }
            }
            return any;
        } catch (javax.xml.parsers.ParserConfigurationException | org.xml.sax.SAXException | java.io.IOException e) {
            return false;
        }
    }

    /**
     * The descriptor with the three generators that read the document replaced by this class's
     * (the remembering decoder's generators).
     */
    static String reading(String descriptor) {
        return descriptor
                .replace(
                        "\"opennlp.tools.util.featuregen.PreviousMapFeatureGeneratorFactory\"",
                        "\"" + PreviousMapFactory.class.getName() + "\"")
                .replace(
                        "\"" + HistoryFeatures.Factory.class.getName() + "\"",
                        "\"" + HistoryFactory.class.getName() + "\"")
                .replace(
                        "\"" + ContextAggregationFeatures.Factory.class.getName() + "\"",
                        "\"" + ContextFactory.class.getName() + "\"");
    }
}
