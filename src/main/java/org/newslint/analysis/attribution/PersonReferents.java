package org.newslint.analysis.attribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.EntityType;
import org.newslint.nlp.Token;

/**
 * Who "he" or "she" is. The nearest person named is not always the one: in "Roy said the candidate
 * was no Jan Smit. “…,” he said" it is Roy, the person the sentence before made speak or act, not the
 * person it merely mentions. So a pronoun takes the most recent person in a speaker's or subject's
 * place (a name or "the governor" before its verb, the name after "said", an earlier "he" or "she"),
 * looking no further back than the sentence of the nearest person named, and never a person the
 * article calls a man for "she" or a woman for "he" (by a title or description, or by an earlier
 * pronoun of the other gender that stood for them).
 */
final class PersonReferents {
    /** Words before a name that open a clause, so that the name can be its subject. */
    private static final Set<String> CLAUSE_OPENERS = Set.of(
            "that when after before while because as if although though since until but and so where whether then"
                    .split(" "));

    /**
     * Something before the pronoun that can stand for a person; {@code main} when it is the subject of
     * its sentence's main clause or the speaker after "said", {@code salient} when it is any subject
     * (in the pronoun's own sentence only the main clause counts).
     */
    private record Item(int start, EntityFinder.MentionRef ref, Token pronoun, boolean main, boolean salient) {}

    private final Lexicons lex;
    private final EntityFinder.Result entities;
    private final QuoteSpans quotes;
    private final Coreference coreference;
    private final TimeExpressions times;
    private final List<List<Token>> sentences;
    /** Every "he" and "she" outside quotations, in text order; the first {@code done} are resolved. */
    private final List<Token> pronouns = new ArrayList<>();
    /** Where each of {@link #pronouns} starts, and where its sentence's last token ends. */
    private int[] starts = new int[16];

    private int[] sentenceEnds = new int[16];
    /** The answer for each of the first {@link #done} pronouns, and how far back it read ({@link Reads#floor}). */
    private EntityFinder.MentionRef[] answers = new EntityFinder.MentionRef[16];

    private int[] floors = new int[16];
    final Genders genders;
    private int done;
    /** Whether a walk read mentions all over the document (none does now): then no answer is remembered. */
    private boolean readEverywhere;
    /** How many answers were taken from the last analysis (for tests). */
    int taken;
    /** Where mentions, quotation marks and sentences are read. */
    private final Reads reads;
    /** The last analysis's answers, where they read only what this document has too (null: none). */
    private final LastAttribution.Alignment last;

