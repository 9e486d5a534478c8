package org.newslint.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.Analyzer;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Settings;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.Document;
import org.newslint.text.TextRange;

/**
 * The {@link SentenceLocal} contract: a rule's judgement of a sentence is remembered by its
 * {@link LocalSentence}, so the same sentence in a document whose context differs must still get
 * what a fresh analysis gives it, per rule family: the document-level conditions (a paragraph that
 * names a person, a quotation around the sentence) are applied afresh, and what the key holds (a
 * source resolved to an entity or not) tells the two sentences apart.
 */
class SentenceLocalRulesTest {
    private static final Analyzer.Config CACHED = Analyzer.Config.builder().build();

    /** Analyses {@code first} then {@code second} with one remembering checker; {@code second} must equal a fresh analysis. */
    private static Outcome firstThen(String first, String second) {
        Checker remembering = new Checker(new Analyzer(CACHED), Rules.ALL);
        Checker fresh = new Checker(CACHED.toBuilder().freshTagging().analyzer(), Rules.ALL);
        ArticleAnalysis a = remembering.check(doc(first, 1), Settings.defaults());
        assertThat(a.findings())
                .isEqualTo(fresh.check(doc(first, 1), Settings.defaults()).findings());
        long before = remembering.rememberedJudgements();
        ArticleAnalysis b = remembering.check(doc(second, 2), Settings.defaults());
        long hits = remembering.rememberedJudgements() - before;
        assertThat(fresh.rememberedJudgements())
                .as("a fresh checker remembers nothing")
                .isEqualTo(-1);
        assertThat(b.findings())
                .as("the second document after the first, against a fresh analysis")
                .isEqualTo(fresh.check(doc(second, 2), Settings.defaults()).findings());
        return new Outcome(a, b, hits);
    }

    private record Outcome(ArticleAnalysis first, ArticleAnalysis second, long hits) {
        List<String> rulesAt(ArticleAnalysis a, String sentence) {
            int at = a.document().text().indexOf(sentence);
            TextRange r = new TextRange(at, at + sentence.length());
            return a.findings().stream()
                    .filter(f -> r.contains(f.range()))
                    .map(Finding::rule)
                    .toList();
        }
    }

    private static Document doc(String text, int version) {
        return new Document("file:///t" + version + ".txt", version, text, org.newslint.text.DocumentFormat.PLAIN_TEXT);
    }

    @Test
    void vagueSourceAnAnonymousSourceYieldsToAPersonNamedInItsParagraph() {
        String sentence = "Officials said the bridge would close.";
        Outcome o =
                firstThen(sentence + "\n", "Health Minister Jane Doe visited the bridge on Monday. " + sentence + "\n");
        assertThat(o.rulesAt(o.first(), sentence)).contains(VagueSource.ID);
        assertThat(o.rulesAt(o.second(), sentence)).doesNotContain(VagueSource.ID);
        assertThat(o.hits())
                .as("the sentence was remembered, the condition applied afresh")
                .isPositive();
    }

    @Test
    void bothFamiliesWeaselsAndHedgesInsideAQuotationAreTheSpeakers() {
        String sentence = "Critics say the bridge may be closed.";
        String hedge = "Repairs may take years.";
        Outcome o = firstThen(
                sentence + " " + hedge + "\n",
                "The mayor spoke: \"The river is high. " + sentence + " " + hedge + " We wait,\" she said.\n");
        assertThat(o.rulesAt(o.first(), sentence)).contains(VagueSource.ID);
        assertThat(o.rulesAt(o.first(), hedge)).contains(VagueWording.ID);
        assertThat(o.rulesAt(o.second(), sentence)).doesNotContain(VagueSource.ID);
        assertThat(o.rulesAt(o.second(), hedge)).doesNotContain(VagueWording.ID);
    }

    @Test
    void vagueWordingASourceResolvedToAPersonOwnsTheHedge() {
        String sentence = "It may rain on Friday, he said.";
        Outcome o = firstThen(sentence + "\n", "John Smith is a forecaster in Oslo. " + sentence + "\n");
        SentenceInfo alone = o.first().sentences().get(0);
        SentenceInfo named = o.second().sentences().get(o.second().sentences().size() - 1);
        assertThat(alone.attributions().get(0).source().entityId()).isNull();
        assertThat(named.attributions().get(0).source().entityId()).isNotNull();
        assertThat(LocalSentence.of(alone, o.first().document().text()))
                .as("the key tells an unresolved source from a resolved one")
                .isNotEqualTo(LocalSentence.of(named, o.second().document().text()));
        assertThat(o.rulesAt(o.first(), sentence)).contains(VagueWording.ID);
        assertThat(o.rulesAt(o.second(), sentence)).doesNotContain(VagueWording.ID);
    }

