package org.newslint.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.HouseLists;
import org.newslint.analysis.model.Settings;
import org.newslint.analysis.quotes.QuoteFinder;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.analysis.sentences.SentenceSplitter;
import org.newslint.nlp.CachingPipeline;
import org.newslint.nlp.OpenNlpPipeline;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameFinder;
import org.newslint.text.Document;
import org.newslint.text.DocumentFormat;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * An editor's attributor, which takes each sentence's word-level facts from {@link AttributionMemory}
 * when its token list is a recent analysis's, finds the cues and stance cues a fresh attributor finds,
 * after edits that add and remove reporting verbs and phrases, pronouns, names, quotation marks and
 * "an"; and the memory does answer unmoved paragraphs with what it found for them before.
 */
class AttributionMemoryTest {
    private static final Lexicons LEX = Lexicons.shared();

    private static final String[] PARAGRAPHS = {
        "Maria Jensen, the mayor of Lyndale, said the water plan would cost $4 million. She added that the council"
                + " agreed.",
        "\"We will not wait,\" she said on Tuesday. According to the Lyndale Courier, the agency declined to comment.",
        "Tomas Varga opposed the deal. He told reporters that an audit found that the pipes were old.",
        "The newspaper reported that the governor wants a recount, and he said so again.",
        "An official, who spoke on condition of anonymity, said the report shows a deficit. It is believed that"
                + " costs rose.",
        "The report means that rates will rise. A study in the region suggests the opposite.",
        "Officials say the plan is sound. \"It is a good plan,\" said Jensen, \"and we mean it.\"",
    };
    private static final String[] INSERTS = {
        " said",
        " he",
        " she",
        "\"",
        " according to",
        " an",
        " found that",
        " Maria Jensen",
        " declined to comment",
        " the agency",
        " It",
        ".",
        " reported",
        " opposed"
    };

    private record Found(
            List<List<Attributor.CueHit>> cues, List<List<Attributor.CueHit>> stances, List<AttributedBy> unnamed) {}

    /** What the analysis asks the attributor, in its order: the cues, then per sentence stance and reason. */
    private static Found cues(Attributor attributor, List<SentenceDraft> drafts) {
        List<List<Attributor.CueHit>> cues = new ArrayList<>();
        List<List<Attributor.CueHit>> stances = new ArrayList<>();
        List<AttributedBy> unnamed = new ArrayList<>();
        for (SentenceDraft d : drafts) {
            cues.add(attributor.cues(d.sentence().tokens()));
        }
        for (SentenceDraft d : drafts) {
            List<Token> toks = d.sentence().tokens();
            stances.add(attributor.stanceCues(toks));
            // without the sentence's own cues, so that the cue-word reason is reached
            unnamed.add(attributor.attributionWithoutSource(toks, d.sentence().range(), List.of(), 0));
        }
        return new Found(cues, stances, unnamed);
    }

