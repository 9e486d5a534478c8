package org.newslint.analysis.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslint.analysis.model.ArticleAnalysis;
import org.newslint.analysis.model.Entity;
import org.newslint.analysis.model.EntityType;
import org.newslint.testing.Fixtures;

/**
 * What a hover shows about a name: the entity's canonical name, type, other names and the roles
 * the article gives it, as the entity stage builds them from titles, descriptors and appositives.
 */
class EntityProfilesTest {
    private static Entity entity(String text, String name) {
        ArticleAnalysis a = Fixtures.analyze(text);
        List<Entity> found =
                a.entities().stream().filter(e -> e.name().equals(name)).toList();
        assertThat(found).as("one entity named %s among %s", name, a.entities()).hasSize(1);
        return found.get(0);
    }

    @Test
    void aTitleBecomesADescription() {
        Entity e = entity("Former Governor Ana Berg visited the mill on Monday.", "Ana Berg");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.descriptions()).containsExactly("Former Governor");
    }

    @Test
    void anAppositiveWithARoleNounBecomesADescription() {
        Entity e = entity("Tomas Varga, the city engineer, closed the bridge.", "Tomas Varga");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.descriptions()).containsExactly("the city engineer");
    }

    @Test
    void aDescriptorBeforeTheNameMakesAPerson() {
        Entity e = entity("The decision fell to veteran engineer Tomas Varga on Monday.", "Tomas Varga");
        assertThat(e.type()).isEqualTo(EntityType.PERSON);
        assertThat(e.descriptions()).containsExactly("veteran engineer");
    }

    @Test
    void theUsIsTheUnitedStatesWhateverItIsCalled() {
        Entity e = entity("The U.S. sent aid. The United States later sent more.", "United States");
        assertThat(e.type()).isEqualTo(EntityType.LOCATION);
        assertThat(e.aliases()).contains("U.S.");
        assertThat(e.mentions()).hasSize(2);
    }

    @Test
    void anAcronymIsAnAliasOfItsOrganisation() {
        Entity e = entity(
                "The Lyndale Port Authority (LPA) raised fees. The LPA said costs had doubled.",
                "Lyndale Port Authority");
        assertThat(e.type()).isEqualTo(EntityType.ORGANIZATION);
        assertThat(e.aliases()).containsExactly("LPA");
        assertThat(e.mentions()).hasSize(3);
    }

    @Test
    void aShortNameAfterTheFullNameIsTheSamePerson() {
        Entity e = entity("Ana Berg leads the council. Berg said the bridge would reopen.", "Ana Berg");
        assertThat(e.aliases()).containsExactly("Berg");
        assertThat(e.mentions()).extracting(m -> m.start()).containsExactly(0, 28);
    }

    @Test
    void twoPeopleWithTheSameSurnameStayApartWhenTheShortNameIsAmbiguous() {
        ArticleAnalysis a = Fixtures.analyze("Ana Berg and Olaf Berg run the mill. Berg said it would close.");
        assertThat(a.entities()).extracting(Entity::name).contains("Ana Berg", "Olaf Berg");
    }
}
