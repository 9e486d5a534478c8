package org.newslint.analysis.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.entities.EntityFinder;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.Source;
import org.newslint.nlp.Token;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/**
 * Who a source noun phrase refers to: the name it contains, or for "he" and "the agency" the
 * nearest earlier entity that fits. A source is only worth reporting by name when it resolves, so
 * every source the other steps find is built here.
 */
final class Coreference {
    /** Pronouns that stand for a person or organisation named earlier (and "I", "we", "you", which never resolve). */
    static final Set<String> PERSONAL = Set.of("he", "she", "they", "it", "we", "i", "him", "her", "them", "you");
    /** How far back, in characters, a pronoun or definite description looks for its entity. */
    static final int PRONOUN_LOOKBACK = 4000;

    private final Lexicons lex;
    private final Prose prose;
    private final EntityFinder.Result entities;
    private final QuoteSpans quotes;
    private final PersonReferents people;
    /** Where the document is read: mentions and quotation marks by offset. */
    private final Reads reads;
    /** {@link #entity} by id, built on its first call. */
    private Map<String, Entity> byId;
    /** {@link #lowerName} by entity, built as asked. */
    private Map<Entity, String> lowerNames;

    Coreference(
            Lexicons lex,
            Prose prose,
            EntityFinder.Result entities,
            QuoteSpans quotes,
            TimeExpressions times,
            List<List<Token>> sentences,
            AttributionMemory.Words[] words,
            Reads reads,
            LastAttribution.Alignment last) {
        this.lex = lex;
        this.prose = prose;
        this.entities = entities;
        this.quotes = quotes;
        this.reads = reads;
        this.people = new PersonReferents(lex, entities, quotes, this, times, sentences, words, reads, last);
    }

    /** The "he"/"she" resolver, for the editor's memory of its answers. */
    PersonReferents people() {
        return people;
    }

    /** The source written as tokens {@code start..end} (inclusive), with the entity it refers to when one is found. */
    Source source(List<Token> toks, int start, int end) {
        // "The KCNA's commentary": a statement noun owned by someone → the owner is the source
        for (int k = end; k > start; k--) {
            if (toks.get(k).text().equals("'s")
                    && (lex.reportingNouns.contains(toks.get(end).lower())
                            || lex.reportingNouns.contains(toks.get(end).lemma()))) {
                return source(toks, start, k - 1);
            }
        }
        TextRange range = new TextRange(toks.get(start).start(), toks.get(end).end());
        String written = prose.original().substring(range.start(), range.end());
        Token headToken = toks.get(headIndex(toks, start, end));
        if (start == end && PERSONAL.contains(headToken.lower())) {
            EntityFinder.MentionRef ref = resolvePronoun(headToken);
            Entity e = ref != null ? entity(ref.entityId()) : null;
            return new Source(range, written, e != null ? e.id() : null, e != null ? e.name() : null);
        }
        EntityFinder.MentionRef ref = reads.covering(headToken.start());
        if (ref == null) {
            // "former U.S. diplomat Richard Grenell": the name is the head; a place inside a nominal is not
            for (int k = end; k >= start; k--) {
                EntityFinder.MentionRef r = reads.covering(toks.get(k).start());
                if (r != null && r.type() == EntityType.PERSON) {
                    ref = r;
                    break;
                }
            }
        }
        if (ref == null
                && toks.get(start).pos().equals("DET")
                && toks.get(start).lower().equals("the")) {
            String outlet = outletNoun(toks, start, headIndex(toks, start, end));
            ref = outlet != null ? resolveOutlet(outlet, range.start()) : resolveNominal(headToken, range.start());
        }
        Entity e = ref != null ? entity(ref.entityId()) : null;
        return new Source(range, written, e != null ? e.id() : null, e != null ? e.name() : null);
    }

    /** The head word of a noun phrase: the word before its first preposition ("a spokesperson for the ministry"), else its last. */
    private static int headIndex(List<Token> toks, int start, int end) {
        for (int k = start; k <= end; k++) {
            if (toks.get(k).pos().equals("ADP") && k > start) {
                return k - 1;
            }
        }
        return end;
    }

    /** "newspaper" in "the newspaper", "wire service" in "the wire service": what copy calls a news outlet, or null. */
    private String outletNoun(List<Token> toks, int start, int head) {
        String word = toks.get(head).lower();
        if (head - 1 > start && lex.outletNouns.contains(toks.get(head - 1).lower() + " " + word)) {
            return toks.get(head - 1).lower() + " " + word;
        }
        return lex.outletNouns.contains(word) ? word : null;
    }

    /**
     * "the newspaper" → the nearest earlier news outlet ("The Lyndale Courier", "Harbor Life magazine"),
     * or an organisation whose name has the word ("the agency" → "Lyndale Water Agency"), outside
     * quotations; "the agency" and "the wire service" are a news agency, never any outlet.
     */
    private EntityFinder.MentionRef resolveOutlet(String noun, int before) {
        String word = noun.substring(noun.lastIndexOf(' ') + 1);
        boolean wire = noun.equals("agency") || noun.equals("wire service");
        for (EntityFinder.MentionRef ref :
                entities.mentions().headMap(before, false).descendingMap().values()) {
            reads.at(ref.range().start());
            if (before - ref.range().start() > PRONOUN_LOOKBACK) {
                return null;
            }
            Entity e = entity(ref.entityId());
            if (e == null
                    || e.type() != EntityType.ORGANIZATION
                    || quotes.insideQuote(ref.range().start())) {
                continue;
            }
            boolean named = containsWord(lowerName(e), word);
            if (named || (wire ? isWire(e) : isOutlet(e))) {
                return ref;
            }
        }
        reads.floor = Reads.START; // every mention before was read
        return null;
    }

