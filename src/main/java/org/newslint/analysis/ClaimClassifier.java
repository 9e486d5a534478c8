package org.newslint.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newslint.nlp.Token;
import org.newslint.nlp.claims.ClaimFeatures;
import org.newslint.nlp.claims.CheckWorthinessModel;
import org.newslint.text.Paragraph;
import org.newslint.text.ParagraphKind;

/**
 * Decides whether a sentence asserts something checkable and what kind of claim it is, so that
 * headings, questions, bylines and boilerplate are never flagged and figures rank above plain
 * assertions.
 */
final class ClaimClassifier {
    private static final Pattern BYLINE = Pattern.compile("^(?i:by)\\s+\\p{Lu}[\\p{L}.'-]*(\\s+\\p{Lu}[\\p{L}.'-]*){0,3}(\\s*(,|and|&).*)?$");
    private static final Pattern YEAR = Pattern.compile("(1[89]|20)\\d\\d(s)?|'\\d\\ds");
    private static final Set<String> BIG_NUMBER_WORDS = Set.of("hundred", "hundreds", "thousand", "thousands",
            "million", "millions", "billion", "billions", "trillion", "percent", "per cent", "dozen", "dozens", "half",
            "double", "doubled", "tripled", "quarter", "third");
    private static final Set<String> DATE_PREPOSITIONS = Set.of("in", "since", "until", "by", "of", "from", "to", "before", "after", "during");

    /** Words ending in -est that are not superlatives, or not claims ("the latest figures"). */
    private static final Set<String> NOT_SUPERLATIVE = Set.of("interest", "honest", "modest", "forest", "harvest",
            "protest", "request", "contest", "arrest", "suggest", "digest", "invest", "manifest", "conquest", "inquest",
            "behest", "earnest", "tempest", "latest", "unrest", "bequest", "divest", "attest", "detest", "molest");

    /** Rule objections the model may overrule; every other reason is structural and final. */
    private static final Set<String> SCORED_REASONS = Set.of("first person", "opinion");

    /** Sentences whose probability is remembered (a few long articles' worth). */
    private static final int REMEMBERED_SENTENCES = 8192;

