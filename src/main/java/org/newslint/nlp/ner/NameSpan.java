package org.newslint.nlp.ner;

/**
 * A name the trained name finder found: character offsets into the analysed text (UTF-16, end
 * exclusive, like every offset in newslint), the token range within its sentence, the type (PER,
 * ORG, LOC or MISC) and the model's probability for the span (mean of its tokens' outcome
 * probabilities, 0..1).
 */
public record NameSpan(int start, int end, String type, double probability, int firstToken, int endToken) {}
