package org.newslint.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newslint.analysis.Attribution;
import org.newslint.analysis.Finding;
import org.newslint.analysis.Lexicons;
import org.newslint.analysis.SentenceInfo;
import org.newslint.analysis.Severity;
import org.newslint.nlp.Token;
import org.newslint.text.TextRange;

/**
 * Flags vague and anonymous attribution: weasel subjects ("experts say", "critics argue"),
 * agentless passives ("it is believed") and unnamed sources ("sources said", reported as
 * information so each newsroom can apply its own policy).
 */
public final class VagueSource implements Rule {
    public static final String ID = "vague-source";

    private static final java.util.Set<String> QUANTIFIERS = java.util.Set.of("some", "many", "most", "several", "few", "others");

    private final Lexicons lex = Lexicons.shared();

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "A vague or anonymous source (\"experts say\", \"it is believed\"): name who says so.";
    }

    @Override
    public Severity defaultSeverity() {
        return Severity.WARNING;
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<Finding> out = new ArrayList<>();
        for (SentenceInfo s : context.analysis().sentences()) {
            if (s.nonClaimReason() != null && !s.nonClaimReason().equals("quotation")) {
                continue;
            }
            boolean flagged = false;
            for (Attribution a : s.attributions()) {
                if (a.source() == null) {
                    continue;
                }
                String kind = vagueKind(a.source().text());
                if (kind != null) {
                    TextRange range = new TextRange(Math.min(a.source().range().start(), a.cue().range().start()),
                            Math.max(a.source().range().end(), a.cue().range().end()));
                    out.add(kind.equals("anonymous")
                            ? context.finding(this, Severity.INFORMATION, range, "Anonymous source (“"
                                + context.excerpt(range, 50) + "”): check that it meets your newsroom's policy on unnamed sources.")
                            : context.finding(this, range, "Vague source (“" + context.excerpt(range, 50)
                                + "”): which ones? Name the source, or cut the claim."));
                    flagged = true;
                }
            }
            if (!flagged) {
                TextRange passive = agentlessPassive(s.sentence().tokens());
                if (passive != null) {
                    out.add(context.finding(this, passive, "Agentless passive (“" + context.excerpt(passive, 50)
                            + "”): believed or reported by whom? Name the source."));
                }
            }
        }
        return out;
    }

    /** "weasel", "anonymous", or null for a named source. */
    String vagueKind(String sourceText) {
        String t = sourceText.toLowerCase(Locale.ROOT).replace('\u2019', '\'').strip();
        String kind = lex.vagueSubjects.get(t);
        if (kind != null) {
            return kind;
        }
        String[] words = t.split("\\s+");
        if (words.length > 6) {
            return null;
        }
        if (words.length > 1 && "weasel".equals(lex.vagueSubjects.get(words[0])) && QUANTIFIERS.contains(words[0])) {
            return "weasel"; // "some residents", "many analysts"
        }
        // longest key contained as whole words: "many legal experts" → "experts", "two party sources" → "sources"
        String best = null;
        int bestLen = 0;
        String padded = " " + t + " ";
        for (var e : lex.vagueSubjects.entrySet()) {
            String key = e.getKey();
            if (key.length() > bestLen && padded.contains(" " + key + " ")
                    && (t.endsWith(key) || padded.contains(" " + key + " familiar ") || padded.contains(" " + key + " close "))) {
                best = e.getValue();
                bestLen = key.length();
            }
        }
        if (best != null && Character.isUpperCase(sourceText.strip().charAt(0)) && words.length > 1
                && !words[0].equals("some") && !words[0].equals("many") && !words[0].equals("most")
                && !words[0].equals("other") && !words[0].equals("several") && !Character.isDigit(words[0].charAt(0))
                && !isNumberWord(words[0]) && !words[0].equals("a") && !words[0].equals("an") && !words[0].equals("the")) {
            return null; // "Reuters sources"? a named outlet's staff; leave to the newsroom
        }
        return best;
    }

    private static boolean isNumberWord(String w) {
        return List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few").contains(w);
    }

    /** "it is believed", "has been reported", "is widely thought" without a "by" agent. */
    TextRange agentlessPassive(List<Token> toks) {
        for (int i = 0; i < toks.size(); i++) {
            Token t = toks.get(i);
            if (!lex.agentlessParticiples.contains(t.lower())) {
                continue;
            }
            int k = i - 1;
            while (k >= 0 && (toks.get(k).pos().equals("ADV") || lex.weaselAdverbs.contains(toks.get(k).lower()))) {
                k--;
            }
            int auxEnd = k;
            boolean be = false;
            while (k >= 0 && toks.get(k).pos().equals("AUX")) {
                if (toks.get(k).lemmas().contains("be")) {
                    be = true;
                }
                k--;
            }
            if (!be || auxEnd < 0) {
                continue;
            }
            boolean itSubject = k >= 0 && toks.get(k).lower().equals("it");
            Token next = i + 1 < toks.size() ? toks.get(i + 1) : null;
            boolean complement = next != null && (next.lower().equals("that") || next.lower().equals("to"));
            if (next != null && next.lower().equals("by")) {
                continue;
            }
            if (itSubject && (complement || next == null || next.isPunctuation())) {
                return new TextRange(toks.get(k).start(), t.end());
            }
            if (!itSubject && next != null && next.lower().equals("to") && k + 1 <= auxEnd) {
                return new TextRange(toks.get(k + 1).start(), next.end());
            }
        }
        return null;
    }
}
