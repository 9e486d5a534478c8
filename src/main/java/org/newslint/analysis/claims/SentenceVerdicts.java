package org.newslint.analysis.claims;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLongArray;
import org.newslint.analysis.attribution.Attributor;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.AttributedBy;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.ClaimKind;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.analysis.model.Source;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.nlp.BoundedMemo;
import org.newslint.nlp.SentenceKey;
import org.newslint.nlp.Token;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * The last stage: for every sentence, whether it is attributed (to a named source, a quotation's
 * speaker, a transcript label, or an unnamed one) and whether it is a claim worth checking, with
 * the check-worthiness model's say where the rules allow it.
 */
public final class SentenceVerdicts {
    private final Lexicons lex;
    private final ClaimClassifier claims;

    public SentenceVerdicts(Lexicons lex, ClaimClassifier claims) {
        this.lex = lex;
        this.claims = claims;
    }

    /** The verdicts in sentence order, and the questions put to the check-worthiness model on the way. */
    public record Verdicts(List<SentenceInfo> sentences, List<ClaimQuestion> claimQuestions) {
        public Verdicts {
            sentences = List.copyOf(sentences);
            claimQuestions = List.copyOf(claimQuestions);
        }
    }

    /**
     * @param cueLists the cues of each sentence, as the attribution stage found them
     * @param quotes the quotations with their speakers, before the quote model turns any into terms
     * @param labels transcript speaker labels by paragraph
     */
    public Verdicts decide(
            Prose prose,
            List<SentenceDraft> drafts,
            Attributor attributor,
            List<List<Attribution>> cueLists,
            List<Quote> quotes,
            Map<Integer, Source> labels) {
        return decide(prose, drafts, attributor, cueLists, quotes, labels, false);
    }

    /**
     * @param remember whether to remember what each sentence's words decide (an editor's analyses) and
     *     reuse what was remembered; a fresh analysis remembers nothing
     */
    public Verdicts decide(
            Prose prose,
            List<SentenceDraft> drafts,
            Attributor attributor,
            List<List<Attribution>> cueLists,
            List<Quote> quotes,
            Map<Integer, Source> labels,
            boolean remember) {
        BoundedMemo<SentenceKey, Words> memo = remember ? memory(drafts.size()) : null;
        SentenceKey.Recent.Session<Words> seen = memo == null ? null : recent.begin(drafts.size());
        List<ClaimQuestion> questions = new ArrayList<>();
        int maxQuoteLength = 0;
        for (Quote q : quotes) {
            maxQuoteLength = Math.max(maxQuoteLength, q.range().length());
        }
        List<SentenceInfo> infos = new ArrayList<>();
        int[] paragraphStart = {0}; // the index of the first sentence of the current sentence's paragraph
        for (int si = 0; si < drafts.size(); si++) {
            SentenceDraft d = drafts.get(si);
            if (si == 0 || drafts.get(si - 1).paragraph() != d.paragraph()) {
                paragraphStart[0] = si;
            }
            List<Token> toks = d.sentence().tokens();
            Source source = null;
            AttributedBy by = null;
            List<Attribution> all = new ArrayList<>(cueLists.get(si));
            for (Attributor.CueHit hit : attributor.stanceCues(toks)) {
                all.add(new Attribution(hit.cue(), hit.source()));
            }
            for (Attribution a : all) {
                if (a.source() != null && !lex.isWeasel(a.source())) {
                    source = a.source();
                    by = new AttributedBy(
                            AttributedBy.Basis.NAMED_SOURCE, a.cue().lemma());
                    break;
                }
            }
            BitSet quoted = ClaimClassifier.quotedTokens(toks, attributor);
            Words words = memo == null ? null : remembered(si, toks, quoted, memo, seen);
            double quotedShare = words != null ? words.quotedShare() : quotedShare(toks, quoted);
            if (source == null) {
                for (Quote q : quotesOverlapping(d.sentence().range(), quotes, maxQuoteLength)) {
                    if (q.speaker() != null
                            && d.sentence().range().overlaps(q.range())
                            && (d.sentence().range().contains(q.range().start()) || quotedShare >= 0.5)) {
                        source = q.speaker();
                        by = AttributedBy.of(AttributedBy.Basis.QUOTE);
                        break;
                    }
                }
            }
            if (source == null && labels.containsKey(d.paragraph())) {
                source = labels.get(d.paragraph());
                by = AttributedBy.of(AttributedBy.Basis.SPEAKER_LABEL);
            }
            if (by == null) {
                by = attributor.attributionWithoutSource(toks, d.sentence().range(), all, quotedShare);
            }
            if (by == null) {
                by = introducedByColon(si, paragraphStart, drafts, infos, prose.text());
            }
            if (by == null
                    && d.paragraphReason() == NonClaimReason.HEADING
                    && HEADLINE_QUOTATION
                            .matcher(d.sentence().range().of(prose.original()))
                            .find()) {
                by = AttributedBy.of(AttributedBy.Basis.HEADLINE_QUOTATION);
            }
            NonClaimReason paragraphReason = d.paragraphReason();
            NonClaimReason reason = paragraphReason != null
                    ? paragraphReason
                    : words != null ? words.reason() : claims.sentenceReason(toks, quotedShare);
            if (reason == null && isRefusalToComment(cueLists.get(si))) {
                reason = NonClaimReason.NO_COMMENT;
            }
            boolean checkWorthy = false;
            ClaimKind kind = null;
            double probability = Double.NaN;
            if (reason == null || reason.modelMayOverrule()) {
                ClaimQuestion question =
                        new ClaimQuestion(toks, words != null ? words.kind() : claims.kind(toks, quoted), reason);
                questions.add(question);
                probability = words == null ? claims.probability(question) : words.probability(question, claims);
                if (question.isClaim(probability, claims.threshold())) {
                    kind = question.kind();
                    checkWorthy = question.isCheckWorthy(probability, claims.threshold());
                    reason = null;
                }
            }
            infos.add(new SentenceInfo(
                    d.sentence(), d.paragraph(), all, source, by, kind, reason, checkWorthy, probability));
        }
        if (seen != null) {
            seen.end();
        }
        return new Verdicts(infos, questions);
    }

