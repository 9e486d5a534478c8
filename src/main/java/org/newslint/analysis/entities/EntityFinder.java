package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.sentences.SentenceDraft;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.text.TextRange;

/**
 * Finds proper-name mentions from part-of-speech tags and capitalisation, types them from cues
 * (titles, organisation head words, gazetteers, appositives) and groups them into entities:
 * surnames join full names, acronyms join their expansions, demonyms join their places.
 */
public final class EntityFinder {
    private static final Set<String> NAME_CONNECTORS =
            Set.of("of", "for", "the", "de", "du", "del", "von", "van", "al", "bin");
    private static final Set<String> CLOSED_CLASS =
            Set.of("DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT");

    private final Lexicons lex;
    private final String text;
    private final NameContext context;

    /** The grouping result: entities and, for every mention start offset, its mention range and entity id. */
    public record Result(List<Entity> entities, TreeMap<Integer, MentionRef> mentions) {
        public MentionRef mentionCovering(int offset) {
            Map.Entry<Integer, MentionRef> e = mentions.floorEntry(offset);
            return e != null && e.getValue().range().touches(offset) ? e.getValue() : null;
        }
    }

    /** One mention and the entity it belongs to. */
    public record MentionRef(TextRange range, String entityId, EntityType type) {}

    public EntityFinder(Lexicons lex, String text) {
        this(lex, text, null);
    }

    /** A finder remembering mentions and groupings in {@code memory} (null: none), one made for {@code lex}. */
    public EntityFinder(Lexicons lex, String text, EntityMemory memory) {
        if (memory != null && memory.lexicons() != lex) {
            throw new IllegalArgumentException("an entity memory serves the lexicons it was made for");
        }
        this.lex = lex;
        this.text = text;
        this.context = new NameContext(lex, text);
        this.memory = memory;
    }

    private final EntityMemory memory;
    /** Whether {@link #capitalisedWords} holds a word that does not start with a capital (a tagger's odd PROPN). */
    private boolean uncapitalisedNames;

    /**
     * Words written with a capital in mid-sentence somewhere in the document: names wherever they appear. With a
     * memory, the last analysis's words updated from the sentences the edit replaced ({@link NameWords}).
     */
    private Set<String> capitalisedWords = new java.util.HashSet<>();

    /** The entities of a document, typed with the trained name finder's names per sentence as one vote. */
    public Result find(List<SentenceDraft> sentences, List<List<NameSpan>> names) {
        EntityMemory.Start start = nameWords(sentences);
        return find(sentences, new MentionTyper(lex, text, context, capitalisedWords, names), names, start);
    }

    /** The entities of a document, typed by rules and gazetteers alone. */
    public Result find(List<SentenceDraft> sentences) {
        EntityMemory.Start start = nameWords(sentences);
        return find(sentences, new MentionTyper(lex, text, context, capitalisedWords, List.of()), List.of(), start);
    }

    /** Fills {@link #capitalisedWords}: from all the sentences, or through the memory (whose start it returns). */
    private EntityMemory.Start nameWords(List<SentenceDraft> sentences) {
        if (memory != null) {
            EntityMemory.Start start = memory.begin(sentences);
            capitalisedWords = start.words().words();
            uncapitalisedNames = start.words().anyUncapitalised();
            return start;
        }
        for (SentenceDraft d : sentences) {
            List<Token> toks = d.sentence().tokens();
            for (int i = 1; i < toks.size(); i++) {
                if (toks.get(i).isProperNoun()) {
                    String w = toks.get(i).text();
                    if (capitalisedWords.add(w) && !startsWithCapital(w)) {
                        uncapitalisedNames = true;
                    }
                }
            }
        }
        return null;
    }

