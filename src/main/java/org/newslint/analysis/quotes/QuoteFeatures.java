package org.newslint.analysis.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Cue;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.Quote;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Sentence;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * What the quote model sees of a quotation, because whether quoted words are someone's reported
 * statement or a term, title or scare quote ("its “national enterprise reporter”", "“Christian”
 * as their religion") shows in its length and shape, in the words around it and in how its speaker
 * was found; one place computes it for training ({@code newslint train quotes}) and for analysis.
 */
final class QuoteFeatures {
    /** Runs of white space, compiled once ({@code String.replaceAll} and {@code String.split} compile on every call). */
    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private static final Set<String> DETERMINERS = Set.of(
            "a", "an", "the", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
            "some", "any", "no", "every");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "i", "you", "it");
    /** Small words before a quotation that say how it is used: "called it “…”", "known as “…”", "a so-called “…”". */
    private static final Set<String> TELLING_WORDS = Set.of(
            "as",
            "called",
            "call",
            "calls",
            "dubbed",
            "so-called",
            "of",
            "to",
            "that",
            "word",
            "words",
            "term",
            "phrase",
            "label",
            "slogan",
            "chants",
            "chanting",
            "titled",
            "entitled",
            "named",
            "nicknamed",
            "said",
            "says",
            "wrote",
            "told",
            "added",
            "is",
            "was",
            "be",
            "been",
            "are",
            "were",
            "and",
            "or",
            "by",
            "for",
            "with",
            "in",
            "on",
            "about",
            "at",
            "from",
            ",",
            ":",
            "(",
            "-",
            "--",
            "\u2014");

    private QuoteFeatures() {}

    /**
     * What one statement's features are read from besides its text, gathered by {@link Quotations}:
     * named fields rather than a row of positional flags, so that no two of them can swap unnoticed.
     *
     * @param first the first of the quotations sharing the statement
     * @param groupSize how many quotations share it
     * @param clue which clue gave the speaker ("cue", "subject", "none", …)
     * @param sentence the sentence the quotation opens in, or null
     * @param quotesInSentence how many quotations open in that sentence
     * @param paragraphInitial whether the quotation opens its paragraph
     * @param titleLike whether its words look like a title ({@link TitleQuotes})
     * @param weaselSpeaker whether its speaker is a vague source ("some experts")
     * @param paragraphReason why its paragraph is not story text, or null for story text
     * @param cueInSentence whether its sentence has a reporting cue
     */
    record Context(
            Quote first,
            int groupSize,
            SpeakerClue clue,
            Sentence sentence,
            int quotesInSentence,
            boolean paragraphInitial,
            boolean titleLike,
            boolean weaselSpeaker,
            NonClaimReason paragraphReason,
            boolean cueInSentence) {}

    /** The features of the statement {@code c} describes; {@code text} is the normalised text, {@code original} as written. */
    static List<String> of(Context c, Lexicons lex, String text, String original) {
        Quote q = c.first();
        String how = c.clue().feature();
        List<String> f = new ArrayList<>();
        f.add("bias");
        f.add("marks="
                + (original.charAt(q.range().start()) == '"'
                        ? "straight"
                        : Character.toString(original.charAt(q.range().start()))));
        f.add("paragraph="
                + (c.paragraphReason() == null ? "body" : c.paragraphReason().label()));
        f.add("cueInSentence=" + c.cueInSentence());
        f.add("kind=" + q.kind().label());
        String content = q.content().of(text).strip();
        String[] words = content.isEmpty() ? new String[0] : Spaces.split(content);
        String length = lengthBucket(words.length);
        f.add("len=" + length);
        f.add("kind+len=" + q.kind().label() + "+" + length);
        f.add("how=" + how);
        f.add("how+len=" + how + "+" + length);
        f.add("closed=" + q.closed());
        if (!content.isEmpty()) {
            char first = content.charAt(0);
            f.add("cap=" + (Character.isUpperCase(first) ? "upper" : Character.isDigit(first) ? "digit" : "lower"));
            char last = content.charAt(content.length() - 1);
            f.add("ends=" + (".!?".indexOf(last) >= 0 ? "stop" : ",;:".indexOf(last) >= 0 ? "comma" : "word"));
        }
        if (c.titleLike()) {
            f.add("title");
        }
        int capitalised = 0;
        for (String w : words) {
            capitalised += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
        }
        if (words.length >= 2) {
            double share = (double) capitalised / words.length;
            f.add("capShare=" + (share >= 0.8 ? "most" : share >= 0.4 ? "some" : "few"));
        }
        if (q.statement() != null) {
            String st = q.statement().of(text).strip();
            f.add("statementLen=" + lengthBucket(st.isEmpty() ? 0 : Spaces.split(st).length));
            String firstWord = Spaces.firstBeforeSpaceOrComma(st).toLowerCase(Locale.ROOT);
            if (firstWord.equals("that") || firstWord.equals("whether") || firstWord.equals("if")) {
                f.add("statementStarts=" + firstWord);
            }
        }
        if (!q.nested().isEmpty()) {
            f.add("nested");
        }
        if (c.groupSize() > 1) {
            f.add("group=" + Math.min(c.groupSize(), 3));
        }
        f.add("statement=" + statementShape(q));
        f.add("inSentence=" + Math.min(c.quotesInSentence(), 4));
        if (c.paragraphInitial()) {
            f.add("paragraphInitial");
        }
        Cue cue = q.cue();
        if (cue != null) {
            f.add("cue=" + cue.lemma().toLowerCase(Locale.ROOT));
            boolean after = cue.range().start() >= q.range().end();
            int gap = after
                    ? cue.range().start() - q.range().end()
                    : q.range().start() - cue.range().end();
            f.add("cueSide=" + (after ? "after" : "before") + "+" + gapBucket(gap));
        }
        Source s = q.speaker();
        if (s != null) {
            f.add("speaker=" + speakerType(s, lex));
            if (c.weaselSpeaker()) {
                f.add("speaker=weasel");
            }
        } else {
            f.add("speaker=none");
        }
        if (c.sentence() != null) {
            contextFeatures(q, c.sentence(), f, text);
        }
        // a feature is one word: "how=colon paragraph", "cue=according to" would read as two
        f.replaceAll(
                feature -> Spaces.any(feature) ? WHITESPACE.matcher(feature).replaceAll("_") : feature);
        return f;
    }

    private static void contextFeatures(Quote q, Sentence sentence, List<String> f, String text) {
        List<Token> toks = sentence.tokens();
        int before = -1;
        int after = -1;
        int inside = 0;
        boolean verbInside = false;
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.end() <= q.range().start()) {
                if (!t.isQuoteMark()) {
                    before = i;
                }
            } else if (t.start() >= q.range().end()) {
                if (after < 0 && !t.isQuoteMark()) {
                    after = i;
                }
            } else if (q.content().contains(t.range()) && !t.isPunctuation()) {
                inside++;
                verbInside |= t.isVerb() && !t.pos().equals("AUX")
                        || t.pos().equals("AUX") && !t.lower().endsWith("ing");
            }
        }
        f.add("verbInside=" + verbInside);
        for (int i = before; i >= 0; i--) {
            Token t = toks.get(i);
            if (t.pos().equals("VERB")) {
                f.add("verbBefore=" + t.lemma().toLowerCase(Locale.ROOT));
                break;
            }
        }
        if (before > 0) {
            f.add("prev2=" + toks.get(before - 1).pos() + "+" + toks.get(before).pos());
        }
        if (before < 0) {
            f.add("prev=START");
        } else {
            Token p = toks.get(before);
            f.add("prevPos=" + p.pos());
            String w = p.lower();
            if (DETERMINERS.contains(w) || TELLING_WORDS.contains(w)) {
                f.add("prev=" + w);
            } else if (w.endsWith("'s") || w.equals("'s") || w.equals("'")) {
                f.add("prev=POSSESSIVE");
            }
        }
        if (after < 0) {
            f.add("next=END");
        } else {
            Token n = toks.get(after);
            f.add("nextPos=" + n.pos());
            if (n.isPunctuation()) {
                f.add("next=" + n.text());
            }
            f.add("nextCap=" + (n.isCapitalized() && n.isProperNoun()));
        }
        int sentenceWords = 0;
        for (Token t : toks) {
            if (!t.isPunctuation()) {
                sentenceWords++;
            }
        }
        double share = sentenceWords == 0 ? 0 : (double) inside / sentenceWords;
        f.add("share=" + (share >= 0.9 ? "whole" : share >= 0.5 ? "most" : share >= 0.2 ? "part" : "little"));
        boolean opens =
                text.substring(sentence.range().start(), q.range().start()).isBlank();
        f.add("opensSentence=" + opens);
    }

    private static String statementShape(Quote q) {
        TextRange st = q.statement();
        if (st == null) {
            return "none";
        }
        if (st.equals(q.range())) {
            return "quote";
        }
        boolean left = st.start() < q.range().start();
        boolean right = st.end() > q.range().end();
        return left && right ? "both" : left ? "left" : "right";
    }

    private static String speakerType(Source s, Lexicons lex) {
        String[] words = Spaces.split(s.text().strip().toLowerCase(Locale.ROOT));
        String last = words[words.length - 1];
        if (words.length == 1 && PRONOUNS.contains(last)) {
            return "pronoun";
        }
        if (s.entityId() != null) {
            return "entity";
        }
        if (lex.roleNouns.contains(last)) {
            return "role";
        }
        return Character.isUpperCase(s.text().strip().charAt(0)) ? "capitalised" : "other";
    }

    private static String lengthBucket(int n) {
        return n <= 3 ? String.valueOf(n) : n <= 5 ? "4-5" : n <= 9 ? "6-9" : n <= 19 ? "10-19" : "20+";
    }

    private static String gapBucket(int gap) {
        return gap <= 2 ? "adjacent" : gap <= 12 ? "near" : gap <= 40 ? "mid" : "far";
    }
}
