package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.analysis.model.EntityType;
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
    private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "the", "de", "du", "del", "von", "van", "al", "bin");
    private static final Set<String> DESCRIPTOR_MODIFIERS = Set.of("former", "new", "acting", "deputy", "interim",
            "then", "late", "outgoing", "incoming", "current", "veteran", "senior", "top", "chief", "longtime");

    private static final Set<String> LOCATIVE = Set.of("in", "at", "from", "near", "outside", "inside", "across",
            "throughout", "around");
    private static final Set<String> CLOSED_CLASS = Set.of("DET", "PRON", "ADP", "AUX", "CCONJ", "SCONJ", "PART", "PUNCT");

    private final Lexicons lex;
    private final String text;
    private final Set<String> lowerOrganizationHeads = new java.util.HashSet<>();
    private boolean bylineSentence;
    private boolean datelineSentence;

    /** The grouping result: entities and, for every mention start offset, its mention range and entity id. */
    public record Result(List<Entity> entities, TreeMap<Integer, MentionRef> mentions) {
        public MentionRef mentionCovering(int offset) {
            Map.Entry<Integer, MentionRef> e = mentions.floorEntry(offset);
            return e != null && e.getValue().range().touches(offset) ? e.getValue() : null;
        }
    }

    /** One mention and the entity it belongs to. */
    public record MentionRef(TextRange range, String entityId, EntityType type) {
    }

    public EntityFinder(Lexicons lex, String text) {
        this.lex = lex;
        this.text = text;
        for (String h : lex.organizationHeads) {
            lowerOrganizationHeads.add(h.toLowerCase(Locale.ROOT));
        }
    }

    /** Words written with a capital in mid-sentence somewhere in the document: names wherever they appear. */
    private final Set<String> capitalisedWords = new java.util.HashSet<>();

    /** Names the trained model found, per sentence index (empty lists when the model is not used). */
    private List<List<NameSpan>> modelNames = List.of();

    public Result find(List<SentenceDraft> sentences, List<List<NameSpan>> names) {
        this.modelNames = names;
        return find(sentences);
    }

    /** The model's name with the largest overlap with {@code range} in sentence {@code si}, or null. */
    private NameSpan modelNameFor(int si, TextRange range) {
        if (si >= modelNames.size()) {
            return null;
        }
        NameSpan best = null;
        int bestOverlap = 0;
        for (NameSpan n : modelNames.get(si)) {
            int overlap = Math.max(0, Math.min(n.end(), range.end()) - Math.max(n.start(), range.start()));
            if (overlap > bestOverlap) {
                best = n;
                bestOverlap = overlap;
            }
        }
        // the model's span must cover most of the mention, or it is naming something else
        return best != null && bestOverlap * 2 >= range.length() ? best : null;
    }

    private static EntityType typeOf(NameSpan n) {
        return switch (n.type()) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }

    public Result find(List<SentenceDraft> sentences) {
        for (SentenceDraft d : sentences) {
            List<Token> toks = d.sentence().tokens();
            for (int i = 1; i < toks.size(); i++) {
                if (toks.get(i).isProperNoun()) {
                    capitalisedWords.add(toks.get(i).text());
                }
            }
        }
        List<NameMention> mentions = new ArrayList<>();
        for (int si = 0; si < sentences.size(); si++) {
            SentenceDraft d = sentences.get(si);
            bylineSentence = d.paragraphReason() == NonClaimReason.BYLINE;
            datelineSentence = d.paragraphReason() == NonClaimReason.DATELINE;
            mentions.addAll(mentionsIn(d.sentence().tokens(), si, d.trusted()));
        }
        return group(mentions);
    }

    // ---------------------------------------------------------------- mentions

    public List<NameMention> mentionsIn(List<Token> toks, int sentenceIndex, boolean trusted) {
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
            int split = titleAfterPrefix(toks, i, j);
            if (split > i) {
                NameMention prefix = mention(toks, i, split - 1, sentenceIndex, trusted);
                if (prefix != null) {
                    out.add(prefix);
                }
            }
            NameMention m = mention(toks, Math.max(i, split), j, sentenceIndex, trusted);
            if (m != null) {
                out.add(m);
            }
            i = j + 1;
        }
        return out;
    }

    private boolean isNameToken(List<Token> toks, int i) {
        Token t = toks.get(i);
        String w = t.text();
        if (w.isEmpty() || !Character.isUpperCase(w.charAt(0)) || lex.calendarWords.contains(w) || w.equals("I")) {
            return false;
        }
        if (isAcronym(w)) {
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
            return (pos.equals("NOUN") || pos.equals("ADJ")) && i + 1 < toks.size()
                    && toks.get(i + 1).pos().equals("PROPN") && toks.get(i + 1).isCapitalized();
        }
        return pos.equals("NOUN") || pos.equals("ADJ") || pos.equals("NUM") || lex.demonyms.containsKey(w)
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
        String left = span(toks, i, j);
        String whole = span(toks, i, end);
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

    private String span(List<Token> toks, int from, int to) {
        return text.substring(toks.get(from).start(), toks.get(to).end());
    }

    private NameMention mention(List<Token> toks, int i, int j, int sentenceIndex, boolean trusted) {
        // strip titles from the front: "former President Donald Trump", "Gen. Sir Roly Walker"
        int s = i;
        List<String> titles = new ArrayList<>();
        while (s <= j) {
            int len = titleLength(toks, s, j);
            if (len == 0) {
                break;
            }
            titles.add(span(toks, s, s + len - 1));
            s += len;
        }
        if (s > j) {
            return null;
        }
        String name = span(toks, s, j);
        int nameEnd = toks.get(j).end();
        // "Warhol-like", "Scientology-related": the name is the part before a lowercase suffix
        int hyphen = toks.get(j).text().indexOf('-');
        if (hyphen > 0 && hyphen + 1 < toks.get(j).text().length() && Character.isLowerCase(toks.get(j).text().charAt(hyphen + 1))) {
            nameEnd = toks.get(j).start() + hyphen;
            name = text.substring(toks.get(s).start(), nameEnd);
        }
        boolean anyProper = false;
        for (int x = s; x <= j; x++) {
            if (toks.get(x).isProperNoun() || isAcronym(toks.get(x).text()) || capitalisedWords.contains(toks.get(x).text())) {
                anyProper = true;
            }
        }
        boolean known = lex.organizations.containsKey(name) || lex.isPlace(name) || lex.demonyms.containsKey(name);
        if (!anyProper && !known && titles.isEmpty()) {
            return null;
        }
        TextRange range = new TextRange(toks.get(s).start(), nameEnd);
        List<String> descriptions = new ArrayList<>();
        String modifiers = leftModifiers(toks, i);
        if (!titles.isEmpty()) {
            descriptions.add(join(modifiers, String.join(" ", titles)));
        }
        String descriptor = titles.isEmpty() ? leftDescriptor(toks, i) : null;
        if (descriptor != null) {
            descriptions.add(descriptor);
        }
        String appositive = appositive(toks, j);
        boolean who = appositive != null && appositive.startsWith("who ");
        boolean which = appositive != null && appositive.startsWith("which ");
        if (appositive != null && !which) {
            descriptions.add(appositive);
        }

        EntityType type = null;
        int evidence = 0;
        String linked = null;
        boolean acronym = s == j && isAcronym(name);
        Token before = i > 0 ? toks.get(i - 1) : null;
        Token after = j + 1 < toks.size() ? toks.get(j + 1) : null;
        boolean definite = before != null && before.lower().equals("the");
        boolean byline = i == 1 && before.lower().equals("by") && bylineSentence;
        if (datelineSentence) {
            // "AARHUS, Denmark (Reuters) -": places before the parenthesis, the agency inside it
            boolean inParens = before != null && before.text().equals("(");
            return new NameMention(new TextRange(toks.get(s).start(), toks.get(j).end()), name,
                    inParens ? EntityType.ORGANIZATION : EntityType.LOCATION, NameMention.STRONG, null,
                    inParens ? lex.organizations.get(name) : lex.canonicalPlace(name), false, true, sentenceIndex, s, j, null);
        }
        if (byline || !titles.isEmpty() || who && !definite) {
            type = EntityType.PERSON;
            evidence = NameMention.STRONG;
        } else if (lex.organizations.containsKey(name)) {
            type = EntityType.ORGANIZATION;
            evidence = NameMention.STRONG;
            linked = lex.organizations.get(name);
        } else if (lex.isPlace(name)) {
            type = EntityType.LOCATION;
            evidence = NameMention.STRONG;
            linked = lex.canonicalPlace(name);
        } else if (lex.demonyms.containsKey(name) || name.endsWith("s") && lex.demonyms.containsKey(name.substring(0, name.length() - 1))) {
            // "North Korean", "Belgians"
            type = EntityType.LOCATION;
            evidence = NameMention.STRONG;
            linked = lex.demonyms.getOrDefault(name, lex.demonyms.get(name.substring(0, name.length() - 1)));
        } else if (hasOrganizationHead(toks, s, j) || after != null && !after.isCapitalized()
                && lowerOrganizationHeads.contains(after.lower())) {
            // "Acme Holdings", "the Future Styria movement"
            type = EntityType.ORGANIZATION;
            evidence = NameMention.HEAD_WORD;
        } else if (j > s && lex.eventHeads.contains(toks.get(j).text())) {
            // "Google Science Fair", "Korean War"
            type = EntityType.MISC;
            evidence = NameMention.HEAD_WORD;
        } else if (hasHead(lex.locationHeads, toks, s, j) && j > s) {
            type = EntityType.LOCATION;
            evidence = NameMention.HEAD_WORD;
        } else if (descriptor != null) {
            type = EntityType.PERSON;
            evidence = NameMention.HEAD_WORD;
        } else if (definite && s == j && name.endsWith("s") && !acronym) {
            // "the Greens", "the Democrats"
            type = EntityType.ORGANIZATION;
            evidence = NameMention.HEAD_WORD;
        } else if (before != null && LOCATIVE.contains(before.lower()) && !acronym && !containsPlaceWord(toks, s, j)) {
            // "in Aarhus", "from Gothenburg"
            type = EntityType.LOCATION;
            evidence = NameMention.GUESS;
        } else if (who) {
            type = EntityType.ORGANIZATION;
            evidence = NameMention.GUESS;
        } else if (acronym || which) {
            type = EntityType.ORGANIZATION;
            evidence = NameMention.GUESS;
        } else if (appositive != null && hasRoleNoun(appositive)) {
            type = EntityType.PERSON;
            evidence = NameMention.HEAD_WORD;
        } else if (containsPlaceWord(toks, s, j)) {
            type = EntityType.MISC;
            evidence = NameMention.GUESS;
        } else if (j > s && j - s <= 3 && !definite) {
            type = EntityType.PERSON;
            evidence = NameMention.GUESS;
        }
        NameSpan model = modelNameFor(sentenceIndex, range);
        String description = descriptions.isEmpty() ? null : String.join("\u0000", descriptions);
        return new NameMention(range, name, type, evidence, description, linked, acronym, trusted, sentenceIndex, s, j,
                model == null ? null : typeOf(model));
    }

    /**
     * "US President Barack Obama", "Google co-founder Sergey Brin": a known place, demonym or
     * organisation followed by a title; returns where the title starts, or {@code i}.
     */
    private int titleAfterPrefix(List<Token> toks, int i, int j) {
        for (int k = i + 1; k < j; k++) {
            if (titleLength(toks, k, j) > 0) {
                String prefix = span(toks, i, k - 1);
                if (lex.isPlace(prefix) || lex.demonyms.containsKey(prefix) || lex.organizations.containsKey(prefix)) {
                    return k;
                }
                return i;
            }
        }
        return i;
    }

    private int titleLength(List<Token> toks, int s, int j) {
        for (int len = Math.min(lex.maxTitleWords, j - s); len >= 1; len--) {
            String candidate = span(toks, s, s + len - 1).toLowerCase(Locale.ROOT);
            if (lex.personTitles.contains(candidate)) {
                return len;
            }
        }
        return 0;
    }

    private String leftModifiers(List<Token> toks, int i) {
        int k = i - 1;
        while (k >= 0 && (DESCRIPTOR_MODIFIERS.contains(toks.get(k).lower()) || toks.get(k).text().endsWith("-"))) {
            k--;
        }
        return k + 1 < i ? span(toks, k + 1, i - 1) : "";
    }

    /** "former U.S. diplomat Richard Grenell" → "former U.S. diplomat". */
    private String leftDescriptor(List<Token> toks, int i) {
        int k = i - 1;
        if (k < 0 || !lex.roleNouns.contains(toks.get(k).lower()) || toks.get(k).isCapitalized() && k == 0) {
            return null;
        }
        int start = k;
        while (start - 1 >= 0) {
            Token t = toks.get(start - 1);
            boolean modifier = t.pos().equals("ADJ") || t.pos().equals("NOUN") || DESCRIPTOR_MODIFIERS.contains(t.lower())
                    || (t.isProperNoun() && (lex.isPlace(t.text()) || lex.demonyms.containsKey(t.text())));
            if (!modifier || t.isPunctuation()) {
                break;
            }
            start--;
        }
        return span(toks, start, k);
    }

    /** ", the new head of the British Army," or ", who served as …," right after a name. */
    private String appositive(List<Token> toks, int j) {
        int n = toks.size();
        if (j + 2 >= n || !toks.get(j + 1).text().equals(",")) {
            return null;
        }
        int start = j + 2;
        Token first = toks.get(start);
        String fw = first.lower();
        boolean relative = fw.equals("who") || fw.equals("which");
        boolean nominal = first.pos().equals("DET") || DESCRIPTOR_MODIFIERS.contains(fw) || first.pos().equals("ADJ")
                || (first.pos().equals("NOUN") && !first.isCapitalized()) || lex.roleNouns.contains(fw);
        if (!relative && !nominal) {
            return null;
        }
        int end = start;
        while (end + 1 < n && !toks.get(end + 1).text().equals(",") && !isSentenceEnd(toks.get(end + 1))
                && !toks.get(end + 1).isQuoteMark() && end - start < 16) {
            end++;
        }
        boolean closed = end + 1 >= n || toks.get(end + 1).text().equals(",") || isSentenceEnd(toks.get(end + 1));
        if (!closed) {
            return null;
        }
        if (!relative) {
            // a nominal appositive is a noun phrase: no finite verb inside
            for (int x = start; x <= end; x++) {
                if (toks.get(x).isVerb() && !toks.get(x).text().endsWith("ing") && !toks.get(x).text().endsWith("ed")) {
                    return null;
                }
            }
            if (!hasRoleNoun(span(toks, start, end))) {
                return null;
            }
        }
        return span(toks, start, end);
    }

    private static boolean isSentenceEnd(Token t) {
        return t.text().equals(".") || t.text().equals("!") || t.text().equals("?") || t.text().equals(";");
    }

    private boolean hasRoleNoun(String phrase) {
        for (String w : phrase.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
            if (lex.roleNouns.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean hasOrganizationHead(List<Token> toks, int s, int j) {
        for (int x = s; x <= j; x++) {
            if (lex.organizationHeads.contains(toks.get(x).text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasHead(Set<String> heads, List<Token> toks, int s, int j) {
        for (int x = s; x <= j; x++) {
            if (heads.contains(toks.get(x).text())) {
                return true;
            }
        }
        return false;
    }

    private boolean containsPlaceWord(List<Token> toks, int s, int j) {
        for (int x = s; x <= j; x++) {
            String w = toks.get(x).text();
            if (lex.isPlace(w) || lex.demonyms.containsKey(w)) {
                return true;
            }
        }
        return false;
    }

    public static boolean isAcronym(String w) {
        String letters = w.replace(".", "");
        if (letters.length() < 2 || letters.length() > 7) {
            return false;
        }
        for (int k = 0; k < letters.length(); k++) {
            char c = letters.charAt(k);
            if (!Character.isUpperCase(c) && !(k > 0 && Character.isDigit(c))) {
                return false;
            }
        }
        return true;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : a + " " + b;
    }

    // ---------------------------------------------------------------- grouping

    private static final class Group {
        final List<NameMention> mentions = new ArrayList<>();
        final Map<EntityType, Integer> votes = new HashMap<>();
        final Set<String> keys = new LinkedHashSet<>();
        int lastSentence;

        EntityType type() {
            EntityType best = EntityType.MISC;
            int bestScore = 0;
            for (EntityType t : EntityType.values()) {
                int v = votes.getOrDefault(t, 0);
                if (v > bestScore) {
                    best = t;
                    bestScore = v;
                }
            }
            return best;
        }

        String longestName() {
            String best = "";
            for (NameMention m : mentions) {
                boolean shouting = m.name().equals(m.name().toUpperCase(Locale.ROOT));
                boolean bestShouting = best.equals(best.toUpperCase(Locale.ROOT));
                // "AARHUS" in a dateline is the same name as "Aarhus", written in capitals
                if (!m.acronym() && (m.name().length() > best.length() && (!shouting || bestShouting)
                        || bestShouting && !shouting && m.name().length() == best.length())) {
                    best = m.name();
                }
            }
            return best.isEmpty() ? mentions.get(0).name() : best;
        }

        void add(NameMention m) {
            mentions.add(m);
            keys.add(key(m.name()));
            if (m.linkedName() != null) {
                keys.add(key(m.linkedName()));
            }
            if (m.type() != null) {
                votes.merge(m.type(), NameMention.weight(m.evidence()), Integer::sum);
            }
            if (m.modelType() != null) {
                votes.merge(m.modelType(), NameMention.MODEL_WEIGHT, Integer::sum);
            }
            lastSentence = Math.max(lastSentence, m.sentenceIndex());
        }
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replace(".", "").replace("’", "'").strip();
    }

    private Result group(List<NameMention> all) {
        List<Group> groups = new ArrayList<>();
        List<NameMention> deferred = new ArrayList<>();
        for (NameMention m : all) {
            if (!m.trusted()) {
                deferred.add(m);
                continue;
            }
            Group g = findGroup(groups, m);
            if (g == null) {
                g = new Group();
                groups.add(g);
            }
            g.add(m);
        }
        mergeShortIntoLong(groups);
        mergeAcronyms(groups);
        for (NameMention m : deferred) {
            Group g = findGroup(groups, m);
            if (g != null) {
                g.add(m);
            } else if (m.evidence() == NameMention.STRONG && m.type() != EntityType.PERSON) {
                Group ng = new Group();
                ng.add(m);
                groups.add(ng);
            }
        }
        groups.sort((a, b) -> Integer.compare(firstStart(a), firstStart(b)));
        List<Entity> entities = new ArrayList<>();
        TreeMap<Integer, MentionRef> refs = new TreeMap<>();
        int counter = 0;
        for (Group g : groups) {
            String id = "e" + (++counter);
            EntityType type = g.type();
            String name = canonicalName(g, type);
            Set<String> aliases = new LinkedHashSet<>();
            Set<String> descriptions = new LinkedHashSet<>();
            List<TextRange> ranges = new ArrayList<>();
            g.mentions.sort((a, b) -> a.range().compareTo(b.range()));
            for (NameMention m : g.mentions) {
                if (!m.name().equals(name)) {
                    aliases.add(m.name());
                }
                if (m.linkedName() != null && !m.linkedName().equals(name)) {
                    aliases.add(m.linkedName());
                }
                if (m.description() != null) {
                    for (String d : m.description().split("\u0000")) {
                        descriptions.add(d);
                    }
                }
                ranges.add(m.range());
                refs.put(m.range().start(), new MentionRef(m.range(), id, type));
            }
            entities.add(new Entity(id, name, type, new ArrayList<>(aliases), new ArrayList<>(descriptions), ranges));
        }
        return new Result(entities, refs);
    }

    private static int firstStart(Group g) {
        int min = Integer.MAX_VALUE;
        for (NameMention m : g.mentions) {
            min = Math.min(min, m.range().start());
        }
        return min;
    }

    private String canonicalName(Group g, EntityType type) {
        String longest = g.longestName();
        for (NameMention m : g.mentions) {
            // "U.S." → "United States"; a demonym → its place; an acronym → its expansion
            if (m.linkedName() != null && m.linkedName().length() >= longest.length()) {
                longest = m.linkedName();
            }
        }
        if (type == EntityType.LOCATION) {
            for (NameMention m : g.mentions) {
                if (m.linkedName() != null && lex.isPlace(m.linkedName())) {
                    return m.linkedName();
                }
            }
        }
        return longest;
    }

    private Group findGroup(List<Group> groups, NameMention m) {
        String k = key(m.name());
        String lk = m.linkedName() != null ? key(m.linkedName()) : null;
        Group best = null;
        for (Group g : groups) {
            if (g.keys.contains(k) || (lk != null && g.keys.contains(lk))) {
                return g;
            }
        }
        if (m.acronym()) {
            for (Group g : groups) {
                if (acronymMatches(k.toUpperCase(Locale.ROOT), g.longestName())) {
                    return g;
                }
            }
        }
        if (!m.name().contains(" ") && m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            for (Group g : groups) {
                String longName = g.longestName();
                if (g.type() == EntityType.ORGANIZATION && longName.contains(" ")
                        && key(longName.substring(0, longName.indexOf(' '))).equals(k)
                        && lex.organizationHeads.contains(longName.substring(longName.lastIndexOf(' ') + 1))) {
                    return g;
                }
            }
        }
        // "Scientology" joins "Church of Scientology" (but "England" never joins "Bank of England": places are typed first)
        if (!m.name().contains(" ") && m.type() != EntityType.PERSON && m.type() != EntityType.LOCATION) {
            for (Group g : groups) {
                String longName = g.longestName();
                int of = longName.indexOf(" of ");
                if (g.type() == EntityType.ORGANIZATION && of > 0 && key(longName.substring(of + 4).replaceFirst("^the ", "")).equals(k)) {
                    return g;
                }
            }
        }
        // a lone surname or given name joins the most recent person whose name contains it; failing
        // that, any longer name that contains it ("Chrome" → "Google Chrome", "Phailin" → "Cyclone Phailin").
        // Per-mention types are too noisy to veto this; only gazetteer places and organisations are kept apart.
        boolean knownOther = m.evidence() >= NameMention.STRONG && m.type() != EntityType.PERSON;
        if (!m.name().contains(" ") && !knownOther) {
            for (int pass = 0; pass < 2 && best == null; pass++) {
                for (Group g : groups) {
                    String longName = g.longestName();
                    if (pass == 0 && g.type() != EntityType.PERSON || !longName.contains(" ")) {
                        continue;
                    }
                    for (String part : longName.split(" ")) {
                        if (key(part).equals(k) && (best == null || g.lastSentence > best.lastSentence)) {
                            best = g;
                        }
                    }
                }
            }
        }
        return best;
    }

    /** "Kim" mentioned before "Kim Jong Un": the short entity joins the long one when that is unambiguous. */
    private void mergeShortIntoLong(List<Group> groups) {
        for (Group shortGroup : new ArrayList<>(groups)) {
            String name = shortGroup.longestName();
            if (name.contains(" ") || shortGroup.type() == EntityType.LOCATION
                    || shortGroup.type() == EntityType.ORGANIZATION && shortGroup.votes.getOrDefault(EntityType.ORGANIZATION, 0) >= 4) {
                continue;
            }
            Group target = null;
            int matches = 0;
            for (Group g : groups) {
                if (g == shortGroup || g.type() != EntityType.PERSON || !g.longestName().contains(" ")) {
                    continue;
                }
                for (String part : g.longestName().split(" ")) {
                    if (key(part).equals(key(name))) {
                        target = g;
                        matches++;
                        break;
                    }
                }
            }
            if (matches == 1) {
                for (NameMention m : shortGroup.mentions) {
                    target.add(m);
                }
                groups.remove(shortGroup);
            }
        }
    }

    private void mergeAcronyms(List<Group> groups) {
        for (Group acr : new ArrayList<>(groups)) {
            String name = acr.longestName();
            if (!isAcronym(name) || name.contains(" ")) {
                continue;
            }
            for (Group g : groups) {
                if (g != acr && g.longestName().contains(" ") && acronymMatches(name.replace(".", ""), g.longestName())) {
                    for (NameMention m : acr.mentions) {
                        g.add(m);
                    }
                    groups.remove(acr);
                    break;
                }
            }
        }
    }

    /**
     * Whether an acronym abbreviates a name: its letters are the name's initials in order, starting
     * with the first and ending with the last ("ITF" = International Transport Workers' Federation).
     */
    public static boolean acronymMatches(String acronym, String name) {
        String initials = acronymOf(name);
        if (initials.length() < 2 || acronym.length() < 2 || acronym.charAt(0) != initials.charAt(0)
                || acronym.charAt(acronym.length() - 1) != initials.charAt(initials.length() - 1)) {
            return false;
        }
        if (initials.equals(acronym)) {
            return true;
        }
        if (initials.length() - acronym.length() > 1) {
            return false;
        }
        int k = 0;
        for (int x = 0; x < initials.length() && k < acronym.length(); x++) {
            if (initials.charAt(x) == acronym.charAt(k)) {
                k++;
            }
        }
        return k == acronym.length();
    }

    /** Initials of the capitalised words: "Korean Central News Agency" → "KCNA". */
    public static String acronymOf(String name) {
        StringBuilder sb = new StringBuilder();
        for (String part : name.split("[\\s-]+")) {
            if (!part.isEmpty() && Character.isUpperCase(part.charAt(0))) {
                sb.append(part.charAt(0));
            }
        }
        return sb.toString();
    }
}