    private Result find(
            List<SentenceDraft> sentences, MentionTyper typer, List<List<NameSpan>> names, EntityMemory.Start start) {
        if (memory != null) {
            return memory.find(
                    start,
                    text,
                    sentences,
                    names,
                    this::capitalisedWord,
                    (toks, si, d) -> mentionsIn(toks, si, d.trusted(), d.paragraphReason(), typer));
        }
        List<NameMention> mentions = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            SentenceDraft d = sentences.get(si);
            mentions.addAll(mentionsIn(d.sentence().tokens(), si, d.trusted(), d.paragraphReason(), typer));
        }
        return new EntityGrouper(lex).group(mentions, null);
    }

    /** Finds the mentions in one sentence. */
    interface MentionFinder {
        List<NameMention> mentionsIn(List<Token> toks, int sentenceIndex, SentenceDraft draft);
    }

    private static boolean startsWithCapital(String w) {
        return NameWords.startsWithCapital(w);
    }

    /**
     * Whether the word is one the document writes as a name ({@link #capitalisedWords}). Only words with a
     * capital are looked up unless the set holds one without: a word without a capital is then in the set
     * in no analysis, so the answer is the set's either way.
     */
    boolean capitalisedWord(String w) {
        return (uncapitalisedNames || startsWithCapital(w)) && capitalisedWords.contains(w);
    }

    // ---------------------------------------------------------------- mentions

    private List<NameMention> mentionsIn(
            List<Token> toks, int sentenceIndex, boolean trusted, NonClaimReason reason, MentionTyper typer) {
        List<NameMention> out = new ArrayList<>();
        int n = toks.size();
        int i = 0;
        while (i < n) {
            if (!isNameToken(toks, i)) {
                i++;
                continue;
            }
            int j = i;
            while (true) {
                if (j + 1 < n && isNameToken(toks, j + 1)) {
                    j++;
                    continue;
                }
                int joined = joinConnector(toks, i, j);
                if (joined > j) {
                    j = joined;
                    continue;
                }
                break;
            }
            int split = context.titleAfterPrefix(toks, i, j);
            if (split > i) {
                // the prefix is a mention of its own when it is known or the name finder calls it a
                // place, organisation or person; a party label ("Democratic Sen.") is none of these
                NameMention prefix = typer.mention(toks, i, split - 1, sentenceIndex, trusted, reason);
                if (prefix != null
                        && (context.knownPrefix(toks, i, split - 1)
                                || (prefix.modelType() != null && prefix.modelType() != EntityType.MISC))) {
                    out.add(prefix);
                }
            }
            NameMention m = i == j && isLoneLetter(toks.get(i).text())
                    ? null
                    : typer.mention(toks, Math.max(i, split), j, sentenceIndex, trusted, reason);
            if (m != null) {
                out.add(m);
            }
            i = j + 1;
        }
        return out;
    }

    /** "E" in "blocks D and E": a lone capital letter (with or without a full stop) names nothing on its own. */
    private static boolean isLoneLetter(String w) {
        return w.length() == 1 || (w.length() == 2 && w.charAt(1) == '.');
    }

    private boolean isNameToken(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || lex.calendarWords.contains(w) || w.equals("I")) {
            return false;
        }
        if (w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT)) && FunctionWords.WORDS.contains(t.lower())) {
            // "UNLESS the council acts": a grammar word set in capitals for emphasis or a headline
            return false;
        }
        if (Acronyms.isAcronym(w)) {
            return true;
        }
        String pos = t.pos();
        if (pos.equals("PROPN")) {
            return true;
        }
        if (capitalisedWords.contains(w) && !CLOSED_CLASS.contains(pos)) {
            return true;
        }
        if (i == 0 && !lex.isPlace(w) && !lex.demonyms.containsKey(w) && !lex.organizations.containsKey(w)) {
            // a capital at the start of a sentence proves nothing unless the next word is a name too
            return (pos.equals("NOUN") || pos.equals("ADJ"))
                    && i + 1 < toks.size()
                    && toks.get(i + 1).pos().equals("PROPN")
                    && toks.get(i + 1).isCapitalized();
        }
        return pos.equals("NOUN")
                || pos.equals("ADJ")
                || pos.equals("NUM")
                || lex.demonyms.containsKey(w)
                || lex.personTitles.contains(w.toLowerCase(Locale.ROOT));
    }

    /** Joins "of"/"the" inside names such as "Bank of England"; returns the new end or {@code j}. */
    private int joinConnector(List<Token> toks, int i, int j) {
        int k = j + 1;
        int n = toks.size();
        if (k >= n) {
            return j;
        }
        String c = toks.get(k).text();
        if (c.equals("'s") && k + 1 < n && isNameToken(toks, k + 1)) {
            // "Styrian People's Alliance": a possessive inside an organisation's name
            int end = k + 1;
            while (end + 1 < n && isNameToken(toks, end + 1)) {
                end++;
            }
            return lex.organizationHeads.contains(toks.get(end).text()) ? end : j;
        }
        boolean and = c.equals("and") || c.equals("&");
        if (!NAME_CONNECTORS.contains(c) && !and) {
            return j;
        }
        int next = k + 1;
        if (next < n && toks.get(next).text().equals("the") && !c.equals("the")) {
            next++;
        }
        if (next >= n || !isNameToken(toks, next)) {
            return j;
        }
        int end = next;
        while (end + 1 < n && isNameToken(toks, end + 1)) {
            end++;
        }
        String left = context.span(toks, i, j);
        String whole = context.span(toks, i, end);
        boolean gazetteer = lex.organizations.containsKey(whole) || lex.isPlace(whole);
        if (and) {
            return gazetteer ? end : j;
        }
        boolean head = false;
        for (int x = i; x <= end; x++) {
            if (lex.organizationHeads.contains(toks.get(x).text())) {
                head = true;
            }
        }
        boolean leftHead = false;
        for (int x = i; x <= j; x++) {
            if (lex.organizationHeads.contains(toks.get(x).text())) {
                leftHead = true;
            }
        }
        // "Bank of England", "University of Oxford": the head word comes before "of"
        if (gazetteer || leftHead || (head && !lex.personTitles.contains(left.toLowerCase(Locale.ROOT)))) {
            return end;
        }
        return j;
    }
}
