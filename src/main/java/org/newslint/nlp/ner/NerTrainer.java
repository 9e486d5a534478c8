package org.newslint.nlp.ner;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.ml.maxent.GISTrainer;
import opennlp.tools.ml.perceptron.PerceptronTrainer;
import opennlp.tools.ml.perceptron.SimplePerceptronSequenceTrainer;
import opennlp.tools.namefind.BilouCodec;
import opennlp.tools.namefind.BioCodec;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStream;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Trains newslint's English name finder (PER, ORG, LOC, MISC) from CoNLL-format sentences with
 * newslint's feature descriptor ({@code features.xml}), gazetteers and word clusters, so the shipped
 * model can be rebuilt from the shared data by one command. Generators whose resource was not
 * supplied (no clusters, no gazetteers) are dropped from the descriptor, which is how the
 * experiments switch features off.
 */
public final class NerTrainer {
    public static final String DESCRIPTOR = "/org/newslint/nlp/ner/features.xml";
    public static final String DEFAULT_DESCRIPTOR = "/opennlp/tools/namefind/ner-default-features.xml";

    /** Training settings; {@code clusters} maps a resource key (as the descriptor names it) to its file. */
    public record Options(
            String algorithm,
            int iterations,
            int cutoff,
            int threads,
            boolean defaultFeatures,
            boolean gazetteers,
            Map<String, Path> clusters,
            int beamSize,
            Path descriptor,
            String codec,
            Path isoCodes) {}

    private NerTrainer() {}

    /** Trains and writes the model; {@code log} receives progress lines. */
    public static void train(
            List<ConllCorpus.Sentence> sentences,
            List<ConllCorpus.Sentence> gmbForGazetteers,
            Options o,
            OutputStream out,
            Consumer<String> log)
            throws IOException {
        Map<String, Object> resources = new LinkedHashMap<>();
        if (!o.defaultFeatures()) {
            if (o.gazetteers()) {
                Gazetteers g = Gazetteers.builtIn();
                if (o.isoCodes() != null) {
                    g.addIsoCodes(o.isoCodes());
                }
                if (gmbForGazetteers != null) {
                    g.addHarvested("gmb", gmbForGazetteers);
                }
                log.accept("gazetteers: " + g.sizes());
                resources.put("gazetteer.clusters", ClusterTable.of(g.table()));
            }
            for (var e : o.clusters().entrySet()) {
                try (InputStream in = Files.newInputStream(e.getValue())) {
                    resources.put(e.getKey(), ClusterTable.parse(in));
                }
            }
        }
        byte[] descriptor = o.descriptor() != null
                ? prune(Files.newInputStream(o.descriptor()), o.descriptor().toString(), resources.keySet())
                : descriptor(o.defaultFeatures() ? DEFAULT_DESCRIPTOR : DESCRIPTOR, resources.keySet());
        TrainingParameters params = new TrainingParameters();
        params.put(
                TrainingParameters.ALGORITHM_PARAM,
                switch (o.algorithm()) {
                    case "perceptron" -> PerceptronTrainer.PERCEPTRON_VALUE;
                    case "perceptron-sequence" -> SimplePerceptronSequenceTrainer.PERCEPTRON_SEQUENCE_VALUE;
                    default -> GISTrainer.MAXENT_VALUE;
                });
        params.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
        params.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
        params.put(TrainingParameters.THREADS_PARAM, o.threads());
        params.put("BeamSize", o.beamSize());
        TokenNameFinderFactory factory = TokenNameFinderFactory.create(
                null, descriptor, resources, o.codec().equals("bilou") ? new BilouCodec() : new BioCodec());
        TokenNameFinderModel model = NameFinderME.train("en", null, new SampleStream(sentences), params, factory);
        model.serialize(out);
    }

    /** The descriptor with every generator that names a missing resource removed. */
    static byte[] descriptor(String resource, java.util.Set<String> available) throws IOException {
        InputStream in = NerTrainer.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IOException("no descriptor " + resource);
        }
        return prune(in, resource, available);
    }

    private static byte[] prune(InputStream input, String resource, java.util.Set<String> available)
            throws IOException {
        try (InputStream in = input) {
            Document doc =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
            NodeList strs = doc.getElementsByTagName("str");
            List<Element> drop = new ArrayList<>();
            for (int i = 0; i < strs.getLength(); i++) {
                Element s = (Element) strs.item(i);
                if (s.getAttribute("name").equals("dict")
                        && !available.contains(s.getTextContent().strip())) {
                    // drop the outermost generator below the root that contains it
                    Element g = (Element) s.getParentNode();
                    while (g.getParentNode() instanceof Element p
                            && !p.getTagName().equals("featureGenerators")) {
                        g = p;
                    }
                    drop.add(g);
                }
            }
            for (Element g : drop) {
                if (g.getParentNode() != null) {
                    g.getParentNode().removeChild(g);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            var t = TransformerFactory.newInstance().newTransformer();
            t.setOutputProperty(OutputKeys.INDENT, "no");
            t.transform(new DOMSource(doc), new StreamResult(bytes));
            return bytes.toByteArray();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("bad descriptor " + resource + ": " + e.getMessage(), e);
        }
    }

    /** CoNLL sentences as OpenNLP name samples; adaptive data is cleared at each document start. */
    static final class SampleStream implements ObjectStream<NameSample> {
        private final List<ConllCorpus.Sentence> sentences;
        private Iterator<ConllCorpus.Sentence> it;
        private int index;

        SampleStream(List<ConllCorpus.Sentence> sentences) {
            this.sentences = sentences;
            reset();
        }

        @Override
        public NameSample read() {
            if (!it.hasNext()) {
                return null;
            }
            ConllCorpus.Sentence s = it.next();
            if (s.documentStart() || index == 0) {
                DocumentContext.begin(documentFrom(index));
            }
            index++;
            List<Span> spans = new ArrayList<>();
            for (ConllEvaluator.Chunk c : ConllEvaluator.chunks(s.tags())) {
                spans.add(new Span(c.start(), c.end(), c.type()));
            }
            return new NameSample(s.tokens().toArray(String[]::new), spans.toArray(Span[]::new), s.documentStart());
        }

        /** The sentences of the document that starts at {@code from}, as token arrays. */
        private List<String[]> documentFrom(int from) {
            List<String[]> doc = new ArrayList<>();
            for (int i = from;
                    i < sentences.size() && (i == from || !sentences.get(i).documentStart());
                    i++) {
                doc.add(sentences.get(i).tokens().toArray(String[]::new));
            }
            return doc;
        }

        @Override
        public void reset() {
            it = sentences.iterator();
            index = 0;
        }

        @Override
        public void close() {
            DocumentContext.end();
        }
    }
}
