package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * All that a {@link SentenceLocal} rule may read of one sentence, and the key under which its
 * judgement is remembered: the sentence's tokens (words, tags, lemma candidates, spans), its
 * attributions (cue span and lemma; source span, words and whether it resolved to an entity, never
 * which entity: entity ids are numbered across the document), why it is attributed, why it is no
 * claim, and the document's text over its span (for excerpts in messages). Every offset is relative
 * to the start of that span (the <em>window</em>: the sentence, widened to its first token's start,
 * its last token's end and any attribution reaching outside it), so the same sentence elsewhere in
 * this or another document is the same key. (Were a token out of order, outside the window, the key
 * would still compare it exactly; a rule reading it would fail alike with and without the memo.)
 *
 * <p>Why a remembered judgement is the judgement: {@link #equals} compares exactly the fields the
 * accessors return (the relative token fields, the attributions as {@link LocalAttribution}s, the
 * two reasons and the window's characters), and a rule's {@code judge} receives nothing else
 * ({@link SentenceLocal}); so two equal keys give the same judgement. {@link #excerpt} refuses a
 * range outside the window, so a message cannot quote text the key does not hold. Keys are cheap to
 * probe: a sentence of the current analysis keeps its absolute tokens and the document's text and
 * compares them relative to its origin; only a key that is stored ({@link #detached}) copies them.
 * Immutable apart from the relative tokens, made once on first use (a probe is used by one thread).
 */
final class LocalSentence {
    /** An attribution's source as a rule may read it: span, words, and whether it names a known entity. */
    record LocalSource(TextRange range, String text, boolean resolved) {}

    /** An attribution as a rule may read it: the cue's span and lemma, and its source (or null). */
    record LocalAttribution(TextRange cue, String cueLemma, LocalSource source) {}

    /** The tokens as the analysis has them (probe) or already relative (stored, {@code origin} 0). */
    private final List<Token> tokens;
    /** Where the window starts in {@code text}. */
    private final int origin;
    /** The document's text (probe) or the window's (stored). */
    private final String text;

    private final int length;
    private final List<LocalAttribution> attributions;
    private final AttributedBy attributedBy;
    private final NonClaimReason nonClaimReason;
    private final int hash;
    private List<Token> relative;

    private LocalSentence(
            List<Token> tokens,
            int origin,
            String text,
            int length,
            List<LocalAttribution> attributions,
            AttributedBy attributedBy,
            NonClaimReason nonClaimReason) {
        this.tokens = tokens;
        this.origin = origin;
        this.text = text;
        this.length = length;
        this.attributions = List.copyOf(attributions);
        this.attributedBy = attributedBy;
        this.nonClaimReason = nonClaimReason;
        this.hash = computeHash();
        this.relative = origin == 0 ? tokens : null;
    }

    /** The sentence {@code s} of a document whose text (the analysed one, {@code Document.text}) is {@code text}. */
    static LocalSentence of(SentenceInfo s, String text) {
        long window = window(s);
        int from = (int) (window >>> 32);
        int to = (int) window;
        List<LocalAttribution> attributions = s.attributions().isEmpty() ? List.of() : new ArrayList<>();
        for (Attribution a : s.attributions()) {
            LocalSource source = a.source() == null
                    ? null
                    : new LocalSource(
                            shift(a.source().range(), -from),
                            a.source().text(),
                            a.source().entityId() != null);
            attributions.add(
                    new LocalAttribution(shift(a.cue().range(), -from), a.cue().lemma(), source));
        }
        return new LocalSentence(
                s.sentence().tokens(), from, text, to - from, attributions, s.attributedBy(), s.nonClaimReason());
    }

    /**
     * The sentence's window as start (high half) and end (low half): its span, widened to its first
     * token's start, its last token's end and any attribution reaching outside it.
     */
    static long window(SentenceInfo s) {
        int from = s.range().start();
        int to = s.range().end();
        List<Token> tokens = s.sentence().tokens();
        if (!tokens.isEmpty()) { // tokens run in order: the first starts first, the last ends last
            from = Math.min(from, Token.startOf(tokens, 0));
            to = Math.max(to, Token.endOf(tokens, tokens.size() - 1));
        }
        List<Attribution> attributions = s.attributions();
        for (int i = 0; i < attributions.size(); i++) {
            Attribution a = attributions.get(i);
            from = Math.min(from, a.cue().range().start());
            to = Math.max(to, a.cue().range().end());
            if (a.source() != null) {
                from = Math.min(from, a.source().range().start());
                to = Math.max(to, a.source().range().end());
            }
        }
        return ((long) from << 32) | to;
    }

    /**
     * Whether sentence {@code a} with its window at {@code ao} and sentence {@code b} with its window at
     * {@code bo} give equal keys apart from the window's characters: the same tokens relative to the
     * window (the very same list when nothing moved, or lists {@link Token#movedBy moved} from one another by
     * as much as the windows), attributions, and reasons. What
     * {@link #equals} compares, field for field, without building either key; the caller vouches for
     * the characters.
     */
    static boolean sameApartFromText(SentenceInfo a, int ao, SentenceInfo b, int bo) {
        if (a.nonClaimReason() != b.nonClaimReason()
                || a.attributedBy() != b.attributedBy() && !Objects.equals(a.attributedBy(), b.attributedBy())) {
            return false;
        }
        List<Token> at = a.sentence().tokens();
        List<Token> bt = b.sentence().tokens();
        // lists moved from one another hold the same tokens moved by one distance: equal relative to the windows
        // when the windows moved by that distance too (a sentence an edit moved), without reading a token
        if (Token.movedBy(at, bt) != (long) ao - bo) {
            if (at.size() != bt.size()) {
                return false;
            }
            for (int i = 0; i < at.size(); i++) {
                if (!sameToken(at.get(i), ao, bt.get(i), bo)) {
                    return false;
                }
            }
        }
        List<Attribution> aa = a.attributions();
        List<Attribution> ba = b.attributions();
        if (aa.size() != ba.size()) {
            return false;
        }
        for (int i = 0; i < aa.size(); i++) {
            Attribution x = aa.get(i);
            Attribution y = ba.get(i);
            if (!sameRange(x.cue().range(), ao, y.cue().range(), bo)
                    || !Objects.equals(x.cue().lemma(), y.cue().lemma())
                    || (x.source() == null) != (y.source() == null)) {
                return false;
            }
            if (x.source() != null
                    && (!sameRange(x.source().range(), ao, y.source().range(), bo)
                            || !Objects.equals(x.source().text(), y.source().text())
                            || (x.source().entityId() == null) != (y.source().entityId() == null))) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameRange(TextRange a, int ao, TextRange b, int bo) {
        return a.start() - ao == b.start() - bo && a.end() - ao == b.end() - bo;
    }

    /** Two tokens equal relative to their windows (strings shared by a shifted copy compare by identity first). */
    private static boolean sameToken(Token a, int ao, Token b, int bo) {
        return a == b && ao == bo
                || a.start() - ao == b.start() - bo
                        && a.end() - ao == b.end() - bo
                        && a.text().equals(b.text())
                        && a.pos().equals(b.pos())
                        && Objects.equals(a.lemma(), b.lemma())
                        && (a.lemmas() == b.lemmas() || a.lemmas().equals(b.lemmas()))
                        && a.lower().equals(b.lower());
    }

    /** Where the window starts in the document (the offset {@link #place} adds). */
    int origin() {
        return origin;
    }

    /** This key holding its own copies (relative tokens, the window's text), to be stored in a memo. */
    LocalSentence detached() {
        return new LocalSentence(
                tokens(),
                0,
                text.substring(origin, origin + length),
                length,
                attributions,
                attributedBy,
                nonClaimReason);
    }

    /** The tokens, offsets relative to the window. */
    List<Token> tokens() {
        List<Token> r = relative;
        if (r == null) {
            r = List.copyOf(Token.moved(tokens, -origin));
            relative = r;
        }
        return r;
    }

    List<LocalAttribution> attributions() {
        return attributions;
    }

    /** Why the sentence is attributed, or null. */
    AttributedBy attributedBy() {
        return attributedBy;
    }

    /** Why the sentence is no claim, or null. */
    NonClaimReason nonClaimReason() {
        return nonClaimReason;
    }

    /** The original text of a range of the window, on one line, shortened as {@link RuleContext#excerpt} does. */
    String excerpt(TextRange range, int max) {
        if (range.end() > length) {
            throw new IllegalArgumentException("range " + range + " outside the sentence's window 0.." + length);
        }
        return RuleContext.oneLine(text.substring(origin + range.start(), origin + range.end()), max);
    }

    /** Findings judged on this key (window offsets) placed in the document this key was made from. */
    List<LocalFinding> place(List<LocalFinding> judged) {
        return place(judged, origin);
    }

    /** Findings judged on a key (window offsets) placed at a window starting at {@code origin}. */
    static List<LocalFinding> place(List<LocalFinding> judged, int origin) {
        if (judged.isEmpty() || origin == 0) {
            return judged;
        }
        List<LocalFinding> out = new ArrayList<>(judged.size());
        for (LocalFinding f : judged) {
            out.add(f.shifted(origin));
        }
        return out;
    }

    static TextRange shift(TextRange r, int by) {
        return new TextRange(r.start() + by, r.end() + by);
    }

    /**
     * The window's characters and the reasons: enough to tell sentences apart, and cheap (no token
     * or attribution is visited; {@link #equals} compares those).
     */
    private int computeHash() {
        int h = 31 * (31 * length + tokens.size()) + attributions.size();
        h = 31 * h + Objects.hashCode(attributedBy);
        h = 31 * h + Objects.hashCode(nonClaimReason);
        for (int i = origin; i < origin + length; i++) {
            h = 31 * h + text.charAt(i);
        }
        return h;
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof LocalSentence k)
                || hash != k.hash
                || length != k.length
                || tokens.size() != k.tokens.size()
                || nonClaimReason != k.nonClaimReason
                || !Objects.equals(attributedBy, k.attributedBy)
                || !attributions.equals(k.attributions)
                || !text.regionMatches(origin, k.text, k.origin, length)) {
            return false;
        }
        for (int i = 0; i < tokens.size(); i++) {
            if (!sameToken(tokens.get(i), origin, k.tokens.get(i), k.origin)) {
                return false;
            }
        }
        return true;
    }
}
