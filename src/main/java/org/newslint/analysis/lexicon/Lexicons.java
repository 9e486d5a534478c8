package org.newslint.analysis.lexicon;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.newslint.analysis.model.EntityType;
import org.newslint.analysis.model.HouseLists;
import org.newslint.analysis.model.Source;
import org.newslint.text.WordList;

/**
 * Every word list the analysis consults, loaded once from the resource files under
 * {@code org/newslint/lexicon/} plus what the JDK already knows (country names, month and day names).
 */
public final class Lexicons {
    private static volatile Lexicons shared;

    public final Set<String> reportingVerbs;
    public final Set<String> attitudeVerbs;
    /** Lemmas of verbs that report words said or written: the cues of reported statements (speech-acts.txt). */
    public final Set<String> speechActs;

    public final List<List<String>> reportingPhrases;
    public final Set<String> reportingNouns;
    /** "VERB\tsay", "NOUN\tplan": lemmas PolNeAR annotators mark as attribution cues (attribution-cues.txt). */
    public final Set<String> attributionCues;

    public final Set<String> personTitles;
    public final int maxTitleWords;
    public final Set<String> roleNouns;
    public final Set<String> organizationHeads;
    public final Set<String> locationHeads;
    public final Set<String> eventHeads;
    public final Map<String, String> organizations;
    /** A newsroom's people by every name copy gives them, to the full name (only from house lists). */
    public final Map<String, String> people;

    public final Map<String, String> placeCanonical;
    public final Map<String, String> demonyms;
    public final Map<String, String> vagueSubjects;
    public final List<Pattern> boilerplate;
    public final Set<String> superlatives;
    public final List<List<String>> causalPhrases;
    public final Set<String> calendarWords;
    /** Lowercase heads of time expressions: "two weeks", "the past" (time-words.txt). */
    public final Set<String> timeWords;
    /** "the newspaper", "the wire service": what copy calls an outlet named before (news-outlets.txt). */
    public final Set<String> outletNouns;
    /** Title and description words that say a person is a woman, or a man (gendered-words.txt). */
    public final Set<String> femaleWords;

    public final Set<String> maleWords;

    private final Set<String> outletHeads;
    private final Set<String> outletNames;
    private final Set<String> wireNames;

