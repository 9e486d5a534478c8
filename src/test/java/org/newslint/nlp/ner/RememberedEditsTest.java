package org.newslint.nlp.ner;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import org.junit.jupiter.api.Test;

/**
 * The remembering decoder re-decodes only what an edit can reach ({@link RememberedSentences#decodeDocument}: an
 * unchanged sentence whose words are clean and whose contexts did not change takes its last decision without its
 * state being worked out), and must still give what a fresh {@link NameFinderME} gives every version of a document
 * edited as a writer does: a word changed, a name typed or removed, a sentence added or deleted, two edits apart
 * in one step (the sentences between them keep their places), and back to an earlier version. The documents are
 * made of few words, so that names recur with other neighbours, other counts and other last outcomes after an
 * edit: leaving out any of the comparisons (a dirty word, a changed context, what two runs teach, the contexts of a
 * deleted sentence) gives a wrong answer here.
 */
class RememberedEditsTest {
    private static final String[] NAMES = {
        "Jordan", "Smith", "Paris", "Reynard", "Lopez", "Apple", "Chelsea", "Washington", "Ford", "Victoria"
    };
    private static final String[] FIRST = {"Michael", "Maria", "John", "The", "Mayor", "Coach"};
    private static final String[] WORDS = {
        "said",
        "the",
        "deal",
        "was",
        "fair",
        "in",
        "of",
        "king",
        "arrived",
        "on",
        "Monday",
        "told",
        "reporters",
        "club",
        "won",
        "company",
        "city",
        "with",
        "and",
        "a",
        "visited",
        "shares",
        "rose",
        "team",
        "river"
    };

    @Test
    void randomEditsGiveWhatAFreshDecoderGives() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        NameDecoder decoder = NameDecoder.forModel(model);
        NameFinderME reference = new NameFinderME(model);
        Random random = new Random(11);
        List<String[]> document = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            document.add(sentence(random));
        }
        List<List<String[]>> versions = new ArrayList<>();
        int sentences = 0;
        for (int v = 0; v < 160; v++) {
            List<String[]> next = new ArrayList<>(document);
            int edits = random.nextInt(4) == 0 ? 2 : 1;
            for (int e = 0; e < edits; e++) {
                edit(next, random);
            }
            if (v % 25 == 24 && !versions.isEmpty()) {
                next = versions.get(random.nextInt(versions.size())); // back to an earlier version
            }
            versions.add(next);
            document = next;
            sentences += NameDecoderTest.compare("version " + v, document, reference, decoder, true)
                    .sentences();
        }
        assertTrue(
                decoder.rememberedHits() > sentences / 3,
                "too few sentences remembered: " + decoder.rememberedHits() + " of " + sentences);
    }

    /**
     * Typing: one word next to a name grows a letter at a time (strings the model never saw), now and then a known
     * word next to it. A context whose only new features are ones the model has no weight for keeps its id ({@link
     * DocumentContexts}), so each version decodes again only the typed sentence, and sometimes a sentence whose
     * context gained or lost a feature the model knows; every version still equals a fresh {@link NameFinderME}.
     * Without the live filter every sentence with the name is decoded again at each letter (too few hits); with every
     * feature taken as dead, the answers differ.
     */
    @Test
    void typingNextToANameDecodesAgainOnlyWhatCanChange() throws IOException {
        TokenNameFinderModel model;
        try (InputStream in = NameFinder.class.getResourceAsStream(NameFinder.MODEL_RESOURCE)) {
            model = new TokenNameFinderModel(in);
        }
        NameDecoder decoder = NameDecoder.forModel(model);
        NameFinderME reference = new NameFinderME(model);
        Random random = new Random(5);
        List<String[]> document = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            document.add(sentence(random));
        }
        int typed = 17;
        String[] tokens = document.get(typed).clone();
        int at = 2; // right after the sentence's first name (FIRST, NAMES, ...)
        String word = "";
        int versions = 0;
        int sentences = 0;
        long hitsBefore = 0;
        int decodedAgain = 0;
        for (int v = 0; v < 60; v++) {
            word = v % 15 == 14 ? word(random) : v % 15 == 0 ? "q" : word + (char) ('a' + random.nextInt(26));
            tokens = tokens.clone();
            tokens[at] = word;
            document.set(typed, tokens);
            sentences += NameDecoderTest.compare("letter " + v, document, reference, decoder, true)
                    .sentences();
            versions++;
            if (v > 0) {
                decodedAgain += (int) (document.size() - (decoder.rememberedHits() - hitsBefore));
            }
            hitsBefore = decoder.rememberedHits();
        }
        assertTrue(sentences == 40 * versions, "the document keeps its sentences");
        // the typed sentence each time, and now and then one whose context changed in a feature the model knows
        assertTrue(
                decodedAgain < 2 * (versions - 1), "decoded again: " + decodedAgain + " in " + versions + " versions");
    }

    /** One edit: a word changed (often to or from a name), a sentence added, deleted or emptied. */
    private static void edit(List<String[]> document, Random random) {
        int k = random.nextInt(document.size());
        switch (random.nextInt(6)) {
            case 0 -> document.add(k, sentence(random));
            case 1 -> {
                if (document.size() > 5) {
                    document.remove(k);
                }
            }
            case 2 -> document.set(k, new String[0]);
            default -> {
                String[] tokens = document.get(k).length == 0
                        ? sentence(random)
                        : document.get(k).clone();
                int i = random.nextInt(tokens.length);
                tokens[i] = random.nextBoolean() ? NAMES[random.nextInt(NAMES.length)] : word(random);
                document.set(k, tokens);
            }
        }
    }

    private static String[] sentence(Random random) {
        List<String> tokens = new ArrayList<>();
        tokens.add(FIRST[random.nextInt(FIRST.length)]);
        tokens.add(NAMES[random.nextInt(NAMES.length)]);
        int length = 2 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            tokens.add(random.nextInt(4) == 0 ? NAMES[random.nextInt(NAMES.length)] : word(random));
        }
        tokens.add(".");
        return tokens.toArray(String[]::new);
    }

    private static String word(Random random) {
        return WORDS[random.nextInt(WORDS.length)];
    }
}
