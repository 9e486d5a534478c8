package org.newslint.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.Severity;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;
import org.newslint.text.WordList;

/**
 * Hints at vague wording the writer owns, in sentences nobody is reported as saying: vague
 * quantities ("many", "a number of"), hedges ("may", "probably"), impressions ("seems") and views
 * held by no one named ("is considered"), the wording Wikipedia's MOS:WEASEL and the CoNLL-2010
 * uncertainty guidelines mark; a named source owns its own hedges, and vague *sources* are
 * vague-source's.
 */
public final class VagueWording implements SentenceLocal {
    public static final String ID = "vague-wording";

    /** What a match is; the message is worded from it. */
    enum Kind {
        IDIOM,
        QUANTITY,
        SUPERLATIVE,
        HEDGE,
        GENERALISATION,
        SEEMING,
        BELIEF
    }

    record Match(Kind kind, TextRange range) {}

    private static final Set<String> NUMBER_WORDS = Set.of(
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
            "fifteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "hundreds",
            "thousand",
            "thousands",
            "dozen",
            "dozens",
            "million",
            "millions",
            "billion",
            "half");
    /** Modals that before a passive ("may be used") mostly say what is possible or allowed. */
    private static final Set<String> ROOT_MODALS = Set.of("may", "might", "could");

    private static final Set<String> DETERMINERS = Set.of("the", "these", "those", "its", "their", "his", "her", "our");

    private static final Map<String, Kind> WORDS = new HashMap<>();
    private static final List<List<String>> PHRASES = new ArrayList<>();
    private static final Map<List<String>, Kind> PHRASE_KINDS = new HashMap<>();
    /** {@code PHRASES} by their first word, each list in the order of {@code PHRASES} (longest first). */
    private static final Map<String, List<List<String>>> PHRASES_BY_FIRST_WORD = new HashMap<>();

    static {
        for (String[] row : WordList.rows("vague-wording.txt")) {
            Kind kind = switch (row[0]) {
                case "quantity" -> Kind.QUANTITY;
                case "hedge" -> Kind.HEDGE;
                case "general" -> Kind.GENERALISATION;
                case "seeming" -> Kind.SEEMING;
                case "belief", "phrase" -> Kind.BELIEF;
                case "idiom" -> Kind.IDIOM;
                default -> throw new IllegalStateException("unknown vague-wording category " + row[0]);
            };
            List<String> words = List.of(row[1].toLowerCase(Locale.ROOT).split(" "));
            if (words.size() == 1) {
                WORDS.put(words.get(0), kind);
            } else {
                PHRASES.add(words);
                PHRASE_KINDS.put(words, kind);
            }
        }
        PHRASES.sort((a, b) -> b.size() - a.size());
        for (List<String> p : PHRASES) {
            PHRASES_BY_FIRST_WORD
                    .computeIfAbsent(p.get(0), k -> new ArrayList<>())
                    .add(p);
        }
    }

    /**
     * Sentences whose hedges are not the writer's assertion: headings and bylines are not prose, a
     * question asserts nothing, and an "I"/"we" sentence is its speaker's (an interview answer).
     */
    private static final Set<NonClaimReason> NOT_THE_WRITERS_ASSERTION = EnumSet.of(
            NonClaimReason.HEADING,
            NonClaimReason.BYLINE,
            NonClaimReason.BOILERPLATE,
            NonClaimReason.LABEL,
            NonClaimReason.NO_COMMENT,
            NonClaimReason.QUESTION,
            NonClaimReason.FIRST_PERSON);

    private final Lexicons lex = Lexicons.shared();
    private final WeaselWording weasels = WeaselWording.shared();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Vague wording with no one behind it (\"many\", \"may\", \"is considered\"): give the figure or the source.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.HINT;
    }