    /** "magazine" in a description or after a name; not "agency" nor "network", which other organisations are too. */
    private boolean isOutletEvidence(String word) {
        return lex.outletNouns.contains(word) && !word.equals("agency") && !word.equals("network");
    }

    private boolean isWire(Entity e) {
        return lex.isWireName(e.name()) || e.aliases().stream().anyMatch(lex::isWireName);
    }

    /** Known by name or head word, described as one ("The Advocate, the city's newspaper"), or named so ("Harbor Life magazine"). */
    private boolean isOutlet(Entity e) {
        reads.everywhere = true; // the word after any of its mentions, anywhere in the document
        if (lex.isOutletName(e.name()) || e.aliases().stream().anyMatch(lex::isOutletName)) {
            return true;
        }
        for (String d : e.descriptions()) {
            for (String w : d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (isOutletEvidence(w)) {
                    return true;
                }
            }
        }
        String text = prose.original();
        for (TextRange m : e.mentions()) {
            int k = m.end();
            while (k < text.length() && text.charAt(k) == ' ') {
                k++;
            }
            int w = k;
            while (w < text.length() && Character.isLetter(text.charAt(w))) {
                w++;
            }
            if (w > k && isOutletEvidence(text.substring(k, w))) {
                return true;
            }
        }
        return false;
    }

    /** An entity's name in lower case, lowered once per analysis (the walks back pass the same entities often). */
    private String lowerName(Entity e) {
        if (lowerNames == null) {
            lowerNames = new java.util.IdentityHashMap<>();
        }
        return lowerNames.computeIfAbsent(e, x -> x.name().toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code (" " + text + " ").contains(" " + word + " ")}, without building either string: the
     * word stands in the text with a space or an end of the text on each side.
     */
    static boolean containsWord(String text, String word) {
        int len = word.length();
        if (len == 0) {
            return (" " + text + " ").contains("  ");
        }
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            if ((at == 0 || text.charAt(at - 1) == ' ')
                    && (at + len == text.length() || text.charAt(at + len) == ' ')) {
                return true;
            }
        }
        return false;
    }

    /** The type of the entity a source resolves to, or null. */
    EntityType typeOf(Source s) {
        Entity e = s == null || s.entityId() == null ? null : entity(s.entityId());
        return e == null ? null : e.type();
    }

    /**
     * The entity with this id: the first in the list that has it, as a scan would find, looked up in an index
     * built on the first call (coreference asks for every mention it walks past, a scan made that quadratic).
     */
    Entity entity(String id) {
        if (byId == null) {
            Map<String, Entity> index = new HashMap<>();
            for (Entity e : entities.entities()) {
                index.putIfAbsent(e.id(), e);
            }
            byId = index;
        }
        return byId.get(id);
    }

    /**
     * The entity a pronoun stands for: he/she → a person ({@link PersonReferents}), him/her → the nearest
     * earlier person who may be one, it → the nearest organisation or place, they → organisation; outside quotes.
     */
    EntityFinder.MentionRef resolvePronoun(Token pronoun) {
        String p = pronoun.lower();
        if (p.equals("i") || p.equals("we") || p.equals("you")) {
            return null;
        }
        if (PersonReferents.isHeOrShe(pronoun)) {
            return people.resolve(pronoun);
        }
        boolean person = p.equals("him") || p.equals("her");
        boolean thing = p.equals("it");
        for (Map.Entry<Integer, EntityFinder.MentionRef> e : entities.mentions()
                .headMap(pronoun.start(), false)
                .descendingMap()
                .entrySet()) {
            EntityFinder.MentionRef ref = e.getValue();
            reads.at(ref.range().start());
            if (pronoun.start() - ref.range().start() > PRONOUN_LOOKBACK) {
                return null;
            }
            if (quotes.insideQuote(ref.range().start())) {
                continue;
            }
            EntityType type = ref.type();
            if (person && type == EntityType.PERSON && people.genders.agrees(ref.entityId(), p.equals("her"))) {
                return ref;
            }
            if (thing && (type == EntityType.ORGANIZATION || type == EntityType.LOCATION)) {
                return ref;
            }
            if (!person && !thing && type == EntityType.ORGANIZATION) {
                return ref; // "they" are people or an organisation, never a place
            }
        }
        reads.floor = Reads.START; // every mention before was read
        return null;
    }

    /** "the agency" → the nearest earlier organisation whose name contains "Agency". */
    EntityFinder.MentionRef resolveNominal(Token head, int before) {
        String word = head.lower();
        for (EntityFinder.MentionRef ref :
                entities.mentions().headMap(before, false).descendingMap().values()) {
            reads.at(ref.range().start());
            if (before - ref.range().start() > PRONOUN_LOOKBACK) {
                return null;
            }
            Entity e = entity(ref.entityId());
            if (e == null) {
                continue;
            }
            if (e.type() != EntityType.PERSON && containsWord(lowerName(e), word)) {
                return ref;
            }
            // "the governor" → the person introduced as "Governor Lukas Ebner"
            if (e.type() == EntityType.PERSON && (lex.roleNouns.contains(word) || lex.personTitles.contains(word))) {
                for (String d : e.descriptions()) {
                    if (containsWord(d.toLowerCase(Locale.ROOT), word)) {
                        return ref;
                    }
                }
            }
        }
        reads.floor = Reads.START; // every mention before was read
        return null;
    }
}
