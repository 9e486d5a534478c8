package org.newslint.rules;

import static org.newslint.rules.WeaselFixtures.check;
import static org.newslint.rules.WeaselFixtures.checkTagged;

import org.junit.jupiter.api.Test;
import org.newslint.rules.WeaselWording.Kind;

/**
 * Adverbs of attribution on tokens, marked {@code ^^^ adverb as written | question}: the first one
 * of a sentence only, whatever the tagger calls it.
 */
class AttributionAdverbsTest {
    private static final AttributionAdverbs ADVERBS = WeaselWording.shared().attributionAdverbs;

    @Test
    void theFirstAdverbOfAttributionAsWritten() {
        check("""
                The minister reportedly resigned on Monday.
                             ^^^^^^^^^^ reportedly | Reported by whom? Name the source.
                Allegedly, the mill was set on fire.
                ^^^^^^^^^ Allegedly | Alleged by whom? Name who makes the allegation.
                It was arguably his finest season.
                       ^^^^^^^^ arguably | Who argues this? Name the source, or make the case.
                The mill was supposedly and reputedly haunted.
                             ^^^^^^^^^^ supposedly | Supposed by whom? Name the source.
                The purportedly stolen map was found.
                    ^^^^^^^^^^^ purportedly | Purported by whom? Name the source.
                The minister reported that she had resigned.
                The allegation was denied.""", Kind.ATTRIBUTION_ADVERB, ADVERBS::find);
    }

    @Test
    void theTagDoesNotMatter() {
        checkTagged("""
                the/DET reportedly/ADJ stolen/VERB map/NOUN
                        ^^^^^^^^^^ reportedly | Reported by whom? Name the source.
                REPUTEDLY/PROPN
                ^^^^^^^^^ REPUTEDLY | Reputed by whom? Name the source.""", Kind.ATTRIBUTION_ADVERB, ADVERBS::find);
    }
}