    @Test
    void anEditorsAttributorFindsWhatAFreshOneFindsAfterEdits() {
        SentenceSplitter splitter = new SentenceSplitter(
                new CachingPipeline((t, p) -> OpenNlpPipeline.shared().sentences(t, p), 4096), LEX, true);
        AttributionMemory memory = new AttributionMemory(LEX);
        Random random = new Random(7);
        StringBuilder text = new StringBuilder(String.join("\n\n", PARAGRAPHS));
        Map<List<Token>, AttributionMemory.Words> before = new IdentityHashMap<>();
        int reused = 0;
        int withCues = 0;
        int cueWordReasons = 0;
        int stanceHits = 0;
        for (int version = 1; version <= 40; version++) {
            if (version > 1) {
                int at = random.nextInt(text.length() + 1);
                if (random.nextInt(3) == 0 && at + 12 <= text.length()) {
                    text.delete(at, at + 1 + random.nextInt(12));
                } else {
                    text.insert(at, INSERTS[random.nextInt(INSERTS.length)]);
                }
            }
            SentenceSplitter.SplitArticle split = splitter.split(
                    new Document("file:///memory.txt", version, text.toString(), DocumentFormat.PLAIN_TEXT),
                    Settings.defaults(),
                    () -> false);
            Prose prose = split.prose();
            List<List<Token>> sentences = new ArrayList<>();
            for (SentenceDraft d : split.sentences()) {
                sentences.add(d.sentence().tokens());
            }
            EntityFinder.Result entities = new EntityFinder(LEX, prose.original())
                    .find(split.sentences(), NameFinder.shared().findInDocument(sentences));
            List<TextRange> contents = new ArrayList<>();
            for (QuoteFinder.RawQuote q : QuoteFinder.find(prose).quotes()) {
                contents.add(q.content());
            }
            Found fresh = cues(new Attributor(LEX, prose, entities, contents, sentences), split.sentences());
            Found remembered =
                    cues(new Attributor(LEX, prose, entities, contents, sentences, memory), split.sentences());
            assertEquals(fresh, remembered, "version " + version + ":\n" + text);
            assertEquals(fresh.cues(), everyToken(prose, entities, contents, sentences), "version " + version);
            // asked again for the same sentences, the memory answers with the facts the attributor used
            AttributionMemory.Words[] found = memory.wordsFor(sentences);
            for (int s = 0; s < sentences.size(); s++) {
                List<Token> toks = sentences.get(s);
                if (before.containsKey(toks)) {
                    assertSame(before.get(toks), found[s], "an unmoved sentence's facts are the ones found before");
                    reused++;
                }
                assertSameFacts(AttributionMemory.compute(LEX, toks), found[s]);
            }
            for (List<Attributor.CueHit> hits : fresh.cues()) {
                withCues += hits.isEmpty() ? 0 : 1;
            }
            for (List<Attributor.CueHit> hits : fresh.stances()) {
                stanceHits += hits.size();
            }
            for (AttributedBy by : fresh.unnamed()) {
                cueWordReasons += by != null && by.basis() == AttributedBy.Basis.CUE_WORD ? 1 : 0;
            }
            before.clear();
            for (int s = 0; s < sentences.size(); s++) {
                before.put(sentences.get(s), found[s]);
            }
        }
        assertTrue(reused > 50, "unmoved sentences were answered from memory: " + reused);
        assertTrue(withCues > 100, "the edits keep cues to compare: " + withCues);
        assertTrue(cueWordReasons > 40, "and cue words: " + cueWordReasons);
        assertTrue(stanceHits > 20, "and stance cues: " + stanceHits);
    }

    /**
     * The cues a finder finds when it asks every token, as it did before it passed over the tokens
     * {@link CueWords#candidates} leaves out, wired as {@link Attributor} wires it.
     */
    private static List<List<Attributor.CueHit>> everyToken(
            Prose prose, EntityFinder.Result entities, List<TextRange> contents, List<List<Token>> sentences) {
        Reads reads = new Reads(entities);
        QuoteSpans quotes = new QuoteSpans(contents, reads);
        AttributionMemory.Words[] words = new AttributionMemory.Words[sentences.size()];
        for (int s = 0; s < words.length; s++) {
            words[s] = CueWords.everyToken(LEX, sentences.get(s));
        }
        TimeExpressions times = new TimeExpressions(LEX, reads);
        Coreference coreference = new Coreference(LEX, prose, entities, quotes, times, sentences, words, reads, null);
        NounPhrases nounPhrases = new NounPhrases(LEX, reads, quotes, coreference, times);
        SourceFinder sources = new SourceFinder(quotes, nounPhrases, times);
        CueFinder finder =
                new CueFinder(LEX, prose, quotes, sources, nounPhrases, toks -> CueWords.everyToken(LEX, toks));
        List<List<Attributor.CueHit>> out = new ArrayList<>();
        for (List<Token> toks : sentences) {
            out.add(finder.cues(toks));
        }
        return out;
    }

    private static void assertSameFacts(AttributionMemory.Words expected, AttributionMemory.Words actual) {
        assertArrayEquals(expected.cueCandidates(), actual.cueCandidates());
        assertArrayEquals(expected.phraseLengths(), actual.phraseLengths());
        assertArrayEquals(expected.lemmaBits(), actual.lemmaBits());
        assertArrayEquals(expected.heOrShe(), actual.heOrShe());
        assertArrayEquals(expected.cueWords(), actual.cueWords());
        assertArrayEquals(expected.mainVerbs(), actual.mainVerbs());
        assertArrayEquals(expected.stanceVerbs(), actual.stanceVerbs());
    }

