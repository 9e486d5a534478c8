package org.newslint.analysis.attribution;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newslint.analysis.model.Source;
import org.newslint.text.Paragraph;
import org.newslint.text.Prose;
import org.newslint.text.TextRange;

/** Transcript speaker labels ("PENCE: Well, look, …"): every sentence of such a paragraph is that speaker's. */
public final class SpeakerLabels {
    /** A speaker label in capitals at the start of a paragraph. */
    private static final Pattern SPEAKER_LABEL =
            Pattern.compile("^[\"“]?(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,2}):\\s+\\S");

    private SpeakerLabels() {}

    /** The label of each labelled paragraph, by paragraph index, as a source with no entity. */
    public static Map<Integer, Source> find(Prose prose) {
        Map<Integer, Source> labels = new HashMap<>();
        List<Paragraph> paragraphs = prose.paragraphs();
        for (int pi = 0; pi < paragraphs.size(); pi++) {
            TextRange r = paragraphs.get(pi).range();
            Matcher m = SPEAKER_LABEL.matcher(r.of(prose.text()));
            if (m.lookingAt() && m.group(1).replaceAll("[^\\p{L}]", "").length() >= 2) {
                TextRange label = new TextRange(r.start() + m.start(1), r.start() + m.end(1));
                labels.put(pi, new Source(label, label.of(prose.original()), null, null));
            }
        }
        return labels;
    }
}
