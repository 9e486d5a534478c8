package org.newslint.analysis.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The quote model's features, word for word: the shipped model was trained on these strings, so a
 * change to any of them (or to their order) changes what the model sees and must be retrained for.
 */
class QuoteFeaturesTest {
    private static List<List<String>> features(String text) {
        return StageInput.of(text).quotations().candidates().stream()
                .map(QuoteCandidate::features)
                .toList();
    }

    @Test
    void fragmentsAfterACueSharingOneStatement() {
        assertThat(features("Mayor Ana Berg said the new toll was \"a tax on the poor\" and \"a disgrace.\" "
                        + "Some experts said: “Prices will climb further, and soon.”"))
                .containsExactly(
                        List.of(
                                "bias",
                                "marks=straight",
                                "paragraph=body",
                                "cueInSentence=true",
                                "kind=partial",
                                "len=4-5",
                                "kind+len=partial+4-5",
                                "how=cue",
                                "how+len=cue+4-5",
                                "closed=true",
                                "cap=lower",
                                "ends=word",
                                "capShare=few",
                                "statementLen=10-19",
                                "group=2",
                                "statement=both",
                                "inSentence=2",
                                "cue=say",
                                "cueSide=before+mid",
                                "speaker=entity",
                                "verbInside=false",
                                "verbBefore=say",
                                "prev2=NOUN+AUX",
                                "prevPos=AUX",
                                "prev=was",
                                "nextPos=CCONJ",
                                "nextCap=false",
                                "share=part",
                                "opensSentence=false"),
                        List.of(
                                "bias",
                                "marks=“",
                                "paragraph=body",
                                "cueInSentence=true",
                                "kind=direct",
                                "len=6-9",
                                "kind+len=direct+6-9",
                                "how=cue",
                                "how+len=cue+6-9",
                                "closed=true",
                                "cap=upper",
                                "ends=stop",
                                "capShare=few",
                                "statementLen=6-9",
                                "statement=quote",
                                "inSentence=1",
                                "cue=say",
                                "cueSide=before+adjacent",
                                "speaker=role",
                                "speaker=weasel",
                                "verbInside=true",
                                "verbBefore=say",
                                "prev2=VERB+PUNCT",
                                "prevPos=PUNCT",
                                "prev=:",
                                "next=END",
                                "share=most",
                                "opensSentence=false"));
    }

    @Test
    void thatClausesNestedQuotesParagraphOpeningsAndTitles() {
        assertThat(features("Ana Berg told reporters that the toll was “plainly unfair” to drivers.\n"
                        + "“Patients ask me, ‘Is this the one that works?’ every day,” said Dr. Amal Okafor.\n"
                        + "“The Lyndale Ledger"))
                .containsExactly(
                        // a multi-word cue is one feature word: "tell reporters" becomes "tell_reporters"
                        List.of(
                                "bias",
                                "marks=“",
                                "paragraph=body",
                                "cueInSentence=true",
                                "kind=partial",
                                "len=2",
                                "kind+len=partial+2",
                                "how=cue",
                                "how+len=cue+2",
                                "closed=true",
                                "cap=lower",
                                "ends=word",
                                "capShare=few",
                                "statementLen=6-9",
                                "statementStarts=that",
                                "statement=both",
                                "inSentence=1",
                                "cue=tell_reporters",
                                "cueSide=before+mid",
                                "speaker=entity",
                                "verbInside=false",
                                "verbBefore=tell",
                                "prev2=NOUN+AUX",
                                "prevPos=AUX",
                                "prev=was",
                                "nextPos=ADP",
                                "nextCap=false",
                                "share=little",
                                "opensSentence=false"),
                        // the sentence splitter ends a sentence inside the quotation, after "works?’", so its cue is in
                        // the next one
                        List.of(
                                "bias",
                                "marks=“",
                                "paragraph=body",
                                "cueInSentence=false",
                                "kind=direct",
                                "len=10-19",
                                "kind+len=direct+10-19",
                                "how=cue",
                                "how+len=cue+10-19",
                                "closed=true",
                                "cap=upper",
                                "ends=comma",
                                "capShare=few",
                                "statementLen=10-19",
                                "nested",
                                "statement=quote",
                                "inSentence=1",
                                "paragraphInitial",
                                "cue=say",
                                "cueSide=after+adjacent",
                                "speaker=entity",
                                "verbInside=true",
                                "prev=START",
                                "next=END",
                                "share=whole",
                                "opensSentence=true"),
                        // an unclosed title is not left out as a closed one is
                        List.of(
                                "bias",
                                "marks=“",
                                "paragraph=heading",
                                "cueInSentence=false",
                                "kind=direct",
                                "len=3",
                                "kind+len=direct+3",
                                "how=continuation",
                                "how+len=continuation+3",
                                "closed=false",
                                "cap=upper",
                                "ends=word",
                                "title",
                                "capShare=most",
                                "statementLen=3",
                                "statement=quote",
                                "inSentence=1",
                                "paragraphInitial",
                                "speaker=entity",
                                "verbInside=false",
                                "prev=START",
                                "next=END",
                                "share=whole",
                                "opensSentence=true"));
    }
}
