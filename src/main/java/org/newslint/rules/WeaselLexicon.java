package org.newslint.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.text.WordList;

/**
 * The word lists behind the weasel patterns, read once from weasel-wording.txt and
 * agentless-passives.txt, so that the pattern families share one copy and a newsroom can widen
 * them without touching code. Entries are lower-cased; questions are kept as written.
 */
final class WeaselLexicon {
    /** Verbs of saying and believing a vague subject can take: "Critics say", "Some argue". */
    final Set<String> verbs = new HashSet<>();
    /** Leading quantifiers, longest first, so "a number of" wins over a shorter reading. */
    final List<List<String>> quantifiers = new ArrayList<>();
    /** Nouns that name a vague group on their own: "experts", "critics". */
    final Set<String> groups = new HashSet<>();
    /** Heads after a quantifier that say when or how often, not who: "several times", "some cases". */
    final Set<String> notGroups = new HashSet<>();
    /** Vague reference heads ("studies") and the question each one asks. */
    final Map<String, String> references = new HashMap<>();
    /** Verbs a vague reference takes: "Studies show", "Legend has it". */
    final Set<String> referenceVerbs = new HashSet<>();
    /** Adverbs of attribution ("reportedly") and their questions. */
    final Map<String, String> adverbs = new HashMap<>();
    /** Fixed vague-reference phrases ("contrary to popular belief"), as words. */
    final List<List<String>> phrases = new ArrayList<>();
    /** {@code phrases} by their first word, each list in the order of {@code phrases}. */
    final Map<String, List<List<String>>> phrasesByFirstWord = new HashMap<>();
    /** The question of each fixed phrase, keyed by its words joined with spaces. */
    final Map<String, String> phraseQuestions = new HashMap<>();
    /** Participles of hearsay and the frames they are hearsay in ("it", "to", "as", "clause", "end", "adverb"). */
    final Map<String, Set<String>> participleFrames = new HashMap<>();
    /** Questions worded for a participle where "Who <verb>s this?" would read badly. */
    final Map<String, String> participleQuestions = new HashMap<>();
    /** Adverbs that make a participle a view held by the many: "widely", "generally". */
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
        for (List<String> phrase : phrases) {
            phrasesByFirstWord
                    .computeIfAbsent(phrase.get(0), k -> new ArrayList<>())
                    .add(phrase);
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