    @Test
    void theSameSentenceElsewhereIsTheSameKeyAndItsFindingsMoveWithIt() {
        String sentence = "Experts say the bridge is unsafe.";
        Checker checker = new Checker(new Analyzer(CACHED), Rules.ALL);
        ArticleAnalysis a = checker.check(doc(sentence + "\n", 1), Settings.defaults());
        ArticleAnalysis b = checker.check(doc("The ferry left at noon.\n\n" + sentence + "\n", 2), Settings.defaults());
        LocalSentence ka = LocalSentence.of(a.sentences().get(0), a.document().text());
        LocalSentence kb = LocalSentence.of(b.sentences().get(1), b.document().text());
        assertThat(ka).isEqualTo(kb).hasSameHashCodeAs(kb);
        assertThat(ka.tokens()).isEqualTo(kb.tokens());
        assertThat(ka.detached()).isEqualTo(kb).hasSameHashCodeAs(kb);
        assertThat(ka.tokens().get(0).start()).isZero();
        int shift = b.document().text().indexOf(sentence);
        List<TextRange> inA = a.findings().stream()
                .filter(f -> f.rule().equals(VagueSource.ID))
                .map(Finding::range)
                .toList();
        List<TextRange> inB = b.findings().stream()
                .filter(f -> f.rule().equals(VagueSource.ID))
                .map(Finding::range)
                .toList();
        assertThat(inA).isNotEmpty();
        assertThat(inB)
                .isEqualTo(inA.stream()
                        .map(r -> new TextRange(r.start() + shift, r.end() + shift))
                        .toList());
        // the original text is part of the key: a curly apostrophe is not a straight one, whatever the prose
        ArticleAnalysis c = checker.check(doc("Experts say the bridge\u2019s unsafe.\n", 3), Settings.defaults());
        ArticleAnalysis d = checker.check(doc("Experts say the bridge's unsafe.\n", 4), Settings.defaults());
        assertThat(LocalSentence.of(c.sentences().get(0), c.document().text()))
                .isNotEqualTo(
                        LocalSentence.of(d.sentences().get(0), d.document().text()));
    }

