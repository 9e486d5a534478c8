package org.newslint.analysis.sourcing;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Attribution;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.SentenceInfo;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * What the sourcing model sees of a sentence: what the earlier stages decided about it (attribution
 * and its basis, cues, quotations and speakers, layout reason, claim kind, the check-worthiness
 * model's say), where it stands (its paragraph's opening, the sentence before and after, the top of
 * the article), and its words (verbs outside quotations, hedges, figures, dates, named actors). A pure
 * function of the analysis before the sourcing decision, so training and use see the same features.
 */
public final class SourcingFeatures {
    private final Lexicons lex;

    public SourcingFeatures(Lexicons lex) {
        this.lex = lex;
    }

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
            out.add(features(index, sentences, i, opening, text));
        }
        return out;
    }

    private List<String> features(ArticleIndex a, List<SentenceInfo> all, int i, int opening, String text) {
        SentenceInfo s = all.get(i);
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("by=" + basis(s));
        if (s.attributedBy() != null && s.attributedBy().lemma() != null) {
            f.add("by-cue=" + s.attributedBy().lemma());
            f.add("by-class=" + verbClass(s.attributedBy().lemma()));
        }
        for (Attribution at : s.attributions()) {
            String cueClass = verbClass(at.cue().lemma());
            String source = at.source() == null
                    ? "none"
                    : lex.isWeasel(at.source()) ? "vague" : at.source().entityId() != null ? "entity" : "named";
            f.add("cue=" + at.cue().lemma());
            f.add("cue-class=" + cueClass);
            f.add("cue-source=" + source);
            f.add("cue-class-source=" + cueClass + "/" + source);
        }
        f.add("reason="
                + (s.nonClaimReason() == null ? "none" : s.nonClaimReason().name()));
        f.add("kind=" + (s.claimKind() == null ? "none" : s.claimKind().name()));
        if (!Double.isNaN(s.claimProbability())) {
            f.add("cw=" + (int) Math.floor(s.claimProbability() * 5));
        }
        if (s.checkWorthy()) {
            f.add("check-worthy");
        }
        List<Quote> quotes = a.quotesOverlapping(s.range());
        List<TextRange> quoted = new ArrayList<>();
        for (Quote q : quotes) {
            quoted.add(q.content());
        }
        quoteFeatures(s, quotes, quoted, text, f);
        contextFeatures(all, i, opening, text, f);
        wordFeatures(a, s, quoted, f);
        return f;
    }

    /**
     * A speech act ("say", "accuse") attributes; an attitude ("believe") attributes a stance; anything
     * else PolNeAR counts as a cue ("embrace", "plan", "learn") is an action the writer states.
     */
    private String verbClass(String lemma) {
        String head = lemma.split(" ")[0];
        if (lex.reportingVerbs.contains(head) || lex.reportingNouns.contains(head)) {
            return "speech";
        }
        if (lex.attitudeVerbs.contains(head)) {
            return "attitude";
        }
        return lemma.startsWith("according") ? "speech" : "other";
    }

    private static String basis(SentenceInfo s) {
        return s.attributedBy() == null ? "none" : s.attributedBy().basis().name();
    }

    /** @param quotes the quotations overlapping the sentence, {@code quoted} their contents */
    private static void quoteFeatures(
            SentenceInfo s, List<Quote> quotes, List<TextRange> quoted, String text, List<String> f) {
        int words = 0;
        int quotedWords = 0;
        boolean speaker = false;
        boolean statement = false;
        for (Quote q : quotes) {
            speaker |= q.speaker() != null;
            statement |= q.statement() != null;
        }
        for (Token t : s.sentence().tokens()) {
            if (t.isPunctuation()) {
                continue;
            }
            words++;
            if (inside(quoted, t.start())) {
                quotedWords++;
            }
        }
        double share = words == 0 ? 0 : (double) quotedWords / words;
        f.add("quoted=" + (share == 0 ? "0" : share < 0.3 ? "low" : share < 0.7 ? "mid" : "high"));
        if (!quotes.isEmpty()) {
            f.add("quote-speaker=" + speaker);
            f.add("quote-statement=" + statement);
        }
        f.add("len=" + Math.min(words / 8, 6));
        String t = s.range().of(text).strip();
        if (t.endsWith(":")) {
            f.add("ends-colon");
        }
    }

    /** @param opening the index of the first sentence of sentence {@code i}'s paragraph */
    private static void contextFeatures(List<SentenceInfo> all, int i, int opening, String text, List<String> f) {
        SentenceInfo s = all.get(i);
        SentenceInfo prev = i > 0 ? all.get(i - 1) : null;
        SentenceInfo next = i + 1 < all.size() ? all.get(i + 1) : null;
        boolean first = prev == null || prev.paragraph() != s.paragraph();
        f.add("top=" + Math.min(i, 3));
        if (first) {
            f.add("para-first");
            if (prev != null) {
                f.add("prev-para=" + basis(prev));
                if (prev.range().of(text).strip().endsWith(":")) {
                    f.add("prev-para-colon");
                }
                if (prev.nonClaimReason() != null) {
                    f.add("prev-para-reason=" + prev.nonClaimReason().name());
                }
            }
        } else {
            f.add("prev=" + basis(prev));
            f.add("para-opening=" + basis(all.get(opening)));
        }
        boolean last = next == null || next.paragraph() != s.paragraph();
        if (last) {
            f.add("para-last");
            if (first) {
                f.add("para-alone");
            }
        } else {
            f.add("next=" + basis(next));
            if (next.nonClaimReason() != null) {
                f.add("next-reason=" + next.nonClaimReason().name());
            }
        }
    }

    private void wordFeatures(ArticleIndex a, SentenceInfo s, List<TextRange> quoted, List<String> f) {
        List<Token> toks = s.sentence().tokens();
        boolean firstVerb = true;
        for (int k = 0; k < toks.size(); k++) {
            Token t = toks.get(k);
            if (inside(quoted, t.start()) || t.isPunctuation()) {
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
            if (t.pos().equals("NUM") || lower.chars().anyMatch(Character::isDigit)) {
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
        // per entity, in entity order, its first mention (in its own order) inside the sentence and outside quotations
        TreeMap<Integer, ArticleIndex.Mention> firstPerEntity = new TreeMap<>();
        for (ArticleIndex.Mention m :
                a.mentionsStartingIn(s.range().start(), s.range().end())) {
            if (s.range().contains(m.range()) && !inside(quoted, m.range().start())) {
                firstPerEntity.merge(m.entity(), m, (x, y) -> x.index() <= y.index() ? x : y);
            }
        }
        for (ArticleIndex.Mention m : firstPerEntity.values()) {
            Entity e = a.analysis().entities().get(m.entity());
            f.add("entity=" + e.type().name());
            if (m.range().start() - s.range().start() < 40) {
                f.add("entity-early=" + e.type().name());
            }
        }
    }

    private static boolean inside(List<TextRange> ranges, int offset) {
        for (TextRange r : ranges) {
            if (r.contains(offset)) {
                return true;
            }
        }
        return false;
    }
}