    /**
     * Headlines quote in single curly marks ("Christie Calls Clinton ‘A Disgrace’", AP style), even a
     * word or two, and a headline quotation is someone's words; a ’ inside a word is an apostrophe.
     */
    private static final java.util.regex.Pattern HEADLINE_QUOTATION = java.util.regex.Pattern.compile(
            "\u2018(?:[^\u2018\u2019]|\u2019(?=\\p{L}))*\\p{L}(?:[^\u2018\u2019]|\u2019(?=\\p{L}))*\u2019(?!\\p{L})");

    /** "The company declined to comment": a source's silence asserts nothing checkable. */
    private static boolean isRefusalToComment(List<Attribution> attributions) {
        for (Attribution a : attributions) {
            String lemma = a.cue().lemma();
            if (lemma.startsWith("decline to")
                    || lemma.startsWith("refuse to")
                    || lemma.startsWith("not respond")
                    || lemma.startsWith("could not be reach")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The paragraph right after an attributed sentence ending in a colon ("The governor added:") is what
     * that sentence introduces, quotation marks or not.
     */
    private static AttributedBy introducedByColon(
            int si, int[] paragraphStart, List<SentenceDraft> drafts, List<SentenceInfo> infos, String text) {
        int paragraph = drafts.get(si).paragraph();
        // the last sentence of an earlier paragraph: one step back from this paragraph's first sentence
        // (sentences are in paragraph order; walking back sentence by sentence was quadratic in a long paragraph)
        int k = si - 1;
        if (k >= 0 && drafts.get(k).paragraph() == paragraph) {
            k = paragraphStart[0] - 1;
        }
        if (k >= 0
                && drafts.get(k).paragraph() == paragraph - 1
                && infos.get(k).source() != null
                && drafts.get(k).sentence().range().of(text).strip().endsWith(":")) {
            return AttributedBy.of(AttributedBy.Basis.INTRODUCED_BY_COLON);
        }
        return null;
    }

    /** The share of the sentence's words (not punctuation) that are quoted ({@code quoted}: the quoted tokens by index). */
    private static double quotedShare(List<Token> toks, BitSet quoted) {
        int words = 0;
        int inQuotes = 0;
        for (int i = 0; i < toks.size(); i++) {
            if (toks.get(i).isPunctuation()) {
                continue;
            }
            words++;
            if (quoted.get(i)) {
                inQuotes++;
            }
        }
        return words == 0 ? 0 : (double) inQuotes / words;
    }

    /**
     * What a sentence's words decide, whatever surrounds it: the quoted share, the rules' reason it is
     * no claim (when its paragraph gives none) and its kind of claim. {@link #words} reads only the
     * tokens' words and tags and the quoted mask — what a {@link SentenceKey} of the tokens and that
     * mask holds — and this stage's lexicons, so it is remembered under that key.
     */
    private record Words(
            double quotedShare, NonClaimReason reason, ClaimKind kind, AtomicLongArray probabilityByRuleReason) {
        Words(double quotedShare, NonClaimReason reason, ClaimKind kind) {
            this(quotedShare, reason, kind, unknownProbabilities());
        }

        /**
         * The model's probability for a question about these words ({@code question.kind()} is this
         * {@link #kind}), remembered per rule reason: the question's features are its tokens' words,
         * tags and lemmas (this key's), its kind (decided by the key) and the rule reason, so an equal
         * key and reason ask the model the same question; the first answer is kept, as its raw bits.
         */
        double probability(ClaimQuestion question, ClaimClassifier claims) {
            int slot = question.ruleReason() == null ? 0 : question.ruleReason().ordinal() + 1;
            long bits = probabilityByRuleReason.get(slot);
            if (bits != UNKNOWN) {
                return Double.longBitsToDouble(bits);
            }
            double p = claims.probability(question);
            if (Double.doubleToRawLongBits(p) != UNKNOWN) {
                probabilityByRuleReason.compareAndSet(slot, UNKNOWN, Double.doubleToRawLongBits(p));
            }
            return p;
        }

        private static AtomicLongArray unknownProbabilities() {
            AtomicLongArray a = new AtomicLongArray(NonClaimReason.values().length + 1);
            for (int i = 0; i < a.length(); i++) {
                a.set(i, UNKNOWN);
            }
            return a;
        }
    }

    /** Not yet asked: a NaN bit pattern no computation yields (the model's NaN, without a model, is the canonical one). */
    private static final long UNKNOWN = 0x7ff8_dead_0000_0001L;

    private Words words(SentenceKey key) {
        List<Token> toks = key.tokens();
        double share = quotedShare(toks, key.mask(0));
        return new Words(share, claims.sentenceReason(toks, share), claims.kind(toks, key.mask(0)));
    }

    /**
     * The words of sentence {@code index}, {@code toks} with the quoted mask {@code quoted}: the last analyses'
     * at the same place counted from the start or the end when the key is equal (the same words and mask,
     * compared by reference for the tagging cache's sentences and their moved copies), else by its
     * {@link SentenceKey}, else computed.
     */
    private Words remembered(
            int index,
            List<Token> toks,
            BitSet quoted,
            BoundedMemo<SentenceKey, Words> memo,
            SentenceKey.Recent.Session<Words> seen) {
        SentenceKey key = SentenceKey.of(toks, quoted);
        Words words = seen.get(index, key);
        if (words == null) {
            words = memo.computeIfAbsent(key, this::words);
            seen.put(index, key, words);
        }
        return words;
    }

    /**
     * The last analyses' sentences' words by place, so an unchanged sentence costs pointer comparisons, not a
     * hash; made with {@link #remembered}.
     */
    private volatile SentenceKey.Recent<Words> recent;

    private static final int REMEMBERED = 4096;
    /** The most sentences remembered (a 1 MiB article has about 9,000). */
    private static final int MOST_REMEMBERED = 1 << 17;

    /** Made on the first editor analysis: a stage that only ever runs fresh analyses holds nothing. */
    private volatile BoundedMemo<SentenceKey, Words> remembered;

    private BoundedMemo<SentenceKey, Words> memory(int sentences) {
        BoundedMemo<SentenceKey, Words> memo = remembered;
        if (memo == null) {
            synchronized (this) {
                if (remembered == null) {
                    recent = new SentenceKey.Recent<>();
                    remembered = new BoundedMemo<>(REMEMBERED, MOST_REMEMBERED);
                }
                memo = remembered;
            }
        }
        memo.expect(sentences);
        return memo;
    }

    /** The quotes (sorted by start, none longer than {@code maxLength}) that overlap {@code range}. */
    private static List<Quote> quotesOverlapping(TextRange range, List<Quote> quotes, int maxLength) {
        int lo = 0;
        int hi = quotes.size() - 1;
        int firstAfter = quotes.size();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (quotes.get(mid).range().start() >= range.end()) {
                firstAfter = mid;
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        List<Quote> out = new ArrayList<>();
        for (int i = firstAfter - 1; i >= 0; i--) {
            Quote q = quotes.get(i);
            if (q.range().overlaps(range)) {
                out.add(0, q);
            } else if (q.range().start() + maxLength < range.start()) {
                break; // no earlier quote is long enough to reach the sentence
            }
        }
        return out;
    }
}
