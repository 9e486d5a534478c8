package org.newslint.nlp.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newslint.nlp.Token;

/**
 * Turns a tagged sentence into the string features the check-worthiness model reads, grouped by
 * prefix ({@code w=} words, {@code b=} word bigrams, {@code l=} lemmas, {@code start=} opening words,
 * {@code f:} flags) so a group can be left out when measuring what it contributes. POS-tag unigrams
 * and bigrams were measured and left out: cross-validated F1 0.758 with them, 0.759 without.
 */
public final class ClaimFeatures {
    private static final Pattern DIGITS = Pattern.compile(".*\\d.*");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d(s)?|'\\d\\ds");
    private static final Set<String> FIRST_PERSON =
            Set.of("i", "we", "me", "us", "my", "our", "mine", "ours", "myself", "ourselves");
    private static final Set<String> SECOND_PERSON = Set.of("you", "your", "yours", "yourself", "yourselves");
    private static final Set<String> MODALS =
            Set.of("will", "would", "should", "could", "can", "may", "might", "must", "shall", "'ll", "wo", "ca");
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nobody", "nothing", "none");
    private static final Set<String> NUMBER_WORDS = Set.of(
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
            "billion",
            "billions",
            "trillion",
            "trillions",
            "percent",
            "dozen",
            "dozens",
            "half",
            "twice",
            "double",
            "doubled",
            "tripled",
            "quarter",
            "third",
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
            "twenty",
            "thirty",
            "forty",
            "fifty");

    private ClaimFeatures() {}

    /** The features of one sentence (duplicates removed, order stable). */
    public static List<String> of(List<Token> tokens) {
        List<String> out = new ArrayList<>();
        List<String> words = new ArrayList<>();
        boolean number = false;
        boolean year = false;
        boolean percent = false;
        boolean money = false;
        boolean numberWord = false;
        boolean firstPerson = false;
        boolean secondPerson = false;
        boolean modal = false;
        boolean negation = false;
        boolean superlative = false;
        boolean comparative = false;
        int properNouns = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.isQuoteMark()) {
                continue;
            }
            if (t.isPunctuation() && !w.equals("?") && !w.equals("%") && !w.equals("!") && !w.equals("$")) {
                continue;
            }
            String shape = w;
            if (DIGITS.matcher(w).matches()) {
                if (YEAR.matcher(w).matches()) {
                    year = true;
                    shape = "<year>";
                } else {
                    number = true;
                    shape = "<num>";
                }
                if (w.startsWith("$")) {
                    money = true;
                }
                if (w.endsWith("%")) {
                    percent = true;
                }
            }
            if (w.equals("%") || w.equals("percent")) {
                percent = true;
            }
            if (w.equals("$") || w.equals("dollars")) {
                money = true;
            }
            numberWord |= NUMBER_WORDS.contains(w);
            firstPerson |= FIRST_PERSON.contains(w);
            secondPerson |= SECOND_PERSON.contains(w);
            modal |= MODALS.contains(w) && t.isVerb();
            negation |= NEGATIONS.contains(w);
            if (t.pos().equals("ADJ") || t.pos().equals("ADV")) {
                if (w.endsWith("est") && w.length() > 5
                        || w.equals("most")
                        || w.equals("least")
                        || w.equals("best")
                        || w.equals("worst")) {
                    superlative = true;
                }
                if (w.endsWith("er") && w.length() > 4
                        || w.equals("more")
                        || w.equals("less")
                        || w.equals("fewer")
                        || w.equals("better")
                        || w.equals("worse")) {
                    comparative = true;
                }
            }
            if (t.isProperNoun()) {
                properNouns++;
            }
            words.add(shape);
            out.add("w=" + shape);
            if (!shape.startsWith("<") && (t.isVerb() || t.isNoun() || t.pos().equals("ADJ"))) {
                out.add("l=" + t.lemma());
            }
        }
        String previous = "<s>";
        for (String w : words) {
            out.add("b=" + previous + "_" + w);
            previous = w;
        }
        out.add("b=" + previous + "_</s>");
        if (!words.isEmpty()) {
            out.add("start=" + words.get(0));
            out.add("start=" + words.get(0) + "_" + (words.size() > 1 ? words.get(1) : "</s>"));
        }
        addFlag(out, number, "number");
        addFlag(out, year, "year");
        addFlag(out, percent, "percent");
        addFlag(out, money, "money");
        addFlag(out, numberWord, "number-word");
        addFlag(out, firstPerson, "first-person");
        addFlag(out, secondPerson, "second-person");
        addFlag(out, modal, "modal");
        addFlag(out, negation, "negation");
        addFlag(out, superlative, "superlative");
        addFlag(out, comparative, "comparative");
        out.add("f:proper-nouns=" + Math.min(properNouns, 3));
        int n = words.size();
        out.add("f:length=" + (n <= 5 ? "0-5" : n <= 10 ? "6-10" : n <= 20 ? "11-20" : n <= 35 ? "21-35" : "36+"));
        return out.stream().distinct().toList();
    }

    private static void addFlag(List<String> out, boolean on, String name) {
        if (on) {
            out.add("f:" + name);
        }
    }
}
