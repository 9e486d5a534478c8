package org.newslint.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.SampleArticles;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * {@link NameDecoder} must find exactly the names, types and probabilities that OpenNLP's
 * {@link NameFinderME} finds with the shipped model, document by document (adaptive data and the
 * document context included): on the fixture articles always, and on the shared Wikinews articles
 * when {@code ../shared} is next to the checkout.
 */
class NameDecoderTest {
    /** The beam's cut is the k-th largest score, as BeamSearch reads it from a sorted copy. */
    @Test
    void theCutIsTheKthLargestAsInASortedCopy() {
        java.util.Random random = new java.util.Random(7);
        for (int trial = 0; trial < 2000; trial++) {
            double[] values = new double[1 + random.nextInt(20)];
            for (int v = 0; v < values.length; v++) {
                values[v] = random.nextInt(5) / 4.0; // many ties
            }
            int k = 1 + random.nextInt(values.length);
            double[] sorted = values.clone();
            java.util.Arrays.sort(sorted);
            org.junit.jupiter.api.Assertions.assertEquals(
                    sorted[values.length - k],
                    NameDecoder.largest(values, k),
                    java.util.Arrays.toString(values) + " k=" + k);
        }
    }

    @Test
    void findsWhatNameFinderMeFinds() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        NameDecoder decoder = NameDecoder.forModel(model);
        assertNotNull(decoder, "the shipped model must be decoded by NameDecoder, not fall back");
        NameFinderME reference = new NameFinderME(model);

