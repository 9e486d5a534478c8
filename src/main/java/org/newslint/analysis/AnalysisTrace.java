package org.newslint.analysis;

import java.util.List;
import org.newslint.analysis.claims.ClaimQuestion;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.quotes.QuoteCandidate;

/**
 * An analysis with the questions its models were asked on the way: the sentences put to the
 * check-worthiness model and the reported statements put to the quote model (before it decided).
 * The trainers read these, so they train on exactly what the product decides, without hooks in the core.
 */
public record AnalysisTrace(
        ArticleAnalysis result, List<ClaimQuestion> claimQuestions, List<QuoteCandidate> quoteCandidates) {
    public AnalysisTrace {
        claimQuestions = List.copyOf(claimQuestions);
        quoteCandidates = List.copyOf(quoteCandidates);
    }
}
