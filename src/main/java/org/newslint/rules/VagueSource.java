package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Severity;
import org.newslint.text.TextRange;

/**
 * Flags vague and anonymous attribution, the "unsupported attributions" of Wikipedia's MOS:WEASEL:
 * weasel subjects ("experts say", "Some argue"), agentless passives ("it is believed", "is widely
 * regarded as"), vague references ("studies show") and adverbs ("reportedly") as warnings, and
 * unnamed sources ("sources said") as information so each newsroom can apply its own policy.
 */
public final class VagueSource implements Rule {
    public static final String ID = "vague-source";

    private static final java.util.Set<String> QUANTIFIERS =
            java.util.Set.of("some", "many", "most", "several", "few", "others");

    /** Sentences that are not claims but can still lean on a vague source: "Scientists considered …:". */
    private static final java.util.Set<NonClaimReason> JUDGED_NON_CLAIMS =
            java.util.EnumSet.of(NonClaimReason.QUOTATION, NonClaimReason.INTRODUCTION);

    /** Pronoun sources the article never resolves to anyone: "they project", "It is thought". */
    static final java.util.Set<String> PRONOUNS =
            java.util.Set.of("it", "he", "she", "they", "we", "i", "you", "this", "that");

    /** Words that make an anonymous source anonymous by its own description. */
    private static final List<String> UNNAMED_MARKERS =
            List.of("source", "familiar", "close to", "knowledge", "briefed", "insider", "anonymity", "condition");