    PersonReferents(
            Lexicons lex,
            EntityFinder.Result entities,
            QuoteSpans quotes,
            Coreference coreference,
            TimeExpressions times,
            List<List<Token>> sentences,
            AttributionMemory.Words[] words,
            Reads reads,
            LastAttribution.Alignment last) {
        this.lex = lex;
        this.entities = entities;
        this.quotes = quotes;
        this.coreference = coreference;
        this.times = times;
        this.sentences = sentences;
        this.reads = reads;
        this.last = last;
        this.genders = new Genders(lex, coreference);
        for (int s = 0; s < sentences.size(); s++) {
            List<Token> toks = sentences.get(s);
            for (int i : words[s].heOrShe()) {
                Token t = toks.get(i);
                if (!quotes.inQuote(t)) {
                    int k = pronouns.size();
                    if (k == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, 2 * k);
                        sentenceEnds = java.util.Arrays.copyOf(sentenceEnds, 2 * k);
                    }
                    starts[k] = t.start();
                    sentenceEnds[k] = toks.get(toks.size() - 1).end();
                    pronouns.add(t);
                }
            }
        }
        answers = new EntityFinder.MentionRef[pronouns.size()];
        floors = new int[pronouns.size()];
    }

    static boolean isHeOrShe(Token t) {
        return t.lower().equals("he") || t.lower().equals("she");
    }

    /** The person {@code pronoun} ("he" or "she") stands for, or null. */
    EntityFinder.MentionRef resolve(Token pronoun) {
        // each earlier pronoun first, in order, so that a chain of "he"s is followed without recursion; this
        // one too when it is listed (a walk reads only the answers for earlier pronouns, all found by then,
        // so it answers the same whenever it runs, and a pronoun asked for is not walked twice)
        resolveUpTo(pronoun.start());
        int k = resolvedAt(pronoun.start());
        if (k >= 0) {
            reads.at(floors[k]); // the answer read what its walk read
            return answers[k];
        }
        return walk(pronoun);
    }

    /**
     * Resolves the pronouns up to {@code offset}, in order: each takes the last analysis's answer when
     * that one read only what this document has too, shifted with the text ({@link LastAttribution}), else
     * it is walked; either way its floor is kept with it, and a walk's reads are its own, not the asker's.
     */
    private void resolveUpTo(int offset) {
        while (done < pronouns.size() && starts[done] <= offset) {
            int k = done;
            LastAttribution.Answer reused = last == null ? null : last.answer(starts[k], sentenceEnds[k]);
            if (reused != null) {
                taken++;
                answers[k] = reused.ref();
                floors[k] = reused.floor();
            } else {
                long saved = reads.begin();
                answers[k] = walk(pronouns.get(k));
                floors[k] = reads.floor;
                readEverywhere |= reads.everywhere;
                reads.end(saved);
            }
            done++;
        }
    }

    /** Resolves every pronoun (an editor's analysis, so that the next one finds all the answers). */
    void resolveAll() {
        resolveUpTo(Integer.MAX_VALUE);
    }

    /** The index of the resolved pronoun starting at {@code offset}, or a negative number. */
    private int resolvedAt(int offset) {
        return java.util.Arrays.binarySearch(starts, 0, done, offset);
    }

    /** The starts of the resolved pronouns, their answers (null: no one) and floors, for the editor's memory. */
    Object[] remembered() {
        int n = readEverywhere ? 0 : done;
        return new Object[] {
            java.util.Arrays.copyOf(starts, n), java.util.Arrays.copyOf(answers, n), java.util.Arrays.copyOf(floors, n)
        };
    }

    private EntityFinder.MentionRef walk(Token pronoun) {
        boolean she = pronoun.lower().equals("she");
        int floor = pronoun.start() - Coreference.PRONOUN_LOOKBACK;
        int own = AttributionMemory.sentenceOf(sentences, pronoun.start());
        Set<String> ruledOut = new HashSet<>();
        EntityFinder.MentionRef nearest = null;
        int nearestSentence = -1;
        for (int si = own; si >= 0 && (nearest == null || si >= nearestSentence); si--) {
            List<Token> toks = sentences.get(si);
            if (!toks.isEmpty()) {
                reads.at(Token.startOf(toks, 0));
            }
            if (!toks.isEmpty() && toks.get(toks.size() - 1).end() < floor) {
                break;
            }
            EntityFinder.MentionRef subordinate = null;
            for (Item item : items(toks, si == own ? pronoun.start() : Integer.MAX_VALUE, si == own)) {
                if (item.start() < floor) {
                    return subordinate != null ? subordinate : nearest;
                }
                EntityFinder.MentionRef ref = item.ref();
                if (item.pronoun() != null) {
                    int k = resolvedAt(item.pronoun().start());
                    ref = k >= 0 ? answers[k] : null;
                    if (k >= 0) {
                        reads.at(floors[k]); // the earlier answer read what its walk read
                    }
                    if (ref != null
                            && isHeOrShe(item.pronoun())
                            && item.pronoun().lower().equals("she") != she) {
                        ruledOut.add(ref.entityId()); // "She said he …": whoever she is, he is someone else
                        continue;
                    }
                }
                if (ref == null
                        || ref.type() != EntityType.PERSON
                        || ruledOut.contains(ref.entityId())
                        || !genders.agrees(ref.entityId(), she)) {
                    continue;
                }
                if (item.main()) {
                    return ref;
                }
                if (item.salient() && subordinate == null) {
                    subordinate = ref;
                }
                if (nearest == null) {
                    nearest = ref;
                    nearestSentence = si;
                }
            }
            if (subordinate != null) {
                return subordinate; // "… evidence that Tomas Varga was biased": a subject, though not the main one
            }
        }
        return nearest;
    }

    /** The people of one sentence before {@code before}, nearest first. */
    private List<Item> items(List<Token> toks, int before, boolean own) {
        List<Item> items = new ArrayList<>();
        if (toks.isEmpty()) {
            return items;
        }
        int n = toks.size();
        reads.at(Token.startOf(toks, 0)); // the mentions from the sentence's start on
        for (EntityFinder.MentionRef ref : entities.mentions()
                .subMap(
                        Token.startOf(toks, 0),
                        true,
                        Math.min(before, toks.get(n - 1).end()),
                        false)
                .values()) {
            if (ref.type() != EntityType.PERSON
                    || quotes.insideQuote(ref.range().start())) {
                continue;
            }
            int a = 0;
            while (a < n - 1 && toks.get(a).start() < ref.range().start()) {
                a++;
            }
            int b = a;
            while (b + 1 < n && toks.get(b + 1).end() <= ref.range().end()) {
                b++;
            }
            boolean main = speakerAfterVerb(toks, a, b) || mainClause(toks, a) && isSubject(toks, a, b);
            items.add(new Item(ref.range().start(), ref, null, main, main || !own && isSubject(toks, a, b)));
        }
        for (int i = 0; i < n && toks.get(i).start() < before; i++) {
            Token t = toks.get(i);
            if (quotes.inQuote(t)) {
                continue;
            }
            if (isHeOrShe(t)) {
                boolean main = mainClause(toks, i) || speakerAfterVerb(toks, i, i);
                items.add(new Item(t.start(), null, t, main, main || !own));
            } else if (isRoleNoun(t)) {
                // "The governor said …": the person introduced as Governor Lukas Ebner, where it speaks or acts
                int k = i - 1;
                while (k >= 0
                        && (toks.get(k).pos().equals("ADJ") || toks.get(k).pos().equals("NOUN"))) {
                    k--;
                }
                boolean main = k >= 0 && (speakerAfterVerb(toks, k, i) || mainClause(toks, k) && isSubject(toks, k, i));
                if (k >= 0 && toks.get(k).lower().equals("the") && (main || !own && isSubject(toks, k, i))) {
                    EntityFinder.MentionRef ref =
                            coreference.resolveNominal(t, toks.get(k).start());
                    if (ref != null) {
                        items.add(new Item(toks.get(k).start(), ref, null, main, true));
                    }
                }
            }
        }
        items.sort(Comparator.comparingInt(Item::start).reversed());
        return items;
    }

    private boolean isRoleNoun(Token t) {
        String w = t.lower();
        return t.pos().equals("NOUN")
                && !t.isCapitalized()
                && reads.covering(t.start()) == null
                && (lex.roleNouns.contains(w) || lex.personTitles.contains(w))
                && !w.endsWith("s");
    }

    /** The first word of the noun phrase a name ends: "Labor Secretary Thomas Perez", "the former governor". */
    private int phraseStart(List<Token> toks, int a) {
        int k = a - 1;
        while (k >= 0) {
            Token t = toks.get(k);
            String pos = t.pos();
            if (quotes.inQuote(t)
                    || t.isQuoteMark()
                    || !(pos.equals("DET")
                            || pos.equals("ADJ")
                            || pos.equals("PROPN")
                            || pos.equals("NOUN")
                            || pos.equals("NUM")
                            || t.text().equals("'s"))) {
                break;
            }
            k--;
        }
        return k + 1;
    }

    /**
     * "“…,” said Vera Lind", "said the mayor.", "according to Ana Berg": the phrase {@code a..b} is the one
     * speaking after a reporting verb, not the subject of a clause the verb reports ("said Trump could").
     */
    private boolean speakerAfterVerb(List<Token> toks, int a, int b) {
        int k = phraseStart(toks, a) - 1;
        if (k < 0 || b + 1 < toks.size() && toks.get(b + 1).isVerb()) {
            return false;
        }
        Token v = toks.get(k);
        if (v.lower().equals("to") && k > 0 && toks.get(k - 1).lower().equals("according")) {
            return true;
        }
        return lex.isReportingVerb(v.lemmas())
                && (k == 0
                        || toks.get(k - 1).isQuoteMark()
                        || toks.get(k - 1).text().equals(","));
    }

    /** No verb, pronoun or subordinating word before the phrase: it opens the sentence's main clause. */
    private boolean mainClause(List<Token> toks, int a) {
        for (int k = phraseStart(toks, a) - 1; k >= 0; k--) {
            Token t = toks.get(k);
            if (quotes.inQuote(t)) {
                continue;
            }
            String pos = t.pos();
            if (pos.equals("VERB")
                    || pos.equals("AUX")
                    || pos.equals("SCONJ")
                    || pos.equals("PRON")
                    || CLAUSE_OPENERS.contains(t.lower())) {
                return false;
            }
        }
        return true;
    }

    /** "Vos said", "Tomas Varga, a farmer, has lived", "Grassley (R-Iowa) on Wednesday downplayed". */
    private boolean isSubject(List<Token> toks, int a, int b) {
        int n = toks.size();
        int s = phraseStart(toks, a);
        if (s > 0) {
            Token prev = toks.get(s - 1);
            String pos = prev.pos();
            if (!(prev.isPunctuation()
                    || pos.equals("CCONJ")
                    || pos.equals("SCONJ")
                    || pos.equals("ADV")
                    || CLAUSE_OPENERS.contains(prev.lower()))) {
                return false;
            }
        }
        int j = b + 1;
        if (j < n && toks.get(j).text().equals("(")) {
            while (j < n && !toks.get(j).text().equals(")")) {
                j++;
            }
            j++;
        }
        if (j < n && toks.get(j).text().equals(",")) {
            int close = -1;
            for (int k = j + 1; k < n && k - j < 30 && close < 0; k++) {
                Token t = toks.get(k);
                if (t.isQuoteMark() || t.text().equals(".")) {
                    return false;
                }
                if (t.text().equals(",")) {
                    close = k;
                }
            }
            if (close < 0) {
                return false;
            }
            j = close + 1;
        }
        while (j < n) {
            int after = times.endOfAdverbialStartingAt(toks, j);
            if (after > j) {
                j = after;
            } else if (toks.get(j).pos().equals("ADV")) {
                j++;
            } else {
                break;
            }
        }
        if (j >= n) {
            return false;
        }
        Token v = toks.get(j);
        return (v.pos().equals("VERB") || v.pos().equals("AUX")) && !v.lower().endsWith("ing");
    }
}