    @Test
    void anExcerptOutsideTheWindowIsRefused() {
        Checker checker = new Checker(new Analyzer(CACHED), Rules.ALL);
        ArticleAnalysis a = checker.check(doc("Experts say so. The end.\n", 1), Settings.defaults());
        LocalSentence first =
                LocalSentence.of(a.sentences().get(0), a.document().text());
        assertThat(first.excerpt(new TextRange(0, 7), 50)).isEqualTo("Experts");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> first.excerpt(new TextRange(0, 20), 50))
                .isInstanceOf(IllegalArgumentException.class);
    }

    /** Sentence-local rules judge from their argument and what they were built with: no mutable state. */
    @Test
    void sentenceLocalRulesKeepNoMutableState() {
        List<Rule> local =
                Rules.ALL.stream().filter(r -> r instanceof SentenceLocal).toList();
        assertThat(local).extracting(Rule::id).contains(VagueSource.ID, VagueWording.ID);
        for (Rule rule : local) {
            for (Class<?> c = rule.getClass(); c != Object.class; c = c.getSuperclass()) {
                for (Field f : c.getDeclaredFields()) {
                    assertThat(Modifier.isFinal(f.getModifiers()))
                            .as("%s.%s is final", c.getSimpleName(), f.getName())
                            .isTrue();
                }
            }
        }
    }

    /**
     * The recent-analysis path of {@link SentenceMemo} takes a sentence's entry when the window's
     * characters are the same and {@link LocalSentence#sameApartFromText} holds: for every pair of
     * sentences of two related documents whose windows hold the same characters, that must be exactly
     * when their keys are equal (moved and unmoved sentences, a source resolved in one and not the other,
     * an attribution added).
     */
    @Test
    void sameApartFromTextIsKeyEqualityForWindowsWithTheSameCharacters() {
        Analyzer analyzer = new Analyzer(CACHED);
        String shared = "Smith said the plan failed. Officials said the plan failed. The plan failed.";
        String longer = "Officials met on Friday and talked for hours about the budget, the schools, the roads and"
                + " the harbour before they went home. The plan failed";
        String[] versions = {
            "Health Minister Jane Smith spoke on Friday.\n" + shared + "\nShe said the plan failed.\nThe plan failed",
            "Health Minister Jane Smith spoke on Friday.\n" + shared + "\nThe plan failed, experts said.\n" + longer,
            "A new first line.\n" + shared + "\nShe said the plan failed.\n" + longer,
            "Health Minister Jane Smith spoke on Friday.\n" + shared + "\n" + shared + "\nThe plan failed",
        };
        int equal = 0;
        int different = 0;
        for (String first : versions) {
            for (String second : versions) {
                List<SentenceInfo> a =
                        analyzer.analyze(doc(first, 1), Settings.defaults()).sentences();
                List<SentenceInfo> b =
                        analyzer.analyze(doc(second, 2), Settings.defaults()).sentences();
                for (SentenceInfo x : a) {
                    for (SentenceInfo y : b) {
                        long wx = LocalSentence.window(x);
                        long wy = LocalSentence.window(y);
                        int ox = (int) (wx >>> 32);
                        int oy = (int) (wy >>> 32);
                        int length = (int) wx - ox;
                        if ((int) wy - oy != length || !first.regionMatches(ox, second, oy, length)) {
                            continue;
                        }
                        boolean keys = LocalSentence.of(x, first).equals(LocalSentence.of(y, second));
                        assertThat(LocalSentence.sameApartFromText(x, ox, y, oy))
                                .as("%s | %s", first.substring(ox, ox + length), second)
                                .isEqualTo(keys);
                        if (keys) {
                            equal++;
                        } else {
                            different++;
                        }
                    }
                }
            }
        }
        assertThat(equal).isPositive();
        assertThat(different).as("same characters, different keys").isPositive();
    }

    /**
     * A sentence an edit moved has a token list moved from the last one ({@link Token#moved}): the key is the same
     * only when its window moved as far as its tokens, which {@link LocalSentence#sameApartFromText} tells from the
     * lists without reading a token; it must agree with key equality.
     */
    @Test
    void aMovedTokenListIsTheSameKeyOnlyWhereTheWindowMovedAsFarAsItsTokens() {
        List<Token> tokens = List.of(
                new Token(10, 13, "Kim", "PROPN", "Kim", List.of("Kim")),
                new Token(14, 18, "said", "VERB", "say", List.of("say")),
                new Token(18, 19, ".", "PUNCT", ".", List.of(".")));
        String text = "0123456789Kim said.      ";
        String later = "01234567890123Kim said.   ";
        SentenceInfo a = bare(new Sentence(new TextRange(10, 19), tokens));
        SentenceInfo moved = bare(new Sentence(new TextRange(14, 23), Token.moved(tokens, 4)));
        SentenceInfo back = bare(new Sentence(new TextRange(14, 23), Token.moved(Token.moved(tokens, 9), -5)));
        assertThat(LocalSentence.sameApartFromText(moved, 14, a, 10)).isTrue();
        assertThat(LocalSentence.sameApartFromText(back, 14, moved, 14)).isTrue();
        assertThat(LocalSentence.of(moved, later)).isEqualTo(LocalSentence.of(a, text));
        // windows moved one character more or less than the tokens: the tokens stand elsewhere in them
        assertThat(LocalSentence.sameApartFromText(moved, 13, a, 10)).isFalse();
        assertThat(LocalSentence.sameApartFromText(moved, 14, a, 9)).isFalse();
        assertThat(LocalSentence.sameApartFromText(back, 15, moved, 14)).isFalse();
        assertThat(LocalSentence.sameApartFromText(a, 10, a, 11)).isFalse();
        assertThat(LocalSentence.sameApartFromText(a, 10, a, 10)).isTrue();
    }

    private static SentenceInfo bare(Sentence sentence) {
        return new SentenceInfo(sentence, 0, List.of(), null, null, null, null, false, Double.NaN);
    }
}
