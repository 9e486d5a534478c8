package org.newslint.analysis.attribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.entities.EntityMemory;
import org.newslint.analysis.lexicon.Lexicons;
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
 * An editor's attributor takes the last analysis's cues, stance cues and "he"/"she" answers where what they
 * read is as it was ({@link LastAttribution}), and answers exactly as a fresh one: after edits typed in one
 * place (the shared start and end) and after edits that move from place to place (the moved block between
 * the last two), which add and remove names, titles and descriptions (the entity table), quotation marks,
 * pronouns, reporting verbs, outlets and the words they hang on, the answers are compared sentence by
 * sentence and pronoun by pronoun; and the memory is used (answers taken, in each kind of edit).
 */
class LastAttributionTest {
    private static final Lexicons LEX = Lexicons.shared();

    private static final String[] PARAGRAPHS = {
        "Maria Jensen, the mayor of Lyndale, said the water plan would cost $4 million. She added that the council"
                + " agreed.",
        "\"We will not wait,\" she said on Tuesday. According to the Lyndale Courier, the agency declined to comment.",
        "Tomas Varga opposed the deal. He told reporters that an audit found that the pipes were old.",
        "The newspaper reported that the governor wants a recount, and he said so again.",
        "Governor Lukas Ebner, a former farmer, said he would sign. The governor later told the Courier he was sure.",
        "An official, who spoke on condition of anonymity, said the report shows a deficit. It is believed that"
                + " costs rose.",
        "Jensen said she would ask the Lyndale Water Agency. The agency said it would answer, and they agreed.",
        "\"It is a good plan,\" said Jensen, \"and we mean it.\" She smiled. He did not.",
        "Varga, 52, of Lyndale, said the vote was rushed. He said Jensen knew it. She denied that.",
        "The report means that rates will rise. A study in the region suggests the opposite, Varga said.",
    };
    private static final String[] INSERTS = {
        " said",
        " he",
        " she",
        " He said",
        "\"",
        " according to",
        " Maria Jensen",
        " Ms. Jensen",
        " Governor",
        " the newspaper",
        " the agency",
        " Lyndale",
        ", a spokeswoman,",
        " Anna Berg said",
        ".",
        " reported",
        " opposed",
        " x",
    };

    private record Answers(
            List<List<Attributor.CueHit>> cues,
            List<List<Attributor.CueHit>> stances,
            List<EntityFinder.MentionRef> pronouns) {}

    /** What the analysis asks, in its order (cues, then stance cues), and every "he"/"she" after that. */
    private static Answers ask(Attributor attributor, List<List<Token>> sentences) {
        List<List<Attributor.CueHit>> cues = new ArrayList<>();
        for (List<Token> toks : sentences) {
            cues.add(attributor.cues(toks));
        }
        List<List<Attributor.CueHit>> stances = new ArrayList<>();
        for (List<Token> toks : sentences) {
            stances.add(attributor.stanceCues(toks));
        }
        List<EntityFinder.MentionRef> pronouns = new ArrayList<>();
        for (List<Token> toks : sentences) {
            for (Token t : toks) {
                if (PersonReferents.isHeOrShe(t)) {
                    pronouns.add(attributor.resolvePronoun(t));
                }
            }
        }
        return new Answers(cues, stances, pronouns);
    }

    @Test
    void anEditorsAttributorTakesTheLastAnswersWhereTheirReadsAreAsTheyWereAndAnswersAsAFreshOne() {
        CachingPipeline tagging =
                new CachingPipeline((t, p) -> OpenNlpPipeline.shared().sentences(t, p), 4096);
        SentenceSplitter splitter = new SentenceSplitter(tagging, LEX, true);
        EntityMemory entityMemory = new EntityMemory(LEX);
        AttributionMemory memory = new AttributionMemory(LEX);
        Random random = new Random(11);
        StringBuilder base = new StringBuilder(String.join("\n\n", PARAGRAPHS));
        int[] takenCues = new int[2];
        int[] takenAnswers = new int[2];
        int compared = 0;
        for (int version = 1; version <= 160; version++) {
            // typed in one place (the base text changes), or inserted somewhere into the base text as it is
            boolean moving = version % 3 == 0;
            String text;
            int at = random.nextInt(base.length() + 1);
            String insert = INSERTS[random.nextInt(INSERTS.length)];
            if (moving) {
                text = base.substring(0, at) + insert + base.substring(at);
            } else {
                if (random.nextInt(3) == 0 && at + 12 <= base.length()) {
                    base.delete(at, at + 1 + random.nextInt(12));
                } else {
                    base.insert(at, insert);
                }
                text = base.toString();
            }
            SentenceSplitter.SplitArticle split = splitter.split(
                    new Document("file:///last.txt", version, text, DocumentFormat.PLAIN_TEXT),
                    Settings.defaults(),
                    () -> false);
            Prose prose = split.prose();
            List<List<Token>> sentences = new ArrayList<>();
            for (SentenceDraft d : split.sentences()) {
                sentences.add(d.sentence().tokens());
            }
            EntityFinder.Result entities = new EntityFinder(LEX, prose.original(), entityMemory)
                    .find(split.sentences(), NameFinder.shared().findInDocument(sentences));
            List<TextRange> contents = new ArrayList<>();
            for (QuoteFinder.RawQuote q : QuoteFinder.find(prose).quotes()) {
                contents.add(q.content());
            }
            Answers fresh = ask(new Attributor(LEX, prose, entities, contents, sentences), sentences);
            Attributor editor = new Attributor(LEX, prose, entities, contents, sentences, memory);
            Answers remembered = ask(editor, sentences);
            assertEquals(fresh.cues(), remembered.cues(), "cues, version " + version + ":\n" + text);
            assertEquals(fresh.stances(), remembered.stances(), "stance cues, version " + version + ":\n" + text);
            assertEquals(fresh.pronouns(), remembered.pronouns(), "he/she, version " + version + ":\n" + text);
            takenCues[moving ? 1 : 0] += editor.taken;
            takenAnswers[moving ? 1 : 0] += editor.takenAnswers();
            compared += sentences.size();
        }
        assertTrue(compared > 3000, "sentences compared: " + compared);
        assertTrue(takenCues[0] > 1000 && takenCues[1] > 500, "cue lists taken: " + takenCues[0] + ", " + takenCues[1]);
        assertTrue(
                takenAnswers[0] > 300 && takenAnswers[1] > 100,
                "pronoun answers taken: " + takenAnswers[0] + ", " + takenAnswers[1]);
    }
}
