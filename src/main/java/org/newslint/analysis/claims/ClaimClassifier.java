package org.newslint.analysis.claims;

import java.util.BitSet;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newslint.analysis.attribution.Attributor;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.nlp.Token;
import org.newslint.nlp.claims.CheckWorthinessModel;

/**
 * Decides whether a sentence asserts something checkable and what kind of claim it is, so that
 * headings, questions, bylines and boilerplate are never flagged and figures rank above plain
 * assertions.
 */
public final class ClaimClassifier {
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d(s)?|'\\d\\ds");
    private static final Set<String> BIG_NUMBER_WORDS = Set.of(
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "million",
            "millions",
            "billion",
            "billions",
            "trillion",
            "percent",
            "per cent",
            "dozen",
            "dozens",
            "half",
            "double",
            "doubled",
            "tripled",
            "quarter",
            "third");
    private static final Set<String> DATE_PREPOSITIONS =
            Set.of("in", "since", "until", "by", "of", "from", "to", "before", "after", "during");

    /** Words ending in -est that are not superlatives, or not claims ("the latest figures"). */
    private static final Set<String> NOT_SUPERLATIVE = Set.of(
            "interest",
            "honest",
            "modest",
            "forest",
            "harvest",
            "protest",
            "request",
            "contest",
            "arrest",
            "suggest",
            "digest",
            "invest",
            "manifest",
            "conquest",
            "inquest",
            "behest",
            "earnest",
            "tempest",
            "latest",
            "unrest",
            "bequest",
            "divest",
            "attest",
            "detest",
            "molest");

    /** Sentences whose probability is remembered (a few long articles' worth). */
    private static final int REMEMBERED_SENTENCES = 8192;