    private final Lexicons lex = Lexicons.shared();
    private final WeaselWording weasels = WeaselWording.shared();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A vague or anonymous source (\"experts say\", \"it is believed\"): name who says so.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (SentenceInfo s : context.analysis().sentences()) {
            if (s.nonClaimReason() != null && !JUDGED_NON_CLAIMS.contains(s.nonClaimReason())) {
                continue; // headings, bylines, questions, first-person answers: no source is claimed
            }
            List<TextRange> flagged = new ArrayList<>();
            for (WeaselWording.Match m : weasels.find(s.sentence().tokens())) {
                if (overlapsAny(m.range(), flagged) || context.insideQuote(m.range())) {
                    continue; // a quoted speaker's own wording is theirs to answer for
                }
                if (m.kind() != WeaselWording.Kind.VAGUE_SUBJECT && sourcedElsewhere(s, m.range())) {
                    continue; // "Ebner is expected to …, two party sources said": the source owns the hedge
                }
                out.add(context.finding(this, m.range(), message(context, m)));
                flagged.add(m.range());
            }
            for (Attribution a : s.attributions()) {
                if (a.source() == null) {
                    continue;
                }
                TextRange range = new TextRange(
                        Math.min(a.source().range().start(), a.cue().range().start()),
                        Math.max(a.source().range().end(), a.cue().range().end()));
                String kind = vagueKind(a.source().text());
                if (kind == null || overlapsAny(range, flagged)) {
                    continue;
                }
                if (kind.equals("anonymous")) {
                    if (!explicitlyUnnamed(a.source().text())
                            && paragraphNamesAPerson(context, s, a.source().range())) {
                        continue; // "Officials said …" next to "Health Minister Jane Doe said …": the reader can tell
                        // who
                    }
                    out.add(context.finding(
                            this,
                            Severity.INFORMATION,
                            range,
                            "Anonymous source (“" + context.excerpt(range, 50)
                                    + "”): check that it meets your newsroom's policy on unnamed sources."));
                    flagged.add(range);
                } else if (weasels.isVagueSource(
                        s.sentence().tokens(),
                        a.source().range(),
                        a.cue().range(),
                        a.cue().lemma())) {
                    out.add(context.finding(
                            this,
                            range,
                            "Vague source (“" + context.excerpt(range, 50)
                                    + "”): which ones? Name the source, or cut the claim."));
                    flagged.add(range);
                }
            }
        }
        return out;
    }

    /**
     * The sentence reports someone who is not a vague group (a name, a role, an anonymous source) by a
     * cue outside the weasel phrase: "Ebner is expected to …, two party sources said", or a named
     * source before it ("Steele has revealed that … an allegedly unauthorized release"). The Attributor's
     * reading of the phrase itself ("It" as the source of "is thought") does not count.
     */
    private boolean sourcedElsewhere(SentenceInfo s, TextRange phrase) {
        for (Attribution a : s.attributions()) {
            if (a.source() != null
                    && !"weasel".equals(vagueKind(a.source().text()))
                    && !overlapsAny(a.cue().range(), List.of(phrase))
                    && !overlapsAny(a.source().range(), List.of(phrase))
                    && !(PRONOUNS.contains(a.source().text().toLowerCase(Locale.ROOT))
                            && a.source().entityId() == null)
                    && (a.cue().range().start() >= phrase.end() || a.source().entityId() != null)) {
                return true;
            }
        }
        return false;
    }

    /** "a source familiar with", "people briefed on", "an insider": unnamed whatever else the paragraph says. */
    private static boolean explicitlyUnnamed(String sourceText) {
        String t = sourceText.toLowerCase(Locale.ROOT);
        for (String word : UNNAMED_MARKERS) {
            if (t.contains(word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the source's paragraph mentions a person by name, outside the source itself. */
    private static boolean paragraphNamesAPerson(RuleContext context, SentenceInfo s, TextRange source) {
        int from = Integer.MAX_VALUE;
        int to = -1;
        for (SentenceInfo other : context.analysis().sentences()) {
            if (other.paragraph() == s.paragraph()) {
                from = Math.min(from, other.range().start());
                to = Math.max(to, other.range().end());
            }
        }
        String text = context.analysis().prose().text();
        for (Entity e : context.analysis().entities()) {
            if (e.type() != EntityType.PERSON) {
                continue;
            }
            for (TextRange m : e.mentions()) {
                if (m.start() >= from
                        && m.end() <= to
                        && !(m.start() < source.end() && source.start() < m.end())
                        && Character.isUpperCase(text.charAt(m.start()))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String message(RuleContext context, WeaselWording.Match m) {
        String excerpt = "“" + context.excerpt(m.range(), 50) + "”";
        return switch (m.kind()) {
            case VAGUE_SUBJECT ->
                "Vague source (" + excerpt + "): "
                        + (m.word().contains(" ") || WeaselWording.isQuantifier(m.word())
                                ? "which ones? Name them, or cut the claim."
                                : "who are the “" + m.word().toLowerCase(Locale.ROOT)
                                        + "”? Name them, or cut the claim.");
            case AGENTLESS_PASSIVE -> "Agentless passive (" + excerpt + "): " + m.question();
            case VAGUE_REFERENCE -> "Vague source (" + excerpt + "): " + m.question();
            case ATTRIBUTION_ADVERB -> "Unsourced " + excerpt + ": " + m.question();
        };
    }

    private static boolean overlapsAny(TextRange range, List<TextRange> others) {
        for (TextRange o : others) {
            if (range.start() < o.end() && o.start() < range.end()) {
                return true;
            }
        }
        return false;
    }

    /** "weasel", "anonymous", or null for a named source. */
    String vagueKind(String sourceText) {
        String t = sourceText.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        String kind = lex.vagueSubjects.get(t);
        if (kind != null) {
            return kind;
        }
        String[] words = t.split("\\s+");
        if (words.length > 6) {
            return null;
        }
        if (words.length > 1 && "weasel".equals(lex.vagueSubjects.get(words[0])) && QUANTIFIERS.contains(words[0])) {
            return "weasel"; // "some residents", "many analysts"
        }
        // longest key contained as whole words: "many legal experts" → "experts", "two party sources" → "sources"
        String best = null;
        int bestLen = 0;
        String padded = " " + t + " ";
        for (var e : lex.vagueSubjects.entrySet()) {
            String key = e.getKey();
            if (key.length() > bestLen
                    && padded.contains(" " + key + " ")
                    && (t.endsWith(key)
                            || padded.contains(" " + key + " familiar ")
                            || padded.contains(" " + key + " close "))) {
                best = e.getValue();
                bestLen = key.length();
            }
        }
        if (best != null
                && Character.isUpperCase(sourceText.strip().charAt(0))
                && words.length > 1
                && !words[0].equals("some")
                && !words[0].equals("many")
                && !words[0].equals("most")
                && !words[0].equals("other")
                && !words[0].equals("several")
                && !Character.isDigit(words[0].charAt(0))
                && !isNumberWord(words[0])
                && !words[0].equals("a")
                && !words[0].equals("an")
                && !words[0].equals("the")) {
            return null; // "Reuters sources"? a named outlet's staff; leave to the newsroom
        }
        return best;
    }

    private static boolean isNumberWord(String w) {
        return List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few")
                .contains(w);
    }
}
