package org.newslint.rules;

import java.util.List;
import org.newslint.analysis.model.Finding;

/**
 * A rule whose work on a sentence depends on that sentence alone, apart from a few document-level
 * tests it names ({@link LocalFinding.Condition}). The contract that lets the {@link Checker}
 * remember a sentence's judgement across an editor's analyses ({@link SentenceMemo}):
 *
 * <ul>
 *   <li>{@link #judge} is a pure function of its {@link LocalSentence}, which holds exactly what
 *       the memo's key compares; it may read besides only state fixed when the rule is built (its
 *       shipped word lists), never the settings, the house lists or anything of the document: a rule
 *       that needs more must widen {@link LocalSentence} (and so the key) or move the reading into
 *       {@link #check(RuleContext, Judgements)}, which runs on every analysis;
 *   <li>{@link #check(RuleContext, Judgements)} turns the judgements, sentence by sentence, into
 *       findings, applying the document-level conditions and the user's severities there.
 * </ul>
 *
 * {@code SentenceLocalRulesTest} checks that such rules keep no mutable state, and, per rule family,
 * that a sentence remembered in one document gives in another what a fresh analysis gives.
 */
interface SentenceLocal extends Rule {
    /** What the rule says about one sentence, window offsets; must read nothing but {@code sentence}. */
    List<LocalFinding> judge(LocalSentence sentence);

    /** The findings, from each sentence's judgement ({@code judged.of(i)}, placed in the document). */
    List<Finding> check(RuleContext context, Judgements judged);

    /** Without a memo: each sentence judged afresh. */
    @Override
    default List<Finding> check(RuleContext context) {
        return check(context, i -> context.sentence(i).place(judge(context.sentence(i))));
    }

    /** Each sentence's judgement, by its index in the analysis, offsets in the document. */
    @FunctionalInterface
    interface Judgements {
        List<LocalFinding> of(int sentence);
    }
}
