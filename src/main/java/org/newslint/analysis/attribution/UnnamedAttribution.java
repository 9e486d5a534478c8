package org.newslint.analysis.attribution;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.nlp.Token;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Decides whether a sentence that names no source is still attributed, and on what evidence. Such a
 * sentence is someone's, not the writer's, so it is no unattributed claim; the vague-source rule
 * then asks the writer to name the vague ones.
 */
final class UnnamedAttribution {
    /** A quotation mark here is "“ or '' (two apostrophes, as some papers print them); prose has “” normalised to ". */
    private static final Pattern QUOTE_MARK = Pattern.compile("\"|''");

    private static final Pattern QUOTED_PASSAGE = Pattern.compile("(?:\"|'')([^\"]*?)(?:\"|'')");
    private static final int MIN_QUOTED_WORDS = 3;
    /* compiled once: String.replaceAll, matches and split(regex) compile their pattern on every call */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,!?;:)\u2026-]+$");
    private static final Pattern ENDS_WITH_MARK = Pattern.compile(".*(\"|'')$");
    private static final Pattern WHITE_SPACE = Pattern.compile("\\s+");

    private final Lexicons lex;
    private final Prose prose;
    private final QuoteSpans quotes;

    /**
     * The attribution-cue lexicon's lemmas by tag: an entry is "TAG\tlemma", and a tag holds no tab, so
     * "TAG\tlemma" is listed exactly when the lemma is listed under the tag (no string built per token).
     * The same for every document analysed with the lexicon, so built once per lexicon.
     */
    private static final class CueLemmas {
        final Lexicons lex;
        final java.util.Map<String, java.util.Set<String>> byTag = new java.util.HashMap<>();
        /** Whether every listed lemma is its own lower case, so that a listed lemma needs no lowering. */
        final boolean allLower;

        CueLemmas(Lexicons lex) {
            this.lex = lex;
            boolean lower = true;
            for (String entry : lex.attributionCues) {
                int tab = entry.indexOf('\t');
                if (tab >= 0) {
                    String lemma = entry.substring(tab + 1);
                    byTag.computeIfAbsent(entry.substring(0, tab), t -> new java.util.HashSet<>())
                            .add(lemma);
                    lower &= lemma.equals(lemma.toLowerCase(Locale.ROOT));
                }
            }
            allLower = lower;
        }
    }

    /** The cue lemmas of the lexicon last asked for (immutable once published; another lexicon's replace them). */
    private static volatile CueLemmas lastCueLemmas;

    /** An editor's memory, which remembers {@link #carriesQuotedWords} by sentence text (null: a fresh analysis). */
    private final AttributionMemory memory;

    UnnamedAttribution(Lexicons lex, Prose prose, QuoteSpans quotes, AttributionMemory memory) {
        this.lex = lex;
        this.prose = prose;
        this.quotes = quotes;
        this.memory = memory;
    }

    private static CueLemmas cueLemmasFor(Lexicons lex) {
        CueLemmas c = lastCueLemmas;
        if (c == null || c.lex != lex) {
            c = new CueLemmas(lex);
            lastCueLemmas = c;
        }
        return c;
    }

    /**
     * Whether the token's lemma, in lower case, is listed under its tag. When every listed lemma is its own
     * lower case, a lemma listed as it stands is listed in lower case too, and a lemma of ASCII characters
     * with no capital is its own lower case, so only the other lemmas are lowered (most are neither).
     */
    private static boolean isListedCue(CueLemmas cueLemmas, Token t) {
        java.util.Set<String> lemmas = cueLemmas.byTag.get(t.pos());
        if (lemmas == null) {
            return false;
        }
        String lemma = t.lemma();
        if (cueLemmas.allLower) {
            if (lemmas.contains(lemma)) {
                return true;
            }
            if (isAsciiWithoutCapitals(lemma)) {
                return false;
            }
        }
        return lemmas.contains(lemma.toLowerCase(Locale.ROOT));
    }

    static boolean isAsciiWithoutCapitals(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /**
     * Why a sentence that names no source is still attributed, or null when it is not: a cue whose
     * source is vague or not found ("experts say", "who said", a sentence split before "said"), quoted
     * words (someone's, even when the speaker is named in another sentence), or a word PolNeAR
     * annotators mark as an attribution cue, outside quotes ("Clinton laid out her proposals",
     * "the poll showed", "Trump's plan"). The vague-source rule still reports the vague ones.
     */
    AttributedBy reason(
            List<Token> toks,
            TextRange sentence,
            List<Attribution> cues,
            double quotedShare,
            AttributionMemory.Words words) {
        for (Attribution a : cues) {
            if (a.source() != null && lex.isWeasel(a.source())) {
                return AttributedBy.of(
                        AttributedBy.Basis
                                .VAGUE_SOURCE); // "Experts say …": attributed, to a source vague-source asks the writer
                // to name
            }
        }
        for (Attribution a : cues) {
            if (a.source() != null
                    || !agentlessPassive(toks, tokenAt(toks, a.cue().range().start()))) {
                return AttributedBy.of(AttributedBy.Basis.CUE_WITHOUT_NAMED_SOURCE);
            }
        }
        if (!cues.isEmpty()) {
            return AttributedBy.of(
                    AttributedBy.Basis
                            .AGENTLESS_PASSIVE); // "It is believed that …": someone's view, whom vague-source asks the
            // writer to name
        }
        if (quotedShare >= 0.5 || hasQuoteMark(sentence) && quotedWords(sentence.of(prose.text()))) {
            return AttributedBy.of(AttributedBy.Basis.QUOTATION);
        }
        // the first cue word outside quotes: of the sentence's cue words apart from quotes, the first not quoted
        for (int i : words.cueWords()) {
            if (!quotes.inQuote(toks.get(i))) {
                return new AttributedBy(
                        AttributedBy.Basis.CUE_WORD, toks.get(i).lemma().toLowerCase(Locale.ROOT));
            }
        }
        return null;
    }

    private boolean quotedWords(String sentence) {
        return memory == null
                ? carriesQuotedWords(sentence)
                : memory.carriesQuotedWords(sentence, UnnamedAttribution::carriesQuotedWords);
    }

    /**
     * Whether the sentence holds a {@link #QUOTE_MARK} (" or ''), read in place: without one,
     * {@link #carriesQuotedWords} is false (stripping the ends removes only white space), and most
     * sentences have none, so they are not copied and searched by pattern.
     */
    private boolean hasQuoteMark(TextRange sentence) {
        String text = prose.text();
        int end = sentence.end();
        for (int k = sentence.start(); k < end; k++) {
            char c = text.charAt(k);
            if (c == '"' || c == '\'' && k + 1 < end && text.charAt(k + 1) == '\'') {
                return true;
            }
        }
        return false;
    }

    /**
     * Someone's words: the sentence opens or closes a quotation (a sentence of a multi-sentence quote),
     * has an unpaired mark, or quotes at least three words. A title or scare quote of a word or two
     * (“13th”, “too loud”) attributes nothing.
     */
    private static boolean carriesQuotedWords(String sentence) {
        String s = sentence.strip();
        Matcher marks = QUOTE_MARK.matcher(s);
        int count = 0;
        while (marks.find()) {
            count++;
        }
        if (count == 0) {
            return false;
        }
        if (count % 2 == 1
                || s.startsWith("\"")
                || s.startsWith("''")
                || ENDS_WITH_MARK
                        .matcher(TRAILING_PUNCTUATION.matcher(s).replaceAll(""))
                        .matches()) {
            return true;
        }
        Matcher q = QUOTED_PASSAGE.matcher(s);
        while (q.find()) {
            if (WHITE_SPACE.split(q.group(1).strip()).length >= MIN_QUOTED_WORDS) {
                return true;
            }
        }
        return false;
    }

    /**
     * The positions of a sentence's cue words, quoted or not ({@link #isCueWord}), in order: a function of
     * its tokens and the lexicon, which {@link AttributionMemory} remembers per sentence. A cue word outside
     * quotes is one of them that is not quoted.
     */
    static int[] cueWords(Lexicons lex, List<Token> toks) {
        CueLemmas lemmas = cueLemmasFor(lex);
        int[] out = new int[toks.size()];
        int count = 0;
        for (int i = 0; i < toks.size(); i++) {
            if (isCueWord(lemmas, toks, i)) {
                out[count++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, count);
    }

    /**
     * A verb or noun of the attribution-cue lexicon, not in an agentless passive, not an infinitive, and not
     * one the tagger plainly got wrong or that only modifies a noun: "a morning show" (a "verb" after a
     * determiner), "sympathy action" (a noun before its head). Whether it is quoted is asked apart.
     */
    private static boolean isCueWord(CueLemmas cueLemmas, List<Token> toks, int i) {
        Token t = toks.get(i);
        boolean verb = t.pos().equals("VERB");
        if (!verb && !t.pos().equals("NOUN") || !isListedCue(cueLemmas, t) || agentlessPassive(toks, i)) {
            return false;
        }
        Token prev = i > 0 ? toks.get(i - 1) : null;
        if (!verb) {
            return i + 1 >= toks.size() || !toks.get(i + 1).pos().equals("NOUN");
        }
        boolean afterDeterminer = prev != null
                && (prev.pos().equals("DET")
                        || prev.pos().equals("ADJ")
                        || prev.pos().equals("NOUN")
                                && i > 1
                                && toks.get(i - 2).pos().equals("DET"));
        // "Helvion plans to seek approval": an infinitive has no subject of its own; what attributes is the
        // verb governing it, and that one is judged by itself
        boolean infinitive = prev != null && prev.lower().equals("to");
        return !afterDeterminer && !infinitive;
    }

    private static int tokenAt(List<Token> toks, int offset) {
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).start() == offset) {
                return i;
            }
        }
        return -1;
    }

    /** "The repairs are expected to cost …": a passive with no "by" agent attributes the claim to no one. */
    private static boolean agentlessPassive(List<Token> toks, int i) {
        if (i < 0) {
            return false;
        }
        int k = i - 1;
        while (k >= 0 && toks.get(k).pos().equals("ADV")) {
            k--;
        }
        boolean be = false;
        while (k >= 0 && toks.get(k).pos().equals("AUX")) {
            be |= toks.get(k).lemmas().contains("be") || toks.get(k).lower().equals("get");
            k--;
        }
        if (!be) {
            return false;
        }
        for (int b = i + 1; b < Math.min(toks.size(), i + 5); b++) {
            if (toks.get(b).lower().equals("by")) {
                return false;
            }
        }
        return true;
    }
}
