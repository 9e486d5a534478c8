package org.newslint.analysis.sourcing;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.nlp.SentenceKey;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * What the sourcing model sees of a sentence: what the earlier stages decided about it (attribution
 * and its basis, cues, quotations and speakers, layout reason, claim kind, the check-worthiness
 * model's say), where it stands (its paragraph's opening, the sentence before and after, the top of
 * the article), and its words (verbs outside quotations, hedges, figures, dates, named actors). A pure
 * function of the analysis before the sourcing decision, so training and use see the same features.
 *
 * <p>The word features (one pass over the tokens with lexicon look-ups) are the costly part; they
 * depend only on the tokens' words, tags and lemmas and on which tokens are quoted, so on the editor
 * path they come from a {@link SourcingMemory} ({@link Words}, under {@link #wordsKey}). Everything else is read afresh from
 * the sentence and its neighbours each time, with the feature strings that name an enum value
 * built once.
 */
public final class SourcingFeatures {
    private static final String[] BY = prefixed("by=", AttributedBy.Basis.values());
    private static final String[] PREV = prefixed("prev=", AttributedBy.Basis.values());
    private static final String[] NEXT = prefixed("next=", AttributedBy.Basis.values());
    private static final String[] PARA_OPENING = prefixed("para-opening=", AttributedBy.Basis.values());
    private static final String[] PREV_PARA = prefixed("prev-para=", AttributedBy.Basis.values());
    private static final String[] REASON = prefixed("reason=", NonClaimReason.values());
    private static final String[] PREV_PARA_REASON = prefixed("prev-para-reason=", NonClaimReason.values());
    private static final String[] NEXT_REASON = prefixed("next-reason=", NonClaimReason.values());
    private static final String[] KIND = prefixed("kind=", ClaimKind.values());
    private static final String[] CW = numbered("cw=", 6);
    private static final String[] TOP = numbered("top=", 4);
    private static final String[] LEN = numbered("len=", 7);

    private final Lexicons lex;

    public SourcingFeatures(Lexicons lex) {
        this.lex = lex;
    }

    Lexicons lexicons() {
        return lex;
    }

    /**
     * What the features and the claim description read of a sentence's words alone: its word count
     * and how many of them are quoted, the word features in order, and, for {@link ClaimDescriber},
     * whether a prediction word stands outside quotations, the first verb outside them (-1: none) and
     * whether that verb links its subject to a description. A function of the {@link #wordsKey}.
     */
    record Words(
            int words,
            int quotedWords,
            List<String> wordFeatures,
            boolean prediction,
            int firstVerb,
            boolean linksToDescription) {}

    /**
     * One sentence's features, the {@link Words} they were built from, and, on the editor path, the model's
     * probabilities for them (null: not asked yet).
     */
    record Featured(List<String> features, Words words, double[] probabilities) {}

    /** The features of every sentence, in sentence order. */
    public List<List<String>> of(ArticleAnalysis analysis) {
        List<SentenceInfo> sentences = analysis.sentences();
        String text = analysis.prose().text();
        ArticleIndex index = new ArticleIndex(analysis);
        List<List<String>> out = new ArrayList<>(sentences.size());
        int opening = 0; // the first sentence of the current sentence's paragraph
        for (int i = 0; i < sentences.size(); i++) {
            if (i == 0 || sentences.get(i - 1).paragraph() != sentences.get(i).paragraph()) {
                opening = i;
            }
            out.add(featured(index, sentences, i, opening, text, null).features());
        }
        return out;
    }

    /**
     * Sentence {@code i}'s features. With a memory (an editor's analyses), a sentence whose words key equals
     * the one a last analysis's sentence at its place had ({@link SourcingMemory.Session#last}) takes that
     * sentence's {@link Words}; the other features, all read afresh, are compared with that sentence's list
     * around its words, and when they are the same the remembered list and probabilities are returned: the
     * list is equal, string for string, to the one built here, and the probabilities are a function of it.
     *
     * @param opening the index of the first sentence of sentence {@code i}'s paragraph
     * @param memory where words, features and probabilities are remembered (an editor's analyses), or null to
     *     compute them
     */
    Featured featured(
            ArticleIndex a, List<SentenceInfo> all, int i, int opening, String text, SourcingMemory.Session memory) {
        SentenceInfo s = all.get(i);
        List<String> f;
        if (memory == null) {
            f = new ArrayList<>(48);
        } else {
            f = memory.head;
            f.clear();
        }
        f.add("bias");
        f.add(basis(BY, s));
        if (s.attributedBy() != null && s.attributedBy().lemma() != null) {
            CueStrings by = cueStrings(s.attributedBy().lemma(), memory);
            f.add(by.byCue());
            f.add(by.byClass());
        }
        for (Attribution at : s.attributions()) {
            int source = at.source() == null
                    ? 0
                    : lex.isWeasel(at.source()) ? 1 : at.source().entityId() != null ? 2 : 3;
            CueStrings cue = cueStrings(at.cue().lemma(), memory);
            f.add(cue.cue());
            f.add(cue.cueClass());
            f.add(CUE_SOURCE[source]);
            f.add(cue.classSource()[source]);
        }
        f.add(
                s.nonClaimReason() == null
                        ? "reason=none"
                        : REASON[s.nonClaimReason().ordinal()]);
        f.add(s.claimKind() == null ? "kind=none" : KIND[s.claimKind().ordinal()]);
        if (!Double.isNaN(s.claimProbability())) {
            int cw = (int) Math.floor(s.claimProbability() * 5);
            f.add(cw >= 0 && cw < CW.length ? CW[cw] : "cw=" + cw);
        }
        if (s.checkWorthy()) {
            f.add("check-worthy");
        }
        List<Quote> quotes = a.quotesOverlapping(s.range());
        List<TextRange> quoted = new ArrayList<>(quotes.size());
        for (Quote q : quotes) {
            quoted.add(q.content());
        }
        SentenceKey key = wordsKey(a, s, quoted);
        if (memory == null) {
            Words words = words(key);
            quoteFeatures(s, quotes, words, text, f);
            contextFeatures(all, i, opening, text, f);
            f.addAll(words.wordFeatures());
            EntityFeatures.add(a, s, quoted, f);
            return new Featured(f, words, null);
        }
        SourcingMemory.Last last = memory.last(i, key);
        Words words = last != null ? last.words() : memory.words(key, this::words);
        quoteFeatures(s, quotes, words, text, f);
        contextFeatures(all, i, opening, text, f);
        List<String> tail = memory.tail;
        tail.clear();
        EntityFeatures.add(a, s, quoted, tail);
        return memory.featured(i, key, last, f, words, tail);
    }

    private static final String[] CUE_SOURCE = {
        "cue-source=none", "cue-source=vague", "cue-source=entity", "cue-source=named"
    };

    /** The feature strings of a cue lemma under this object's lexicons ({@link CueStrings#of}). */
    CueStrings cueStrings(String lemma) {
        return CueStrings.of(lemma, verbClass(lemma));
    }

    /** The lemma's strings: remembered by an editor's memory (the same instances, so feature lists compare at once), else made. */
    private CueStrings cueStrings(String lemma, SourcingMemory.Session memory) {
        return memory == null ? cueStrings(lemma) : memory.cueStrings(lemma, this::cueStrings);
    }

    /**
     * A speech act ("say", "accuse") attributes; an attitude ("believe") attributes a stance; anything
     * else PolNeAR counts as a cue ("embrace", "plan", "learn") is an action the writer states.
     */
    private String verbClass(String lemma) {
        int space = lemma.indexOf(' ');
        String head = space < 0 ? lemma : lemma.substring(0, space);
        if (lex.reportingVerbs.contains(head) || lex.reportingNouns.contains(head)) {
            return "speech";
        }
        if (lex.attitudeVerbs.contains(head)) {
            return "attitude";
        }
        return lemma.startsWith("according") ? "speech" : "other";
    }

    /** The sentence's attribution basis under one prefix ("by=", "prev=", …), "none" when unattributed. */
    private static String basis(String[] prefixed, SentenceInfo s) {
        return s.attributedBy() == null
                ? prefixed[prefixed.length - 1]
                : prefixed[s.attributedBy().basis().ordinal()];
    }

    /** @param quotes the quotations overlapping the sentence */
    private static void quoteFeatures(SentenceInfo s, List<Quote> quotes, Words w, String text, List<String> f) {
        boolean speaker = false;
        boolean statement = false;
        for (Quote q : quotes) {
            speaker |= q.speaker() != null;
            statement |= q.statement() != null;
        }
        double share = w.words() == 0 ? 0 : (double) w.quotedWords() / w.words();
        f.add(share == 0 ? "quoted=0" : share < 0.3 ? "quoted=low" : share < 0.7 ? "quoted=mid" : "quoted=high");
        if (!quotes.isEmpty()) {
            f.add(speaker ? "quote-speaker=true" : "quote-speaker=false");
            f.add(statement ? "quote-statement=true" : "quote-statement=false");
        }
        f.add(LEN[Math.min(w.words() / 8, 6)]);
        if (endsWithColon(text, s.range())) {
            f.add("ends-colon");
        }
    }

    /** Whether the text of {@code r}, stripped, ends with a colon ({@code r.of(text).strip().endsWith(":")} without the copy). */
    static boolean endsWithColon(String text, TextRange r) {
        int k = r.end() - 1;
        while (k >= r.start() && Character.isWhitespace(text.charAt(k))) {
            k--;
        }
        return k >= r.start() && text.charAt(k) == ':';
    }

    /** @param opening the index of the first sentence of sentence {@code i}'s paragraph */
    private static void contextFeatures(List<SentenceInfo> all, int i, int opening, String text, List<String> f) {
        SentenceInfo s = all.get(i);
        SentenceInfo prev = i > 0 ? all.get(i - 1) : null;
        SentenceInfo next = i + 1 < all.size() ? all.get(i + 1) : null;
        boolean first = prev == null || prev.paragraph() != s.paragraph();
        f.add(TOP[Math.min(i, 3)]);
        if (first) {
            f.add("para-first");
            if (prev != null) {
                f.add(basis(PREV_PARA, prev));
                if (endsWithColon(text, prev.range())) {
                    f.add("prev-para-colon");
                }
                if (prev.nonClaimReason() != null) {
                    f.add(PREV_PARA_REASON[prev.nonClaimReason().ordinal()]);
                }
            }
        } else {
            f.add(basis(PREV, prev));
            f.add(basis(PARA_OPENING, all.get(opening)));
        }
        boolean last = next == null || next.paragraph() != s.paragraph();
        if (last) {
            f.add("para-last");
            if (first) {
                f.add("para-alone");
            }
        } else {
            f.add(basis(NEXT, next));
            if (next.nonClaimReason() != null) {
                f.add(NEXT_REASON[next.nonClaimReason().ordinal()]);
            }
        }
    }

    /**
     * Everything {@link #words} reads of a sentence: its tokens' words, tags and lemmas and two masks —
     * mask 0, the tokens starting inside the content of a quotation overlapping the sentence (what the
     * word features skip and the quoted share counts), mask 1, those starting inside any quotation's
     * content (what {@link ClaimDescriber} skips). Offsets enter only through the masks.
     *
     * @param quoted the contents of the quotations overlapping the sentence
     */
    static SentenceKey wordsKey(ArticleIndex index, SentenceInfo s, List<TextRange> quoted) {
        List<Token> toks = s.sentence().tokens();
        BitSet inQuoted = new BitSet(toks.size());
        if (!quoted.isEmpty()) {
            for (int k = 0; k < toks.size(); k++) {
                if (inside(quoted, toks.get(k).start())) {
                    inQuoted.set(k);
                }
            }
        }
        return SentenceKey.of(toks, inQuoted, index.tokensInQuoteContent(toks, s.range()));
    }

    /** The sentence's {@link Words}: reads only what {@code key} holds ({@link #wordsKey}) and this object's lexicons. */
    Words words(SentenceKey key) {
        List<Token> toks = key.tokens();
        BitSet quoted = key.mask(0);
        List<String> f = new ArrayList<>();
        int words = 0;
        int quotedWords = 0;
        boolean firstVerb = true;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (t.isPunctuation()) {
                continue;
            }
            words++;
            if (quoted.get(k)) {
                quotedWords++;
                continue;
            }
            String lower = t.lower();
            String lemma = t.lemma() == null ? lower : t.lemma().toLowerCase(Locale.ROOT);
            if (k == 0 || k == 1 && toks.get(0).isQuoteMark()) {
                f.add("w0=" + lower);
                f.add("p0=" + t.pos());
            }
            if (t.isVerb()) {
                f.add("v=" + lemma);
                if (firstVerb && t.pos().equals("VERB")) {
                    f.add("v1=" + lemma);
                    f.add("v1-class=" + verbClass(lemma));
                    firstVerb = false;
                }
                if (lex.reportingVerbs.contains(lemma)) {
                    f.add("reporting-verb");
                }
            }
            if (t.pos().equals("ADJ") || t.pos().equals("ADV")) {
                f.add("adj=" + lemma);
            }
            if (t.pos().equals("NOUN")) {
                f.add("n=" + lemma);
            }
            if (t.pos().equals("NUM") || hasDigit(lower)) {
                f.add("number");
            }
            if (lower.equals("%") || lower.equals("percent")) {
                f.add("percent");
            }
            if (lower.startsWith("$")) {
                f.add("money");
            }
            if (lex.calendarWords.contains(t.text())) {
                f.add("date-word");
            }
            if (lex.personTitles.contains(lower)) {
                f.add("title-word");
            }
            if (t.pos().equals("PRON") && k < 2) {
                f.add("pron-start=" + lower);
            }
        }
        ClaimDescriber.TokenClaim claim = ClaimDescriber.tokenClaim(toks, key.mask(1));
        return new Words(
                words, quotedWords, List.copyOf(f), claim.prediction(), claim.firstVerb(), claim.linksToDescription());
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    static boolean inside(List<TextRange> ranges, int offset) {
        for (TextRange r : ranges) {
            if (r.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    /** {@code prefix + value.name()} by ordinal, then {@code prefix + "none"} last. */
    static String[] prefixed(String prefix, Enum<?>[] values) {
        String[] out = new String[values.length + 1];
        for (Enum<?> v : values) {
            out[v.ordinal()] = prefix + v.name();
        }
        out[values.length] = prefix + "none";
        return out;
    }

    private static String[] numbered(String prefix, int n) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = prefix + i;
        }
        return out;
    }
}