    private Lexicons() {
        reportingVerbs = lowerSet(WordList.entries("reporting-verbs.txt"));
        attitudeVerbs = lowerSet(WordList.entries("attitude-verbs.txt"));
        speechActs = lowerSet(WordList.entries("speech-acts.txt"));
        reportingPhrases = phrases(WordList.entries("reporting-phrases.txt"));
        reportingNouns = lowerSet(WordList.entries("reporting-nouns.txt"));
        attributionCues = new HashSet<>();
        for (String[] row : WordList.rows("attribution-cues.txt")) {
            if (row.length > 1) {
                attributionCues.add(row[1] + "\t" + row[0].toLowerCase(Locale.ROOT));
            }
        }
        personTitles = lowerSet(WordList.entries("person-titles.txt"));
        maxTitleWords =
                personTitles.stream().mapToInt(t -> t.split(" ").length).max().orElse(1);
        roleNouns = lowerSet(WordList.entries("role-nouns.txt"));
        organizationHeads = new HashSet<>(WordList.entries("organization-heads.txt"));
        locationHeads = new HashSet<>(WordList.entries("location-heads.txt"));
        eventHeads = new HashSet<>(WordList.entries("event-heads.txt"));
        organizations = new HashMap<>();
        for (String[] row : WordList.rows("organizations.txt")) {
            organizations.put(row[0], row.length > 1 ? row[1] : row[0]);
        }
        people = Map.of();
        placeCanonical = new HashMap<>();
        for (String country : Locale.getISOCountries()) {
            String name = new Locale("", country).getDisplayCountry(Locale.ENGLISH);
            if (!name.isEmpty() && !name.equals(country)) {
                placeCanonical.put(name, name);
            }
        }
        for (String[] row : WordList.rows("places.txt")) {
            placeCanonical.put(row[0], row.length > 2 && !row[2].isEmpty() ? row[2] : row[0]);
        }
        demonyms = new HashMap<>();
        for (String[] row : WordList.rows("demonyms.txt")) {
            if (row.length > 1) {
                demonyms.put(row[0], placeCanonical.getOrDefault(row[1], row[1]));
            }
        }
        vagueSubjects = new HashMap<>();
        for (String[] row : WordList.rows("vague-subjects.txt")) {
            vagueSubjects.put(row[0].toLowerCase(Locale.ROOT), row.length > 1 ? row[1] : "weasel");
        }
        boilerplate = new ArrayList<>();
        for (String regex : WordList.entries("boilerplate.txt")) {
            boilerplate.add(Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
        }
        superlatives = new HashSet<>();
        List<String> causal = new ArrayList<>();
        for (String[] row : WordList.rows("claim-cues.txt")) {
            if (row.length < 2) {
                continue;
            }
            switch (row[0]) {
                case "superlative" -> superlatives.add(row[1].toLowerCase(Locale.ROOT));
                case "causal" -> causal.add(row[1].toLowerCase(Locale.ROOT));
                default -> {}
            }
        }
        causalPhrases = phrases(causal);
        calendarWords = new HashSet<>();
        DateFormatSymbols symbols = DateFormatSymbols.getInstance(Locale.ENGLISH);
        for (String m : symbols.getMonths()) {
            if (!m.isEmpty()) {
                calendarWords.add(m);
            }
        }
        for (String d : symbols.getWeekdays()) {
            if (!d.isEmpty()) {
                calendarWords.add(d);
                calendarWords.add(d + "s");
            }
        }
        calendarWords.addAll(List.of("Jan.", "Feb.", "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec."));
        // relative days open sentences with a capital: "Yesterday Mohamed received …"
        calendarWords.addAll(List.of("Yesterday", "Today", "Tomorrow", "Tonight", "Earlier", "Later", "Last", "Next"));
        timeWords = lowerSet(WordList.entries("time-words.txt"));
        femaleWords = new HashSet<>();
        maleWords = new HashSet<>();
        for (String[] row : WordList.rows("gendered-words.txt")) {
            if (row.length > 1) {
                (row[0].equals("female") ? femaleWords : maleWords).add(row[1].toLowerCase(Locale.ROOT));
            }
        }
        outletNouns = new HashSet<>();
        outletHeads = new HashSet<>();
        outletNames = new HashSet<>();
        wireNames = new HashSet<>();
        for (String[] row : WordList.rows("news-outlets.txt")) {
            if (row.length > 1) {
                switch (row[0]) {
                    case "noun" -> outletNouns.add(row[1].toLowerCase(Locale.ROOT));
                    case "head" -> outletHeads.add(row[1]);
                    case "name" -> outletNames.add(row[1]);
                    case "wire" -> wireNames.add(row[1]);
                    default -> {}
                }
            }
        }
    }

    /** Whether an organisation of this name is a news agency: "Reuters", "Norden Press", "Lyndale News Wire". */
    public boolean isWireName(String name) {
        return wireNames.contains(name) || (" " + name + " ").matches(".* (Press|Wire|Agentur) .*");
    }

    /** Whether an organisation of this name is a news outlet: "Lyndale Courier", "Daily Mail", "Reuters". */
    public boolean isOutletName(String name) {
        if (outletNames.contains(name) || wireNames.contains(name)) {
            return true;
        }
        String[] words = name.strip().split("[\\s-]+");
        return words.length > 1
                && (outletHeads.contains(words[words.length - 1])
                        || words[0].equals("Daily")
                        || words[0].equals("Radio"));
    }

    /**
     * These lexicons with a newsroom's house lists added: its reporting verbs, and its people and
     * organisations under each of their names. The shipped lists are never changed.
     */
    public Lexicons with(HouseLists house) {
        return house.isEmpty() ? this : new Lexicons(this, house);
    }

    private Lexicons(Lexicons base, HouseLists house) {
        Set<String> verbs = new HashSet<>(base.reportingVerbs);
        verbs.addAll(house.reportingVerbs());
        reportingVerbs = Set.copyOf(verbs);
        // a desk's own reporting verbs ("tweeted", "posted") are verbs of saying: their clauses are statements
        Set<String> acts = new HashSet<>(base.speechActs);
        acts.addAll(house.reportingVerbs());
        speechActs = Set.copyOf(acts);
        Map<String, String> orgs = new HashMap<>(base.organizations);
        Map<String, String> persons = new HashMap<>(base.people);
        for (HouseLists.Name n : house.names()) {
            Map<String, String> target = n.type() == EntityType.PERSON ? persons : orgs;
            target.put(n.name(), n.name());
            for (String alias : n.aliases()) {
                target.put(alias, n.name());
            }
        }
        organizations = Map.copyOf(orgs);
        people = Map.copyOf(persons);
        attitudeVerbs = base.attitudeVerbs;
        reportingPhrases = base.reportingPhrases;
        reportingNouns = base.reportingNouns;
        attributionCues = base.attributionCues;
        personTitles = base.personTitles;
        maxTitleWords = base.maxTitleWords;
        roleNouns = base.roleNouns;
        organizationHeads = base.organizationHeads;
        locationHeads = base.locationHeads;
        eventHeads = base.eventHeads;
        placeCanonical = base.placeCanonical;
        demonyms = base.demonyms;
        vagueSubjects = base.vagueSubjects;
        boilerplate = base.boilerplate;
        superlatives = base.superlatives;
        causalPhrases = base.causalPhrases;
        calendarWords = base.calendarWords;
        timeWords = base.timeWords;
        outletNouns = base.outletNouns;
        femaleWords = base.femaleWords;
        maleWords = base.maleWords;
        outletHeads = base.outletHeads;
        outletNames = base.outletNames;
        wireNames = base.wireNames;
    }

    public static Lexicons shared() {
        Lexicons l = shared;
        if (l == null) {
            synchronized (Lexicons.class) {
                l = shared;
                if (l == null) {
                    l = new Lexicons();
                    shared = l;
                }
            }
        }
        return l;
    }

    private static Set<String> lowerSet(List<String> entries) {
        Set<String> set = new HashSet<>();
        for (String e : entries) {
            set.add(e.toLowerCase(Locale.ROOT));
        }
        return set;
    }

    private static List<List<String>> phrases(List<String> entries) {
        List<List<String>> out = new ArrayList<>();
        for (String e : entries) {
            out.add(List.of(e.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        // longest first, so "as a result of" wins over "as a result"
        out.sort((a, b) -> Integer.compare(b.size(), a.size()));
        return out;
    }

    public boolean isReportingVerb(List<String> lemmas) {
        for (String l : lemmas) {
            if (reportingVerbs.contains(l)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a cue reports a speech act: its lemma (a phrase's first word: "call for", "tell reporters")
     * is in speech-acts.txt, or it is "according to".
     */
    public boolean isSpeechAct(String cueLemma) {
        String head = cueLemma.split(" ")[0];
        return speechActs.contains(head) || cueLemma.startsWith("accord");
    }

    public String canonicalPlace(String name) {
        return placeCanonical.get(name);
    }

    public boolean isPlace(String name) {
        return placeCanonical.containsKey(name);
    }

    /** A source no reader can check: its whole text is a weasel subject ("experts", "critics", "some"). */
    public boolean isWeasel(Source source) {
        String text = source.text();
        // a text of ASCII characters without a capital is its own lower case: no copy to look it up
        return "weasel".equals(vagueSubjects.get(asciiLower(text) ? text : text.toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean asciiLower(String s) {
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x80 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }
}