    /** Each sentence's vague words (see {@link #judge}), outside quotations. */
    @Override
    public List<Finding> check(RuleContext context, Judgements judged) {
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < context.analysis().sentences().size(); i++) {
            for (LocalFinding f : judged.of(i)) {
                if (!context.insideQuote(f.range())) {
                    out.add(context.finding(this, f.severity(), f.range(), f.message()));
                }
            }
        }
        return out;
    }

    /** The vague words of a sentence the writer asserts, unless vague-source already asks for its source. */
    @Override
    public List<LocalFinding> judge(LocalSentence s) {
        if (ownedBySource(s) || s.nonClaimReason() != null && NOT_THE_WRITERS_ASSERTION.contains(s.nonClaimReason())) {
            return List.of(); // a reported speaker owns the hedge; headings and bylines are not prose
        }
        List<Token> toks = s.tokens();
        List<Match> matches = find(toks);
        if (matches.isEmpty() || !weasels.find(toks).isEmpty()) {
            return List
                    .of(); // "Experts say the dam may fail": vague-source asks for the source, one question is enough
        }
        List<LocalFinding> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            out.add(new LocalFinding(
                    m.range(), defaultSeverity(), message(s, m), LocalFinding.Condition.OUTSIDE_QUOTES));
        }
        return out;
    }

    /**
     * A named source (or a quotation's speaker, or the speaker of the paragraph a colon introduces)
     * says the sentence, so its hedges are that source's; a cue with no named source ("the story
     * claimed") leaves them the writer's.
     */
    private boolean ownedBySource(LocalSentence s) {
        if (s.attributedBy() != null && s.attributedBy().bySpeaker()) {
            return true;
        }
        for (LocalSentence.LocalAttribution a : s.attributions()) {
            LocalSentence.LocalSource source = a.source();
            if (source == null
                    || "weasel"
                            .equals(lex.vagueSubjects.get(source.text().toLowerCase(Locale.ROOT))) // Lexicons.isWeasel
                    || !source.resolved()
                            && VagueSource.PRONOUNS.contains(source.text().toLowerCase(Locale.ROOT))) {
                continue; // "it suggests", "some claim": nobody named
            }
            String cue = a.cueLemma().toLowerCase(Locale.ROOT);
            String head = cue.split(" ")[0];
            if (lex.reportingVerbs.contains(cue)
                    || lex.reportingVerbs.contains(head)
                    || lex.reportingNouns.contains(head)
                    || lex.attributionCues.contains(head)
                    || head.equals("according")
                    || head.equals("accord")) {
                return true; // a stance verb ("accepted") does not make the rest of the sentence its subject's
            }
        }
        return false;
    }

    /** Every vague word or phrase of a sentence, left to right. */
    static List<Match> find(List<Token> toks) {
        List<Match> out = new ArrayList<>();
        for (int i = 0; i < toks.size(); i++) {
            int phraseEnd = phraseAt(toks, i);
            if (phraseEnd > i) {
                List<String> words = lowered(toks, i, phraseEnd);
                Kind kind = PHRASE_KINDS.get(words);
                if (kind != Kind.IDIOM && (kind != Kind.QUANTITY || !numeralAfter(toks, phraseEnd))) {
                    out.add(new Match(kind, span(toks, i, phraseEnd)));
                }
                i = phraseEnd - 1;
                continue;
            }
            Token t = toks.get(i);
            Kind kind = WORDS.get(t.lower());
            if (kind == null && t.pos().equals("VERB")) {
                for (String lemma : t.lemmas()) {
                    if (WORDS.get(lemma) == Kind.SEEMING) {
                        kind = Kind.SEEMING;
                        break;
                    }
                }
            }
            if (kind == null) {
                continue;
            }
            Match m = switch (kind) {
                case QUANTITY -> quantity(toks, i);
                case HEDGE -> hedge(toks, i);
                case SEEMING -> t.pos().equals("VERB") || t.pos().equals("AUX") ? new Match(kind, t.range()) : null;
                default -> new Match(kind, t.range());
            };
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private static Match quantity(List<Token> toks, int i) {
        Token t = toks.get(i);
        Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
        if (i > 0 && toks.get(i - 1).is("how")) {
            return null; // "how many ants were present": a question or a count, not a vague amount
        }
        if (numeralAfter(toks, i + 1)) {
            return null; // "some 40 people", "many of the 300 passengers": a figure is given
        }
        if (t.is("certain") && (next == null || !(next.isNoun() || next.pos().equals("ADJ")))) {
            return null; // "it is certain that": sure, not "certain people"
        }
        if (t.is("most")
                && next != null
                && (next.pos().equals("ADJ") || next.pos().equals("ADV"))) {
            int end = i + 2;
            return new Match(
                    Kind.SUPERLATIVE, span(toks, i > 0 && toks.get(i - 1).is("the") ? i - 1 : i, end));
        }
        return new Match(Kind.QUANTITY, t.range());
    }

    private static Match hedge(List<Token> toks, int i) {
        Token t = toks.get(i);
        if (t.lower().equals("may")
                && (t.pos().equals("PROPN")
                        || i > 0 && Character.isUpperCase(t.text().charAt(0)))) {
            return null; // the month
        }
        if (ROOT_MODALS.contains(t.lower())
                && i + 2 < toks.size()
                && toks.get(i + 1).is("be")
                && toks.get(i + 2).pos().equals("VERB")
                && !WORDS.containsKey(toks.get(i + 2).lower())) {
            return null; // "may be used", "can be added": what is allowed or possible, not a doubt
        }
        return new Match(Kind.HEDGE, t.range());
    }

    /** A numeral right after a quantifier, or after "of" and a determiner: "some 40", "many of the 300". */
    private static boolean numeralAfter(List<Token> toks, int k) {
        if (k < toks.size() && toks.get(k).is("of")) {
            k++;
        }
        if (k < toks.size() && DETERMINERS.contains(toks.get(k).lower())) {
            k++;
        }
        if (k >= toks.size()) {
            return false;
        }
        Token t = toks.get(k);
        return t.pos().equals("NUM") || Character.isDigit(t.text().charAt(0)) || NUMBER_WORDS.contains(t.lower());
    }

    /**
     * The end of the first phrase of {@code PHRASES} whose words are the tokens from {@code i}, or {@code i}: only
     * the phrases starting with the token's word can match, tried in the same order.
     */
    private static int phraseAt(List<Token> toks, int i) {
        List<List<String>> candidates = PHRASES_BY_FIRST_WORD.get(toks.get(i).lower());
        if (candidates == null) {
            return i;
        }
        for (List<String> p : candidates) {
            if (i + p.size() <= toks.size() && wordsAt(toks, i, p)) {
                return i + p.size();
            }
        }
        return i;
    }

    /** Whether the tokens from {@code i} are {@code words}, in lower case (no list built: this runs per token and phrase). */
    private static boolean wordsAt(List<Token> toks, int i, List<String> words) {
        for (int k = 0; k < words.size(); k++) {
            if (!toks.get(i + k).lower().equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static List<String> lowered(List<Token> toks, int from, int to) {
        List<String> words = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            words.add(toks.get(k).lower());
        }
        return words;
    }

    private static TextRange span(List<Token> toks, int from, int to) {
        return new TextRange(
                toks.get(from).start(), toks.get(Math.min(to, toks.size()) - 1).end());
    }

    private static String message(LocalSentence s, Match m) {
        String excerpt = "“" + s.excerpt(m.range(), 50) + "”";
        return switch (m.kind()) {
            case QUANTITY -> "Vague quantity (" + excerpt + "): how many? Give the figure, or who counted.";
            case SUPERLATIVE -> "Superlative with no source (" + excerpt + "): by what measure, and who says so?";
            case HEDGE ->
                "Hedge (" + excerpt + "): who thinks so, and on what evidence? Attribute it or state what is known.";
            case GENERALISATION ->
                "Generalisation (" + excerpt + "): over what, and by whose count? Give the evidence or the source.";
            case SEEMING -> "Impression (" + excerpt + "): to whom? Attribute it or state what is known.";
            case BELIEF -> "A view held by no one named (" + excerpt + "): whose view? Name who holds it.";
            case IDIOM -> throw new AssertionError("idioms are skipped, never reported");
        };
    }
}
