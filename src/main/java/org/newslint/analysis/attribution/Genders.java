package org.newslint.analysis.attribution;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.Entity;

/** Whether a person the article names is a woman or a man, by a title or description ({@link PersonReferents}). */
final class Genders {
    /** Words after which a description no longer describes the person: "a spokesman for the residents". */
    private static final Set<String> DESCRIPTION_ENDS =
            Set.of("of for at in with who whose which from on to and".split(" "));

    private enum Gender {
        FEMALE,
        MALE,
        UNKNOWN
    }

    private final Lexicons lex;
    private final Coreference coreference;
    private final Map<String, Gender> genders = new HashMap<>();

    Genders(Lexicons lex, Coreference coreference) {
        this.lex = lex;
        this.coreference = coreference;
    }

    /** Whether the article says the person is a woman (she) or a man (he), or nothing that rules either out. */
    boolean agrees(String entityId, boolean she) {
        Gender g = genders.computeIfAbsent(entityId, this::genderOf);
        return g == Gender.UNKNOWN || (g == Gender.FEMALE) == she;
    }

    private Gender genderOf(String entityId) {
        Entity e = coreference.entity(entityId);
        if (e == null) {
            return Gender.UNKNOWN;
        }
        boolean female = false;
        boolean male = false;
        for (String d : e.descriptions()) {
            for (String w : d.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (DESCRIPTION_ENDS.contains(w)) {
                    break;
                }
                female |= lex.femaleWords.contains(w);
                male |= lex.maleWords.contains(w);
            }
        }
        return female == male ? Gender.UNKNOWN : female ? Gender.FEMALE : Gender.MALE;
    }
}