        int names = 0;
        for (Path article : SampleArticles.paths()) {
            names += compare(article.toString(), Files.readString(article), reference, decoder, false)
                    .names();
        }
        assertTrue(names > 50, "compared too few names: " + names);
    }

    /**
     * The server's model keeps its weights only as a table ({@link TabledNameModel}): decoded from it,
     * the names are still NameFinderME's on the whole model, and its classifier is really gone.
     */
    @Test
    void theTabledModelFindsWhatNameFinderMeFinds() throws IOException {
        TokenNameFinderModel whole;
        TabledNameModel tabled;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            whole = new TokenNameFinderModel(in);
        }
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            tabled = new TabledNameModel(in);
        }
        assertNotNull(tabled.table(), "the shipped model's weights must be laid out in a table");
        assertTrue(tabled.getArtifact("nameFinder.model") == null, "the classifier (its weight map) must be dropped");
        NameDecoder decoder = NameDecoder.forModel(tabled);
        assertNotNull(decoder);
        NameFinderME reference = new NameFinderME(whole);
        int names = 0;
        for (Path article : SampleArticles.paths()) {
            names += compare(article.toString(), Files.readString(article), reference, decoder, false)
                    .names();
        }
        assertTrue(names > 50, "compared too few names: " + names);
    }

    /**
     * Remembering decoded sentences changes nothing: each article, then versions of it edited as a
     * writer would (a word typed into a sentence, a name changed, a paragraph deleted, a sentence
     * pasted at the top), decoded one after another by one remembering decoder, must give what a
     * fresh NameFinderME gives each version; and most sentences must have been answered from memory.
     */
    @Test
    void rememberingSentencesAcrossEditsChangesNothing() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        NameDecoder decoder = NameDecoder.forModel(model);
        assertTrue(decoder.remembers(), "the shipped model's features must allow remembering");
        NameFinderME reference = new NameFinderME(model);
        int sentences = 0;
        try (Stream<Path> files = Files.list(Path.of("src/test/resources/golden/articles"))) {
            for (Path article :
                    files.filter(p -> !p.toString().endsWith(".tsv")).sorted().toList()) {
                String text = Files.readString(article);
                int middle = text.indexOf(' ', text.length() / 2);
                int paragraph = text.indexOf("\n\n", text.length() / 3);
                int paragraphEnd = paragraph < 0 ? -1 : text.indexOf("\n\n", paragraph + 2);
                List<String> versions = new ArrayList<>();
                versions.add(text);
                versions.add(text.substring(0, middle) + " reportedly" + text.substring(middle));
                versions.add(text.replaceFirst("[A-Z][a-z]+ [A-Z][a-z]+", "Maria Lopez"));
                if (paragraphEnd > 0) {
                    versions.add(text.substring(0, paragraph) + text.substring(paragraphEnd));
                }
                versions.add("Mayor John Smith said the council will vote on Tuesday.\n\n" + text);
                versions.add(text);
                for (String version : versions) {
                    sentences += compare(article + " (edited)", version, reference, decoder, true)
                            .sentences();
                }
            }
        }
        assertTrue(
                decoder.rememberedHits() > sentences / 2,
                "too few sentences remembered: " + decoder.rememberedHits() + " of " + sentences);
    }

    /**
     * A sentence that did not change must still be decoded again when what the document says about
     * its words did: here "Jordan arrived on Monday ." stays as it is while edits before it change
     * only the history of "Jordan" (a second "Michael Jordan" makes PER its most frequent type), only
     * its last outcome (the same sentences in another order), or only its context (other words
     * around another "Jordan"). The reference's names for that sentence differ between the versions
     * (so a memory that ignored any of the three would answer wrongly and fail here), and the
     * remembering decoder must give the reference's answer every time, also when the documents
     * alternate with another and come back (a context content seen before gets its old id back),
     * with empty sentences and with a sentence repeated many times.
     */
    @Test
    void editsBeforeASentenceThatDidNotChangeReachIt() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        NameDecoder decoder = NameDecoder.forModel(model);
        NameFinderME reference = new NameFinderME(model);
        String a = "Michael Jordan said the deal was fair .";
        String b = "The king of Jordan said so .";
        String unchanged = "Jordan arrived on Monday .";
        List<String[]> first = sentences(a, b, unchanged);
        List<String[]> history = sentences(a, a, b, unchanged); // Jordan: PER twice, LOC once
        List<String[]> last = sentences(a, b, a, unchanged); // the same counts, PER last
        List<String[]> context = sentences(a, "The king of Jordan told reporters so .", unchanged);
        assertNotEquals(lastNames(reference, first), lastNames(reference, history), "history must matter");
        assertNotEquals(lastNames(reference, history), lastNames(reference, last), "the last outcome must matter");
        assertNotEquals(lastNames(reference, first), lastNames(reference, context), "the context must matter");

        List<String> repeated = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            repeated.add(i % 3 == 0 ? "Smith said ." : "Yes .");
        }
        repeated.add("");
        repeated.add("Smith Inc. said profits rose .");
        repeated.add("Smith said .");
        List<String[]> other = sentences(repeated.toArray(String[]::new));
        List<List<String[]>> versions =
                List.of(first, history, last, context, other, first, context, other, history, first, last);
        for (List<String[]> version : versions) {
            compare("constructed", version, reference, decoder, true);
        }
        assertTrue(decoder.rememberedHits() > 0, "nothing was answered from memory");
    }

    private static List<String[]> sentences(String... sentences) {
        List<String[]> out = new ArrayList<>();
        for (String s : sentences) {
            out.add(s.isEmpty() ? new String[0] : s.split(" "));
        }
        return out;
    }

    /** The reference's names and probabilities in the last sentence of a document. */
    private static String lastNames(NameFinderME reference, List<String[]> sentences) {
        reference.clearAdaptiveData();
        DocumentContext.begin(sentences);
        try {
            String out = "";
            for (String[] tokens : sentences) {
                Span[] spans = reference.find(tokens);
                out = java.util.Arrays.toString(spans) + java.util.Arrays.toString(reference.probs(spans));
            }
            return out;
        } finally {
            DocumentContext.end();
        }
    }

    record Compared(int sentences, int names) {}

    /** Decodes one document both ways, sentence by sentence, asserting equal names and probabilities. */
    private static Compared compare(
            String name, String text, NameFinderME reference, NameDecoder decoder, boolean remember) {
        List<String[]> sentences = new ArrayList<>();
        for (Sentence s : OpenNlpPipeline.shared().sentences(text, new TextRange(0, text.length()))) {
            sentences.add(s.tokens().stream().map(Token::text).toArray(String[]::new));
        }
        return compare(name, sentences, reference, decoder, remember);
    }

    /**
     * Decodes one document (sentences as tokens) both ways: the reference sentence by sentence with
     * the document published, the decoder the same way or, remembering, the whole document at once.
     */
    static Compared compare(
            String name, List<String[]> sentences, NameFinderME reference, NameDecoder decoder, boolean remember) {
        List<Span[]> remembered = remember ? decoder.findDocument(sentences) : null;
        reference.clearAdaptiveData();
        decoder.clearAdaptiveData();
        int names = 0;
        DocumentContext.begin(sentences);
        try {
            for (int k = 0; k < sentences.size(); k++) {
                String[] tokens = sentences.get(k);
                Span[] expected = tokens.length == 0 ? new Span[0] : reference.find(tokens);
                Span[] actual = remember ? remembered.get(k) : decoder.find(tokens);
                names += actual.length;
                assertArrayEquals(expected, actual, () -> name + ": " + String.join(" ", tokens));
                double[] expectedProbs = reference.probs(expected);
                for (int i = 0; i < actual.length; i++) {
                    assertTrue(expectedProbs[i] == actual[i].getProb(), name + ": probability of " + actual[i]);
                }
            }
        } finally {
            DocumentContext.end();
        }
        return new Compared(sentences.size(), names);
    }
}
