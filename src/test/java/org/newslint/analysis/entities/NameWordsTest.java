package org.newslint.analysis.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newslint.nlp.Token;

class NameWordsTest {
    private static final String[] WORDS = {"Kim", "Seoul", "UN", "iPhone", "eBay", "Obama", "Paris", "the", "said"};
    private static final String[] TAGS = {"PROPN", "PROPN", "NOUN", "VERB"};

    /** A sentence of random words and tags (its first token never counts). */
    private static List<Token> sentence(Random random) {
        List<Token> toks = new ArrayList<>();
        int n = random.nextInt(6);
        for (int i = 0; i < n; i++) {
            String w = WORDS[random.nextInt(WORDS.length)];
            toks.add(new Token(i * 10, i * 10 + w.length(), w, TAGS[random.nextInt(TAGS.length)], w, List.of(w)));
        }
        return toks;
    }

    /** What EntityFinder builds from scratch: the proper nouns after each sentence's first token. */
    private static Set<String> fresh(List<List<Token>> sentences) {
        Set<String> words = new HashSet<>();
        for (List<Token> toks : sentences) {
            for (int i = 1; i < toks.size(); i++) {
                if (toks.get(i).isProperNoun()) {
                    words.add(toks.get(i).text());
                }
            }
        }
        return words;
    }

    @Test
    void replacingSentencesGivesTheWordsOfTheNewSentencesAndTheWordsThatChanged() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            List<List<Token>> sentences = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                sentences.add(sentence(random));
            }
            NameWords words = new NameWords();
            for (List<Token> s : sentences) {
                words.add(s, null);
            }
            for (int edit = 0; edit < 5; edit++) {
                Set<String> was = new HashSet<>(words.words());
                int from = random.nextInt(sentences.size() + 1);
                int to = from + random.nextInt(sentences.size() - from + 1);
                Map<String, Boolean> before = new HashMap<>();
                List<List<Token>> replaced = new ArrayList<>(sentences.subList(0, from));
                for (int j = from; j < to; j++) {
                    words.remove(sentences.get(j), before);
                }
                for (int k = 0; k < random.nextInt(3); k++) {
                    List<Token> s = sentence(random);
                    words.add(s, before);
                    replaced.add(s);
                }
                replaced.addAll(sentences.subList(to, sentences.size()));
                sentences = replaced;
                Set<String> now = fresh(sentences);
                assertEquals(now, words.words());
                Set<String> changed = new HashSet<>(now);
                changed.removeAll(was);
                for (String w : was) {
                    if (!now.contains(w)) {
                        changed.add(w);
                    }
                }
                assertEquals(changed, words.changedSince(before));
                boolean uncapitalised = now.stream().anyMatch(w -> !NameWords.startsWithCapital(w));
                assertEquals(uncapitalised, words.anyUncapitalised());
            }
        }
    }

    @Test
    void countingOutASentenceNeverCountedInIsAnError() {
        NameWords words = new NameWords();
        List<Token> s = List.of(
                new Token(0, 3, "Kim", "PROPN", "Kim", List.of("Kim")),
                new Token(4, 9, "Seoul", "PROPN", "Seoul", List.of("Seoul")));
        assertThrows(IllegalStateException.class, () -> words.remove(s, new HashMap<>()));
    }
}
