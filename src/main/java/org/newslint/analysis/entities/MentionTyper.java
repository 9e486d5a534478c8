package org.newslint.analysis.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.NonClaimReason;
import org.newslint.nlp.Token;
import org.newslint.nlp.ner.NameSpan;
import org.newslint.text.TextRange;

/**
 * Types a name mention from its evidence, strongest first: a byline or dateline, a title, a
 * gazetteer organisation or place, a demonym, an organisation, event or location head word, a
 * descriptor, a locative preposition, a "who" clause; the trained name finder's label is recorded
 * beside it for the entity's vote.
 */
final class MentionTyper {
    private static final Set<String> LOCATIVE =
            Set.of("in", "at", "from", "near", "outside", "inside", "across", "throughout", "around");

    private final Lexicons lex;
    private final String text;
    private final NameContext context;
    private final Set<String> lowerOrganizationHeads = new java.util.HashSet<>();
    private final Set<String> capitalisedWords;
    private final List<List<NameSpan>> modelNames;

    /**
     * @param capitalisedWords words capitalised mid-sentence somewhere in the document
     * @param modelNames the trained name finder's names per sentence (empty without it)
     */
    MentionTyper(
            Lexicons lex,
            String text,
            NameContext context,
            Set<String> capitalisedWords,
            List<List<NameSpan>> modelNames) {
        this.lex = lex;
        this.text = text;
        this.context = context;
        this.capitalisedWords = capitalisedWords;
        this.modelNames = modelNames;
        for (String h : lex.organizationHeads) {
            lowerOrganizationHeads.add(h.toLowerCase(Locale.ROOT));
        }
    }

