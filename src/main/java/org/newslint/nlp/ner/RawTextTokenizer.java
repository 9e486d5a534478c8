package org.newslint.nlp.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts raw text into CoNLL-like tokens for learning word clusters from text that has no
 * tokenisation of its own; the clusters then match the tokens the name finder sees.
 */
public final class RawTextTokenizer {
    private static final Pattern TOKEN =
            Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:[-.'&/][\\p{L}\\p{N}]+)*|\\S");

    private RawTextTokenizer() {}

    /** Tokenises raw text roughly as CoNLL and newslint do: 's and n't split off, abbreviations kept. */
    public static List<String> tokenize(String line) {
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(
                line.replace('\u2019', '\'').replace('\u201c', '"').replace('\u201d', '"'));
        while (m.find()) {
            String t = m.group();
            if (t.length() > 2 && (t.endsWith("'s") || t.endsWith("'S"))) {
                out.add(t.substring(0, t.length() - 2));
                out.add(t.substring(t.length() - 2));
            } else if (t.length() > 3 && t.endsWith("n't")) {
                out.add(t.substring(0, t.length() - 3));
                out.add("n't");
            } else {
                out.add(t);
            }
        }
        return out;
    }
}
