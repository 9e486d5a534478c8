package org.newslint.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Finding;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Severity;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Flags vague and anonymous attribution, the "unsupported attributions" of Wikipedia's MOS:WEASEL:
 * weasel subjects ("experts say", "Some argue"), agentless passives ("it is believed", "is widely
 * regarded as"), vague references ("studies show") and adverbs ("reportedly") as warnings, and
 * unnamed sources ("sources said") as information so each newsroom can apply its own policy.
 */
public final class VagueSource implements SentenceLocal {
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

    /**
     * Per sentence: the weasel phrases (outside quotations), then the vague and anonymous sources
     * the Attributor found, each unless an earlier finding of the sentence overlaps it; an anonymous
     * source stands unless the paragraph names a person (see {@link #judge} for what the sentence decides).
     */
    @Override
    public List<Finding> check(RuleContext context, Judgements judged) {
        List<Finding> out = new ArrayList<>();
        PersonMentions persons = null;
        List<SentenceInfo> sentences = context.analysis().sentences();
        for (int i = 0; i < sentences.size(); i++) {
            List<LocalFinding> found = judged.of(i);
            if (found.isEmpty()) {
                continue;
            }
            List<TextRange> flagged = new ArrayList<>();
            for (LocalFinding f : found) {
                if (overlapsAny(f.range(), flagged)) {
                    continue;
                }
                if (f.condition() == LocalFinding.Condition.OUTSIDE_QUOTES && context.insideQuote(f.range())) {
                    continue; // a quoted speaker's own wording is theirs to answer for
                }
                if (f.condition() == LocalFinding.Condition.UNLESS_PARAGRAPH_NAMES_A_PERSON) {
                    if (persons == null) {
                        persons = new PersonMentions(context);
                    }
                    if (persons.named(sentences.get(i).paragraph(), f.about())) {
                        continue; // "Officials said …" next to "Health Minister Jane Doe said …": the reader can tell
                        // who
                    }
                }
                out.add(context.finding(this, f.severity(), f.range(), f.message()));
                flagged.add(f.range());
            }
        }
        return out;
    }

    /**
     * What the sentence alone says, in order: each weasel phrase (to be checked against quotations)
     * that no source outside it owns, then each attributed source that is vague (a warning) or
     * anonymous (information, unless the paragraph names a person, or the source says it is unnamed).
     */
    @Override
    public List<LocalFinding> judge(LocalSentence s) {
        if (s.nonClaimReason() != null && !JUDGED_NON_CLAIMS.contains(s.nonClaimReason())) {
            return List.of(); // headings, bylines, questions, first-person answers: no source is claimed
        }
        List<LocalFinding> out = new ArrayList<>();
        List<Token> tokens = s.tokens();
        for (WeaselWording.Match m : weasels.find(tokens)) {
            if (m.kind() != WeaselWording.Kind.VAGUE_SUBJECT && sourcedElsewhere(s, m.range())) {
                continue; // "Ebner is expected to …, two party sources said": the source owns the hedge
            }
            out.add(new LocalFinding(
                    m.range(), defaultSeverity(), message(s, m), LocalFinding.Condition.OUTSIDE_QUOTES));
        }
        for (LocalSentence.LocalAttribution a : s.attributions()) {
            if (a.source() == null) {
                continue;
            }
            TextRange range = new TextRange(
                    Math.min(a.source().range().start(), a.cue().start()),
                    Math.max(a.source().range().end(), a.cue().end()));
            String kind = vagueKind(a.source().text());
            if (kind == null) {
                continue;
            }
            if (kind.equals("anonymous")) {
                out.add(new LocalFinding(
                        range,
                        Severity.INFORMATION,
                        "Anonymous source (“" + s.excerpt(range, 50)
                                + "”): check that it meets your newsroom's policy on unnamed sources.",
                        explicitlyUnnamed(a.source().text())
                                ? LocalFinding.Condition.NONE
                                : LocalFinding.Condition.UNLESS_PARAGRAPH_NAMES_A_PERSON,
                        a.source().range()));
            } else if (weasels.isVagueSource(tokens, a.source().range(), a.cue(), a.cueLemma())) {
                out.add(new LocalFinding(
                        range,
                        defaultSeverity(),
                        "Vague source (“" + s.excerpt(range, 50) + "”): which ones? Name the source, or cut the claim.",
                        LocalFinding.Condition.NONE));
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
    private boolean sourcedElsewhere(LocalSentence s, TextRange phrase) {
        for (LocalSentence.LocalAttribution a : s.attributions()) {
            if (a.source() != null
                    && !"weasel".equals(vagueKind(a.source().text()))
                    && !overlapsAny(a.cue(), List.of(phrase))
                    && !overlapsAny(a.source().range(), List.of(phrase))
                    && !(PRONOUNS.contains(a.source().text().toLowerCase(Locale.ROOT))
                            && !a.source().resolved())
                    && (a.cue().start() >= phrase.end() || a.source().resolved())) {
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

    /**
     * Whether a paragraph mentions a person by name outside a source: the mentions of people that
     * start with a capital in the prose, sorted, and each paragraph's extent (from its first
     * sentence's start to its last one's end), so a question is a binary search, not a walk over
     * every sentence and entity of the document.
     */
    private static final class PersonMentions {
        /** Per paragraph index: where its first sentence starts (MAX_VALUE: no sentence) and its last one ends. */
        private final int[] starts;

        private final int[] ends;

        /** The capitalised mentions of people, as start (high half) and end (low half), ascending. */
        private final long[] mentions;

        PersonMentions(RuleContext context) {
            List<SentenceInfo> sentences = context.analysis().sentences();
            int paragraphs = 0;
            for (int i = 0; i < sentences.size(); i++) {
                paragraphs = Math.max(paragraphs, sentences.get(i).paragraph() + 1);
            }
            starts = new int[paragraphs];
            ends = new int[paragraphs];
            Arrays.fill(starts, Integer.MAX_VALUE);
            Arrays.fill(ends, -1);
            for (int i = 0; i < sentences.size(); i++) {
                SentenceInfo other = sentences.get(i);
                int p = other.paragraph();
                starts[p] = Math.min(starts[p], other.range().start());
                ends[p] = Math.max(ends[p], other.range().end());
            }
            String text = context.analysis().prose().text();
            long[] found = new long[64];
            int n = 0;
            for (Entity e : context.analysis().entities()) {
                if (e.type() != EntityType.PERSON) {
                    continue;
                }
                for (TextRange m : e.mentions()) {
                    if (m.start() < text.length() && Character.isUpperCase(text.charAt(m.start()))) {
                        if (n == found.length) {
                            found = Arrays.copyOf(found, 2 * n);
                        }
                        found[n++] = ((long) m.start() << 32) | m.end();
                    }
                }
            }
            mentions = Arrays.copyOf(found, n);
            Arrays.sort(mentions);
        }

        boolean named(int paragraph, TextRange source) {
            int from = starts[paragraph];
            int to = ends[paragraph];
            int lo = 0;
            int hi = mentions.length;
            while (lo < hi) { // the first mention starting at or after the paragraph's start
                int mid = (lo + hi) >>> 1;
                if ((int) (mentions[mid] >>> 32) < from) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            for (int i = lo; i < mentions.length && (int) (mentions[i] >>> 32) <= to; i++) {
                int start = (int) (mentions[i] >>> 32);
                int end = (int) mentions[i];
                if (end <= to && !(start < source.end() && source.start() < end)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static String message(LocalSentence s, WeaselWording.Match m) {
        String excerpt = "“" + s.excerpt(m.range(), 50) + "”";
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