    private final Lexicons lex;
    private final Supplier<CheckWorthinessModel> model;
    private final Map<Object, Double> remembered = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Object, Double> eldest) {
            return size() > REMEMBERED_SENTENCES;
        }
    });

    /** @param model the trained check-worthiness model, or null to decide by the rules alone */
    /** The causal phrases by their first word, so each token is compared with the few that can start there. */
    private final Map<String, List<List<String>>> causalByFirstWord = new java.util.HashMap<>();

    public ClaimClassifier(Lexicons lex, Supplier<CheckWorthinessModel> model) {
        this.lex = lex;
        this.model = model;
        for (List<String> phrase : lex.causalPhrases) {
            if (!phrase.isEmpty()) {
                causalByFirstWord
                        .computeIfAbsent(phrase.get(0), w -> new java.util.ArrayList<>())
                        .add(phrase);
            }
        }
    }

    /**
     * The model's probability that the sentence is check-worthy, NaN without a model. Probabilities
     * are remembered by sentence (words, tags, lemmas, kind and rule reason), so re-analysing after a
     * keystroke scores only the edited sentences.
     */
    public double probability(ClaimQuestion question) {
        if (model == null) {
            return Double.NaN;
        }
        Object key = question.memoKey();
        Double known = remembered.get(key);
        if (known != null) {
            return known;
        }
        double probability = model.get().probability(question.features());
        remembered.put(key, probability);
        return probability;
    }

    /** The model's decision threshold (chosen by cross-validation when it was trained); unused without a model. */
    public double threshold() {
        return model == null ? 1 : model.get().threshold();
    }

    /** Why this sentence is not a claim, or null when it is one. */
    public NonClaimReason sentenceReason(List<Token> toks, double quotedShare) {
        int end = toks.size() - 1;
        while (end >= 0 && toks.get(end).isQuoteMark()) {
            end--;
        }
        if (end >= 0 && toks.get(end).text().equals("?")) {
            return NonClaimReason.QUESTION;
        }
        if (end >= 0 && toks.get(end).text().equals(":")) {
            return NonClaimReason.INTRODUCTION; // "Readers can filter them with a command such as:"
        }
        boolean verb = false;
        for (Token t : toks) {
            if (t.isVerb()) {
                verb = true;
                break;
            }
        }
        int words = 0;
        for (Token t : toks) {
            if (!t.isPunctuation()) {
                words++;
            }
        }
        // the tagger misses verbs now and then ("carries" as a noun), so only short fragments count as verbless
        if (!verb && words <= 6) {
            return NonClaimReason.NO_VERB;
        }
        if (quotedShare >= 0.7) {
            return NonClaimReason.QUOTATION;
        }
        if (!toks.isEmpty()) {
            String opening =
                    toks.get(0).lower() + (toks.size() > 1 ? " " + toks.get(1).lower() : "");
            if (opening.equals("i think") || opening.equals("i believe") || opening.equals("in my")) {
                return NonClaimReason.OPINION;
            }
            // "I do wear a lot of black.", "We hire educated people.": the writer's or an interviewee's own
            // voice, outside quotation marks; a sourcing rule cannot judge it
            if (toks.get(0).text().equals("I")
                    || toks.get(0).text().equals("We")
                    || toks.size() > 2
                            && toks.get(1).text().equals(",")
                            && (toks.get(2).text().equals("I")
                                    || toks.get(2).lower().equals("we"))) {
                return NonClaimReason.FIRST_PERSON;
            }
        }
        return null;
    }

    public ClaimKind kind(List<Token> toks, Attributor attributor) {
        return kind(toks, quotedTokens(toks, attributor));
    }

    /** The tokens of {@code toks} that start inside a quotation's content, by index. */
    static BitSet quotedTokens(List<Token> toks, Attributor attributor) {
        BitSet quoted = new BitSet(toks.size());
        int n = toks.size();
        // a sentence's token starts ascend, so they all lie between its first and last: when no quotation covers
        // any offset there, no token is quoted (one lookup, and a moved sentence's tokens are not read)
        if (n > 0) {
            int first = Token.startOf(toks, 0);
            int last = Token.startOf(toks, n - 1);
            if (first <= last && attributor.noQuoteBetween(first, last)) {
                return quoted;
            }
        }
        for (int i = 0; i < n; i++) {
            if (attributor.insideQuote(Token.startOf(toks, i))) {
                quoted.set(i);
            }
        }
        return quoted;
    }

    /** The kind of claim, from the words outside quotations ({@code quoted}: the quoted tokens by index). */
    ClaimKind kind(List<Token> toks, BitSet quoted) {
        boolean number = false;
        boolean superlative = false;
        boolean causal = false;
        for (int i = 0; i < toks.size(); i++) {
            if (quoted.get(i)) {
                continue;
            }
            if (isFigure(toks, i)) {
                number = true;
            }
            if (isSuperlative(toks, i)) {
                superlative = true;
            }
            if (matchesCausal(toks, i)) {
                causal = true;
            }
        }
        if (number) {
            return ClaimKind.NUMBER;
        }
        if (superlative) {
            return ClaimKind.SUPERLATIVE;
        }
        if (causal) {
            return ClaimKind.CAUSAL;
        }
        return ClaimKind.ASSERTION;
    }

    private boolean isFigure(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.lower();
        if (w.equals("%") || w.startsWith("$") || w.startsWith("£") || w.startsWith("€")) {
            return true;
        }
        if (BIG_NUMBER_WORDS.contains(w) && (t.pos().equals("NUM") || t.pos().equals("NOUN"))) {
            return true;
        }
        boolean digits = false;
        for (int k = 0; k < w.length(); k++) {
            if (Character.isDigit(w.charAt(k))) {
                digits = true;
                break;
            }
        }
        if (!digits) {
            return false;
        }
        if (YEAR.matcher(w).matches()) {
            return false; // years date a claim rather than quantify it
        }
        if (w.matches("\\d{4}-\\d{2,4}")) {
            return false; // "1950-53"
        }
        Token prev = i > 0 ? toks.get(i - 1) : null;
        if (prev != null && (lex.calendarWords.contains(prev.text()))) {
            return false; // "July 4"
        }
        Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
        if (next != null && lex.calendarWords.contains(next.text())) {
            return false; // "4 July"
        }
        if (w.matches("\\d{1,2}(:\\d\\d)?")
                && next != null
                && (next.lower().startsWith("a.m") || next.lower().startsWith("p.m"))) {
            return false;
        }
        if (w.matches("\\d+(st|nd|rd|th)") && prev != null && DATE_PREPOSITIONS.contains(prev.lower())) {
            return false;
        }
        return true;
    }

    private boolean isSuperlative(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.lower();
        if (lex.superlatives.contains(w)
                && (t.pos().equals("ADJ") || t.pos().equals("ADV") || t.pos().equals("NOUN"))) {
            return !w.equals("most")
                    || i + 1 < toks.size() && toks.get(i + 1).pos().equals("ADJ");
        }
        return (t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("ADV"))
                && w.endsWith("est")
                && w.length() > 5
                && !NOT_SUPERLATIVE.contains(w)
                && i > 0
                && (toks.get(i - 1).lower().equals("the")
                        || toks.get(i - 1).text().equals("'s")
                        || toks.get(i - 1).pos().equals("PRON")
                        || toks.get(i - 1).pos().equals("ADV"));
    }

    private boolean matchesCausal(List<Token> toks, int i) {
        for (List<String> phrase : causalByFirstWord.getOrDefault(toks.get(i).lower(), List.of())) {
            if (i + phrase.size() > toks.size()) {
                continue;
            }
            boolean ok = true;
            for (int k = 0; k < phrase.size() && ok; k++) {
                ok = toks.get(i + k).lower().equals(phrase.get(k));
            }
            if (ok) {
                return true;
            }
        }
        return false;
    }
}
