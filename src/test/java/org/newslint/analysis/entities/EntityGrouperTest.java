package org.newslint.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.lexicon.Lexicons;
import org.newslint.analysis.model.EntityType;
import org.newslint.text.TextRange;

/**
 * The indexed grouping gives exactly what asking every group gave ({@link ScanningGrouper}, the grouping
 * before the indexes), and a grouping remembered in an {@link EntityMemory} gives exactly a fresh one:
 * random mention sequences over names chosen to meet every rule (surnames, acronyms with and without
 * full stops, "X of Y", organisation head words, names in capitals, linked names, untrusted mentions).
 */
class EntityGrouperTest {
    private static final Lexicons LEX = Lexicons.shared();

    private static final String[] NAMES = {
        "Ana Berg",
        "Berg",
        "Ana",
        "Jonas Berg",
        "Jonas",
        "Kim Jong Un",
        "Kim",
        "Jong",
        "Un",
        "Kim Berg",
        "Church of Scientology",
        "Scientology",
        "Bank of England",
        "England",
        "Bank",
        "Lyndale Port Authority",
        "LPA",
        "L.P.A.",
        "Lyndale",
        "LYNDALE",
        "Port",
        "Acme Holdings",
        "Acme",
        "ACME",
        "Google Chrome",
        "Chrome",
        "United States",
        "U.S.",
        "US",
        "Lyndale Water Agency",
        "LWA",
        "Agency",
        "Water",
        "Trans-Pacific Partnership",
        "TPP",
        "University of the Lyndale Coast",
        "Lyndale Coast",
        "LC",
        "ITF",
        "International Transport Workers' Federation",
        "Federation",
        "Maria Jensen",
        "Jensen",
        "MARIA JENSEN"
    };
    private static final String[] LINKS = {"United States", "Lyndale Port Authority", "Kim Jong Un", "England"};

    @Test
    void indexedGroupingEqualsAskingEveryGroup() {
        Random random = new Random(20261204L);
        for (int round = 0; round < 3000; round++) {
            List<NameMention> mentions = randomMentions(random, 1 + random.nextInt(round < 2000 ? 25 : 120), 0);
            assertThat(new EntityGrouper(LEX).group(mentions))
                    .as("round %d: %s", round, mentions)
                    .isEqualTo(new ScanningGrouper(LEX).group(mentions));
        }
    }

    @Test
    void aRememberedGroupingEqualsAFreshOneWhereverTheMentionsMoved() {
        Random random = new Random(7L);
        EntityMemory memory = new EntityMemory(LEX);
        for (int round = 0; round < 500; round++) {
            long seed = random.nextLong();
            int size = 1 + random.nextInt(40);
            List<NameMention> first = randomMentions(new Random(seed), size, 0);
            EntityFinder.Result fresh = new EntityGrouper(LEX).group(first);
            assertThat(new EntityGrouper(LEX).group(first, memory)).isEqualTo(fresh);
            // the same names moved by an edit before them, in renumbered sentences, with other descriptions
            List<NameMention> moved = new ArrayList<>();
            for (NameMention m : first) {
                moved.add(new NameMention(
                        new TextRange(m.range().start() + 17, m.range().end() + 17),
                        m.name(),
                        m.type(),
                        m.evidence(),
                        random.nextBoolean() ? m.description() : "a new description",
                        m.linkedName(),
                        m.acronym(),
                        m.trusted(),
                        m.sentenceIndex() * 2 + 3,
                        m.firstToken(),
                        m.lastToken(),
                        m.modelType()));
            }
            EntityFinder.Result again = new EntityGrouper(LEX).group(moved, memory);
            assertThat(again).isEqualTo(new ScanningGrouper(LEX).group(moved));
            if (!fresh.entities().isEmpty()) {
                assertThat(again).isNotEqualTo(fresh);
            }
        }
        // every second grouping was the remembered one
        assertThat(memory.groupingsReused()).isGreaterThanOrEqualTo(500);
    }

    @Test
    void aChangedNameIsNeverAnsweredFromMemory() {
        EntityMemory memory = new EntityMemory(LEX);
        List<NameMention> before =
                List.of(mention(0, "Ana Berg", EntityType.PERSON, 0), mention(1, "Berg", EntityType.PERSON, 1));
        List<NameMention> after =
                List.of(mention(0, "Ana Berg", EntityType.PERSON, 0), mention(1, "Bergx", EntityType.PERSON, 1));
        assertThat(new EntityGrouper(LEX).group(before, memory).entities()).hasSize(1);
        EntityFinder.Result edited = new EntityGrouper(LEX).group(after, memory);
        assertThat(memory.groupingsReused()).isZero();
        assertThat(edited.entities()).hasSize(2);
        assertThat(edited).isEqualTo(new ScanningGrouper(LEX).group(after));
    }

    private static NameMention mention(int at, String name, EntityType type, int sentence) {
        return new NameMention(
                new TextRange(at * 40, at * 40 + name.length()),
                name,
                type,
                NameMention.Evidence.GUESS,
                null,
                null,
                false,
                true,
                sentence,
                0,
                0,
                null);
    }

    /** Mentions in text order (increasing ranges, non-decreasing sentences), as the finder makes them. */
    static List<NameMention> randomMentions(Random random, int size, int offset) {
        List<NameMention> out = new ArrayList<>();
        int at = offset;
        int sentence = 0;
        EntityType[] types = EntityType.values();
        NameMention.Evidence[] evidence = NameMention.Evidence.values();
        for (int i = 0; i < size; i++) {
            String name = NAMES[random.nextInt(NAMES.length)];
            at += 1 + random.nextInt(30);
            sentence += random.nextInt(3) == 0 ? 1 + random.nextInt(2) : 0;
            EntityType type = random.nextInt(4) == 0 ? null : types[random.nextInt(types.length)];
            out.add(new NameMention(
                    new TextRange(at, at + name.length()),
                    name,
                    type,
                    type == null ? NameMention.Evidence.NONE : evidence[1 + random.nextInt(evidence.length - 1)],
                    random.nextInt(3) == 0 ? "former minister\u0000a farmer" : null,
                    random.nextInt(6) == 0 ? LINKS[random.nextInt(LINKS.length)] : null,
                    Acronyms.isAcronym(name) && !name.contains(" "),
                    random.nextInt(6) != 0,
                    sentence,
                    0,
                    0,
                    random.nextInt(3) == 0 ? null : types[random.nextInt(types.length)]));
            at += name.length();
        }
        return out;
    }
}