    /**
     * The mention of tokens {@code i..j} (titles stripped), typed by its strongest evidence, or null
     * when nothing in it is a name.
     */
    NameMention mention(
            List<Token> toks, int i, int j, int sentenceIndex, boolean trusted, NonClaimReason paragraphReason) {
        boolean bylineSentence = paragraphReason == NonClaimReason.BYLINE;
        boolean datelineSentence = paragraphReason == NonClaimReason.DATELINE;
        // strip titles from the front: "former President Donald Trump", "Gen. Sir Roly Walker"
        int s = i;
        List<String> titles = new ArrayList<>();
        while (s <= j) {
            int len = context.titleLength(toks, s, j);
            if (len == 0) {
                break;
            }
            titles.add(context.span(toks, s, s + len - 1));
            s += len;
        }
        if (s > j) {
            return null;
        }
        String name = context.span(toks, s, j);
        int nameEnd = toks.get(j).end();
        // "Warhol-like", "Scientology-related": the name is the part before a lowercase suffix
        int hyphen = toks.get(j).text().indexOf('-');
        if (hyphen > 0
                && hyphen + 1 < toks.get(j).text().length()
                && Character.isLowerCase(toks.get(j).text().charAt(hyphen + 1))) {
            nameEnd = toks.get(j).start() + hyphen;
            name = text.substring(toks.get(s).start(), nameEnd);
        }
        boolean anyProper = false;
        for (int x = s; x <= j; x++) {
            if (toks.get(x).isProperNoun()
                    || Acronyms.isAcronym(toks.get(x).text())
                    || capitalisedWords.contains(toks.get(x).text())) {
                anyProper = true;
            }
        }
        boolean known = lex.organizations.containsKey(name)
                || lex.people.containsKey(name)
                || lex.isPlace(name)
                || lex.demonyms.containsKey(name);
        if (!anyProper && !known && titles.isEmpty()) {
            return null;
        }
        TextRange range = new TextRange(toks.get(s).start(), nameEnd);
        List<String> descriptions = new ArrayList<>();
        String modifiers = context.leftModifiers(toks, i);
        if (!titles.isEmpty()) {
            descriptions.add(NameContext.join(modifiers, String.join(" ", titles)));
        }
        String descriptor = titles.isEmpty() ? context.leftDescriptor(toks, i) : null;
        if (descriptor != null) {
            descriptions.add(descriptor);
        }
        String appositive = context.appositive(toks, j);
        boolean who = appositive != null && appositive.startsWith("who ");
        boolean which = appositive != null && appositive.startsWith("which ");
        if (appositive != null && !which) {
            descriptions.add(appositive);
        }

        EntityType type = null;
        NameMention.Evidence evidence = NameMention.Evidence.NONE;
        String linked = null;
        boolean acronym = s == j && Acronyms.isAcronym(name);
        Token before = i > 0 ? toks.get(i - 1) : null;
        Token after = j + 1 < toks.size() ? toks.get(j + 1) : null;
        boolean definite = before != null && before.lower().equals("the");
        boolean byline = i == 1 && before.lower().equals("by") && bylineSentence;
        if (datelineSentence) {
            // "AARHUS, Denmark (Reuters) -": places before the parenthesis, the agency inside it
            boolean inParens = before != null && before.text().equals("(");
            return new NameMention(
                    new TextRange(toks.get(s).start(), toks.get(j).end()),
                    name,
                    inParens ? EntityType.ORGANIZATION : EntityType.LOCATION,
                    NameMention.Evidence.STRONG,
                    null,
                    inParens ? lex.organizations.get(name) : lex.canonicalPlace(name),
                    false,
                    true,
                    sentenceIndex,
                    s,
                    j,
                    null);
        }
        if (byline || !titles.isEmpty() || who && !definite || lex.people.containsKey(name)) {
            // a house list's person is linked to the full name, so "Tedros" joins "Tedros Adhanom Ghebreyesus"
            type = EntityType.PERSON;
            evidence = NameMention.Evidence.STRONG;
            linked = lex.people.get(name);
        } else if (lex.organizations.containsKey(name)) {
            type = EntityType.ORGANIZATION;
            evidence = NameMention.Evidence.STRONG;
            linked = lex.organizations.get(name);
        } else if (lex.isPlace(name)) {
            type = EntityType.LOCATION;
            evidence = NameMention.Evidence.STRONG;
            linked = lex.canonicalPlace(name);
        } else if (lex.demonyms.containsKey(name)
                || name.endsWith("s") && lex.demonyms.containsKey(name.substring(0, name.length() - 1))) {
            // "North Korean", "Belgians"
            type = EntityType.LOCATION;
            evidence = NameMention.Evidence.STRONG;
            linked = lex.demonyms.getOrDefault(name, lex.demonyms.get(name.substring(0, name.length() - 1)));
        } else if (hasOrganizationHead(toks, s, j)
                || after != null && !after.isCapitalized() && lowerOrganizationHeads.contains(after.lower())) {
            // "Acme Holdings", "the Future Styria movement"
            type = EntityType.ORGANIZATION;
            evidence = NameMention.Evidence.HEAD_WORD;
        } else if (j > s && lex.eventHeads.contains(toks.get(j).text())) {
            // "Google Science Fair", "Korean War"
            type = EntityType.MISC;
            evidence = NameMention.Evidence.HEAD_WORD;
        } else if (hasHead(lex.locationHeads, toks, s, j) && j > s) {
            type = EntityType.LOCATION;
            evidence = NameMention.Evidence.HEAD_WORD;
        } else if (descriptor != null) {
            type = EntityType.PERSON;
            evidence = NameMention.Evidence.HEAD_WORD;
        } else if (definite && s == j && name.endsWith("s") && !acronym) {
            // "the Greens", "the Democrats"
            type = EntityType.ORGANIZATION;
            evidence = NameMention.Evidence.HEAD_WORD;
        } else if (before != null && LOCATIVE.contains(before.lower()) && !acronym && !containsPlaceWord(toks, s, j)) {
            // "in Aarhus", "from Gothenburg"
            type = EntityType.LOCATION;
            evidence = NameMention.Evidence.GUESS;
        } else if (who) {
            type = EntityType.ORGANIZATION;
            evidence = NameMention.Evidence.GUESS;
        } else if (acronym || which) {
            type = EntityType.ORGANIZATION;
            evidence = NameMention.Evidence.GUESS;
        } else if (appositive != null && !who && context.organizationNoun(appositive) != null) {
            // "Future Styria, a populist movement founded last year,"
            type = EntityType.ORGANIZATION;
            evidence = NameMention.Evidence.HEAD_WORD;
        } else if (appositive != null && context.hasRoleNoun(appositive)) {
            type = EntityType.PERSON;
            evidence = NameMention.Evidence.HEAD_WORD;
        } else if (containsPlaceWord(toks, s, j)) {
            type = EntityType.MISC;
            evidence = NameMention.Evidence.GUESS;
        } else if (j > s && j - s <= 3 && !definite) {
            type = EntityType.PERSON;
            evidence = NameMention.Evidence.GUESS;
        }
        NameSpan model = modelNameFor(sentenceIndex, range);
        String description = descriptions.isEmpty() ? null : String.join("\u0000", descriptions);
        return new NameMention(
                range,
                name,
                type,
                evidence,
                description,
                linked,
                acronym,
                trusted,
                sentenceIndex,
                s,
                j,
                model == null ? null : typeOf(model));
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
}