    /**
     * The facts hang on the lexicon: a desk's reporting verb ("blog") is a cue with the desk's lexicon
     * only, also when the two lexicons take turns (the finders' tables are kept for the last lexicon), and
     * a memory made for one lexicon is not used with the other.
     */
    @Test
    void quotedWordsAreWorkedOutOncePerSentenceText() {
        AttributionMemory memory = new AttributionMemory(LEX);
        int[] asked = new int[1];
        java.util.function.Predicate<String> test = t -> {
            asked[0]++;
            return t.contains("\"We");
        };
        String quoting = "\"We will not back down,\" Lopez said.";
        String titled = "She read \"Dune\" again.";
        assertTrue(memory.carriesQuotedWords(quoting, test));
        assertEquals(false, memory.carriesQuotedWords(titled, test));
        assertTrue(memory.carriesQuotedWords(new String(quoting.toCharArray()), test));
        assertEquals(false, memory.carriesQuotedWords(titled, test));
        assertEquals(2, asked[0], "one question per distinct text");
    }

    @Test
    void factsAndTablesFollowTheLexicon() {
        Lexicons desk = LEX.with(new HouseLists(Set.of("blog"), List.of()));
        AttributionMemory memory = new AttributionMemory(LEX);
        assertSame(memory, memory.forLexicon(LEX));
        assertNull(memory.forLexicon(desk));
        AttributionStage stage = AttributionStage.of("Maria Jensen blogged that the plan was sound.\n");
        List<List<Token>> sentences = List.of(stage.tokens(0));
        List<TextRange> contents = List.of();
        for (int turn = 0; turn < 3; turn++) {
            Attributor shipped = new Attributor(LEX, stage.prose, stage.entities, contents, sentences, memory);
            Attributor desks = new Attributor(desk, stage.prose, stage.entities, contents, sentences, memory);
            assertTrue(
                    shipped.cues(stage.tokens(0)).stream()
                            .noneMatch(h -> h.cue().text().equals("blogged")),
                    "not a cue with the shipped lexicon");
            assertTrue(
                    desks.cues(stage.tokens(0)).stream()
                            .anyMatch(h -> h.cue().text().equals("blogged")),
                    "a cue with the desk's lexicon");
        }
    }

    @Test
    void aSentenceMovedByAnEditTakesTheFactsOfItsUnmovedSelfAndOnlyWhenItsWordsAreEqual() {
        AttributionMemory memory = new AttributionMemory(LEX);
        List<Token> first = tokens("The mayor said the bridge would reopen.");
        List<Token> second = Token.moved(tokens("He told reporters it was safe."), 41);
        AttributionMemory.Words[] was = memory.wordsFor(List.of(first, second));
        // one character typed before both: the tagging cache hands back shifted copies sharing every string
        List<Token> typed = tokens("The mayor says the bridge would reopen.");
        AttributionMemory.Words[] now = memory.wordsFor(List.of(typed, Token.moved(second, 1)));
        assertSame(was[1], now[1], "the moved sentence's facts are the ones found before");
        assertSameFacts(AttributionMemory.compute(LEX, typed), now[0]);
        // a moved sentence with another lemma is found anew
        List<Token> other = new ArrayList<>(Token.moved(second, 1));
        Token told = other.get(1);
        other.set(
                1,
                new Token(
                        told.start(), told.end(), told.text(), told.pos(), "tell-other", told.lemmas(), told.lower()));
        AttributionMemory.Words[] after = memory.wordsFor(List.of(typed, other));
        assertTrue(after[1] != now[1], "a sentence whose lemma differs is not taken from the last analysis");
    }

    private static List<Token> tokens(String sentence) {
        return OpenNlpPipeline.shared()
                .sentences(sentence, new TextRange(0, sentence.length()))
                .get(0)
                .tokens();
    }
}