    private final Lexicons lex;
    private final Supplier<CheckWorthinessModel> model;
    private final Map<String, Double> remembered = Collections.synchronizedMap(
            new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Double> eldest) {
                    return size() > REMEMBERED_SENTENCES;
                }
            });

    /** @param model the trained check-worthiness model, or null to decide by the rules alone */
    ClaimClassifier(Lexicons lex, Supplier<CheckWorthinessModel> model) {
        this.lex = lex;
        this.model = model;
    }

    /** Whether the model is asked about a sentence the rules gave this reason (null: no objection). */
    static boolean scored(String ruleReason) {
        return ruleReason == null || SCORED_REASONS.contains(ruleReason);
    }

    /** A candidate and the model's probability for it (NaN without a model). */
    record Scored(ClaimCandidate candidate, double probability) {
    }

    /**
     * Scores a sentence the rules accepted, or rejected only for its voice. Probabilities are
     * remembered by sentence (words, tags, kind and rule reason), so re-analysing after a keystroke
     * scores only the edited sentences.
     *
     * @param training receives the candidate with its features (for {@code newslint train claims}), or null
     */
    Scored score(List<Token> toks, Attributor attributor, String ruleReason, Consumer<ClaimCandidate> training) {
        ClaimKind kind = kind(toks, attributor);
        if (model == null && training == null) {
            return new Scored(new ClaimCandidate(List.of(), kind, ruleReason), Double.NaN);
        }
        StringBuilder key = new StringBuilder().append(kind).append('|').append(ruleReason);
        for (Token t : toks) {
            key.append(' ').append(t.text()).append('/').append(t.pos());
        }
        String sentenceKey = key.toString();
        Double known = training == null ? remembered.get(sentenceKey) : null;
        if (known != null) {
            return new Scored(new ClaimCandidate(List.of(), kind, ruleReason), known);
        }
        List<String> features = new ArrayList<>(ClaimFeatures.of(toks));
        features.add("r:kind=" + kind);
        features.add("r:reason=" + (ruleReason == null ? "none" : ruleReason));
        ClaimCandidate candidate = new ClaimCandidate(features, kind, ruleReason);
        if (training != null) {
            training.accept(candidate);
        }
        double probability = model == null ? Double.NaN : model.get().probability(features);
        if (model != null) {
            remembered.put(sentenceKey, probability);
        }
        return new Scored(candidate, probability);
    }

    /** The model's decision threshold (chosen by cross-validation when it was trained); unused without a model. */
    double threshold() {
        return model == null ? 1 : model.get().threshold();
    }

    /** Why the paragraph as a whole is not story text, or null when it is. */
    String paragraphReason(Paragraph p, String paragraphText) {
        String t = paragraphText.strip();
        if (p.kind() == ParagraphKind.HEADING) {
            return "heading";
        }
        if (BYLINE.matcher(t).matches() && t.split("\\s+").length <= 10) {
            return "byline";
        }
        for (Pattern b : lex.boilerplate) {
            if (b.matcher(t).find()) {
                return "boilerplate";
            }
        }
        int words = t.split("\\s+").length;
        if (t.endsWith(":") && words <= 8) {
            return "label";
        }
        char last = t.isEmpty() ? '.' : t.charAt(t.length() - 1);
        boolean terminal = ".!?\"'".indexOf(last) >= 0;
        if (!terminal && words <= 20 && p.kind() != ParagraphKind.LIST_ITEM) {
            return "heading";
        }
        if (words <= 20 && p.kind() != ParagraphKind.LIST_ITEM && isTitleCase(t)) {
            return "heading"; // "Chris Christie Calls Hillary Clinton ‘A Disgrace’ Over Police Shooting Comments."
        }
        return null;
    }

    /** The small words title case leaves lower-case. */
    private static final java.util.Set<String> TITLE_CASE_SMALL_WORDS = java.util.Set.of("the", "and", "for", "but",
            "nor", "yet", "with", "from", "into", "onto", "over", "this", "that", "than", "via", "per", "amid", "off");

    /**
     * A headline set in title case, whatever its last mark: every word of three letters or more is
     * capitalised but the small words title case leaves alone, as no sentence of story text is.
     */
    static boolean isTitleCase(String paragraph) {
        int longWords = 0;
        for (String w : paragraph.split("[\\s\\-/]+")) {
            String word = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
            if (word.length() < 3 || TITLE_CASE_SMALL_WORDS.contains(word)) {
                continue;
            }
            if (!Character.isUpperCase(word.charAt(0))) {
                return false;
            }
            if (word.length() >= 5) {
                longWords++;
            }
        }
        return longWords >= 3;
    }

    /** Why this sentence is not a claim, or null when it is one. */
    String sentenceReason(List<Token> toks, double quotedShare) {
        int end = toks.size() - 1;
        while (end >= 0 && toks.get(end).isQuoteMark()) {
            end--;
        }
        if (end >= 0 && toks.get(end).text().equals("?")) {
            return "question";
        }
        if (end >= 0 && toks.get(end).text().equals(":")) {
            return "introduction"; // "Readers can filter them with a command such as:"
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
            return "no verb";
        }
        if (quotedShare >= 0.7) {
            return "quotation";
        }
        if (!toks.isEmpty()) {
            String opening = toks.get(0).lower() + (toks.size() > 1 ? " " + toks.get(1).lower() : "");
            if (opening.equals("i think") || opening.equals("i believe") || opening.equals("in my")) {
                return "opinion";
            }
            // "I do wear a lot of black.", "We hire educated people.": the writer's or an interviewee's own
            // voice, outside quotation marks; a sourcing rule cannot judge it
            if (toks.get(0).text().equals("I") || toks.get(0).text().equals("We")
                    || toks.size() > 2 && toks.get(1).text().equals(",") && (toks.get(2).text().equals("I") || toks.get(2).lower().equals("we"))) {
                return "first person";
            }
        }
        return null;
    }

    ClaimKind kind(List<Token> toks, Attributor attributor) {
        boolean number = false;
        boolean superlative = false;
        boolean causal = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (attributor.insideQuote(t.start())) {
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
        if (w.matches("\\d{1,2}(:\\d\\d)?") && next != null && (next.lower().startsWith("a.m") || next.lower().startsWith("p.m"))) {
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
        if (lex.superlatives.contains(w) && (t.pos().equals("ADJ") || t.pos().equals("ADV") || t.pos().equals("NOUN"))) {
            return !w.equals("most") || i + 1 < toks.size() && toks.get(i + 1).pos().equals("ADJ");
        }
        return (t.pos().equals("ADJ") || t.pos().equals("NOUN") || t.pos().equals("ADV")) && w.endsWith("est")
                && w.length() > 5 && !NOT_SUPERLATIVE.contains(w) && i > 0
                && (toks.get(i - 1).lower().equals("the") || toks.get(i - 1).text().equals("'s")
                    || toks.get(i - 1).pos().equals("PRON") || toks.get(i - 1).pos().equals("ADV"));
    }

    private boolean matchesCausal(List<Token> toks, int i) {
        for (List<String> phrase : lex.causalPhrases) {
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
