package org.newslint.nlp.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/** The shipped name-finder model through the facade: character offsets on newslint's own tokens, types, threads. */
class NameFinderTest {
    private static List<List<Token>> tokens(String text) {
        List<List<Token>> out = new ArrayList<>();
        for (Sentence s : OpenNlpPipeline.shared().sentences(text, new TextRange(0, text.length()))) {
            out.add(s.tokens());
        }
        return out;
    }

    private static List<String> found(String text) {
        List<String> out = new ArrayList<>();
        for (List<NameSpan> spans : NameFinder.shared().findInDocument(tokens(text))) {
            for (NameSpan s : spans) {
                out.add(s.type() + ":" + text.substring(s.start(), s.end()));
                assertThat(s.probability()).isBetween(0.0, 1.0);
            }
        }
        return out;
    }

    @Test
    void findsPeopleOrganisationsAndPlacesWithCharacterOffsets() {
        String text = "German Chancellor Angela Merkel told Reuters in Berlin on Monday that the plant would stay.";
        assertThat(found(text)).containsExactly("MISC:German", "PER:Angela Merkel", "ORG:Reuters", "LOC:Berlin");
    }

    @Test
    void possessivesAndHyphenatedWordsFromNewslintsTokeniser() {
        String text = "Microsoft's chief executive visited the New York Stock Exchange with a French-born engineer.";
        List<String> f = found(text);
        assertThat(f).contains("ORG:Microsoft", "ORG:New York Stock Exchange");
    }

    /**
     * An editor's analysis after an edit before some sentences: they come as moved copies of the last analysis's
     * token lists ({@link Token#moved(List, int)}), and their names, taken from the last analysis, are moved with
     * them ({@link LastDocument}): the same as a fresh analysis, on the new text's characters.
     */
    @Test
    void movedSentencesGetTheirNamesMoved() {
        String text = "Angela Merkel met Emmanuel Macron in Paris. The United Nations said on Tuesday that Oxfam was"
                + " wrong. Boris Johnson visited Berlin with Microsoft.";
        List<List<Token>> before = tokens(text);
        NameFinder finder = NameFinder.shared();
        finder.findInDocument(before, true);
        int moved = 0;
        for (String added : new String[] {"Chancellor ", "", "The Chancellor "}) {
            String edited = added + text;
            List<List<Token>> now = new ArrayList<>();
            now.add(tokens(edited).get(0));
            for (List<Token> s : before.subList(1, before.size())) {
                now.add(Token.moved(s, added.length() - moved));
            }
            moved = added.length();
            List<List<NameSpan>> remembered = finder.findInDocument(now, true);
            assertThat(remembered).isEqualTo(finder.findInDocument(now, false));
            List<String> names = new ArrayList<>();
            for (NameSpan n : remembered.get(2)) {
                names.add(n.type() + ":" + edited.substring(n.start(), n.end()));
            }
            assertThat(names).contains("PER:Boris Johnson", "LOC:Berlin");
            before = now;
        }
    }

    @Test
    void emptySentenceFindsNothing() {
        assertThat(NameFinder.shared().find(List.of())).isEmpty();
    }

    @Test
    void threadsGetTheSameAnswers() throws Exception {
        String text =
                "Boris Johnson met Emmanuel Macron in Paris. The United Nations said on Tuesday that Oxfam was wrong.";
        List<String> expected = found(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<String>>> results = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                results.add(pool.submit(() -> found(text)));
            }
            for (Future<List<String>> r : results) {
                assertThat(r.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void aDocumentsNamesDoNotDependOnTheDocumentTaggedBefore() {
        String text = "Magna said on Monday it would buy the plant. Magna shares rose.";
        List<String> alone = found(text);
        found("Magna Carta was sealed by King John. Magna was a word in Latin.");
        assertThat(found(text)).isEqualTo(alone);
    }
}
