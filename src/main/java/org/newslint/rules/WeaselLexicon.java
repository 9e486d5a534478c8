package org.newslint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.text.WordList;

/** The word lists of the weasel patterns (weasel-wording.txt, agentless-passives.txt), loaded once. */
final class WeaselLexicon {
    static final Set<String> NUMBER_WORDS = Set.of(
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "dozen",
            "dozens",
            "million",
            "millions",
            "billion");
    /** Pronouns that point back to a group the article has already named ("most of them said"). */
    static final Set<String> ANAPHORS = Set.of("them", "us", "those", "these", "whom", "which", "it");

    static final Set<String> DEONTIC_MODALS = Set.of("should", "must", "ought", "shall");
    static final Set<String> WH_WORDS = Set.of("whether", "if", "what", "who", "how", "when", "where", "why");
    static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our");
    /** Copulas after which an adverb and participle still describe a claim: "It seems widely accepted that". */
    static final Set<String> COPULAS = Set.of("seem", "appear", "become", "remain");
    /** Words a subject noun phrase may contain besides determiners, adjectives, nouns and numbers. */
    static final Set<String> NOUN_PHRASE_LINKS = Set.of("of", "in", "and", "or", "'s", "'", "-");
    /** Words that introduce a named member of a vague group: "Critics, including Senator Jane Doe, say". */
    static final Set<String> NAMING_LINKS = Set.of("including", "among", "notably", "namely", "led", "such");

    final Set<String> verbs = new HashSet<>();
    final List<List<String>> quantifiers = new ArrayList<>();
    final Set<String> groups = new HashSet<>();
    final Set<String> notGroups = new HashSet<>();
    final Map<String, String> references = new HashMap<>();
    final Set<String> referenceVerbs = new HashSet<>();
    final Map<String, String> adverbs = new HashMap<>();
    final List<List<String>> phrases = new ArrayList<>();
    final Map<String, String> phraseQuestions = new HashMap<>();
    final Map<String, Set<String>> participleFrames = new HashMap<>();
    final Map<String, String> participleQuestions = new HashMap<>();
    final Set<String> vaguenessAdverbs = new HashSet<>();

    WeaselLexicon() {
        for (String[] row : WordList.rows("weasel-wording.txt")) {
            if (row.length < 2) {
                continue;
            }
            String words = row[1].toLowerCase(Locale.ROOT);
            String question = row.length > 2 ? row[2] : "Name the source.";
            switch (row[0]) {
                case "verb" -> verbs.add(words);
                case "quantifier" -> quantifiers.add(List.of(words.split(" ")));
                case "group" -> groups.add(words);
                case "not-group" -> notGroups.add(words);
                case "reference" -> references.put(words, question);
                case "reference-verb" -> referenceVerbs.add(words);
                case "adverb" -> adverbs.put(words, question);
                case "phrase" -> {
                    phrases.add(List.of(words.split(" ")));
                    phraseQuestions.put(words, question);
                }
                default -> throw new IllegalStateException("unknown weasel-wording category " + row[0]);
            }
        }
        // longest quantifier first, so "a number of" wins over a shorter reading
        quantifiers.sort((a, b) -> b.size() - a.size());
        for (String[] row : WordList.rows("agentless-passives.txt")) {
            if (row.length > 2 && row[0].equals("participle")) {
                participleFrames.put(row[1].toLowerCase(Locale.ROOT), Set.of(row[2].split(",")));
                if (row.length > 3) {
                    participleQuestions.put(row[1].toLowerCase(Locale.ROOT), row[3]);
                }
            } else if (row.length > 1 && row[0].equals("adverb")) {
                vaguenessAdverbs.add(row[1].toLowerCase(Locale.ROOT));
            }
        }
    }
}
