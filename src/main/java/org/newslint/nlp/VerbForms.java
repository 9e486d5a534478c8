package org.newslint.nlp;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based lemma candidates for English words, because the statistical lemmatiser sometimes
 * mangles regular past tenses ("shrugged" → "shrugge"); a lexicon lookup tries every candidate.
 */
public final class VerbForms {
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("said", "say"),
            Map.entry("says", "say"),
            Map.entry("told", "tell"),
            Map.entry("wrote", "write"),
            Map.entry("written", "write"),
            Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"),
            Map.entry("thought", "think"),
            Map.entry("felt", "feel"),
            Map.entry("held", "hold"),
            Map.entry("knew", "know"),
            Map.entry("known", "know"),
            Map.entry("taught", "teach"),
            Map.entry("swore", "swear"),
            Map.entry("sworn", "swear"),
            Map.entry("foresaw", "foresee"),
            Map.entry("forecast", "forecast"),
            Map.entry("made", "make"),
            Map.entry("went", "go"),
            Map.entry("gone", "go"),
            Map.entry("put", "put"),
            Map.entry("set", "set"),
            Map.entry("read", "read"),
            Map.entry("shown", "show"),
            Map.entry("gave", "give"),
            Map.entry("given", "give"),
            Map.entry("took", "take"),
            Map.entry("taken", "take"),
            Map.entry("began", "begin"),
            Map.entry("begun", "begin"),
            Map.entry("hung", "hang"),
            Map.entry("understood", "understand"),
            Map.entry("meant", "mean"),
            Map.entry("undertook", "undertake"),
            Map.entry("withheld", "withhold"),
            Map.entry("upheld", "uphold"),
            Map.entry("retold", "retell"),
            Map.entry("tweeted", "tweet"),
            Map.entry("is", "be"),
            Map.entry("was", "be"),
            Map.entry("were", "be"),
            Map.entry("are", "be"),
            Map.entry("been", "be"),
            Map.entry("has", "have"),
            Map.entry("had", "have"),
            Map.entry("did", "do"),
            Map.entry("does", "do"),
            Map.entry("done", "do"));

    private VerbForms() {}

    public static List<String> candidates(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Set<String> out = new LinkedHashSet<>();
        out.add(w);
        String irregular = IRREGULAR.get(w);
        if (irregular != null) {
            out.add(irregular);
        }
        if (w.endsWith("ies") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("es") && w.length() > 3) {
            out.add(w.substring(0, w.length() - 2));
        }
        if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
            out.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ied") && w.length() > 4) {
            out.add(w.substring(0, w.length() - 3) + "y");
        }
        if (w.endsWith("ed") && w.length() > 3) {
            String stem = w.substring(0, w.length() - 2);
            out.add(stem);
            out.add(stem + "e");
            addUndoubled(out, stem);
        }
        if (w.endsWith("ing") && w.length() > 4) {
            String stem = w.substring(0, w.length() - 3);
            out.add(stem);
            out.add(stem + "e");
            addUndoubled(out, stem);
        }
        return List.copyOf(out);
    }

    private static void addUndoubled(Set<String> out, String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            out.add(stem.substring(0, n - 1));
        }
    }
}
