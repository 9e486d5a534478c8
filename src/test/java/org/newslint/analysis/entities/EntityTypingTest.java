package org.newslint.analysis.entities;

import org.junit.jupiter.api.Test;

/**
 * Typing in context, from situations met in real articles (issue 13): people with titles and
 * party labels, parties and movements as organisations, outlets and agencies as organisations,
 * acronyms tied to their expansion, and all-caps words that are not names left alone. Every
 * mention of every entity is marked {@code ^^^ TYPE NAME}; anything else found fails the test.
 */
class EntityTypingTest {
    private static void check(String annotated) {
        MentionsTest.check(annotated);
    }

    @Test
    void aPartyLabelBeforeATitleIsNotAPerson() {
        check("""
                Democratic Sen. Claire McCaskill of Missouri voted against the bill on Tuesday.
                                ^^^^^^^^^^^^^^^^ PERSON Claire McCaskill
                                                    ^^^^^^^^ LOCATION Missouri""");
    }

    @Test
    void aRepublicanRepresentativeKeepsHisSurname() {
        check("""
                Republican Rep. Tom Hadley said the plan would fail. Hadley has opposed it since May.
                                ^^^^^^^^^^ PERSON Tom Hadley
                                                                     ^^^^^^ PERSON Tom Hadley""");
    }

    @Test
    void aPartyNamedWithItsHeadWordIsAnOrganisation() {
        check("""
                The Future Lyndale party won 12 seats in the regional election.
                    ^^^^^^^^^^^^^^ ORGANIZATION Future Lyndale""");
    }

    @Test
    void aMovementDescribedByAnAppositiveIsAnOrganisation() {
        check("""
                Voters backed Future Styria, a populist movement founded last year.
                              ^^^^^^^^^^^^^ ORGANIZATION Future Styria""");
    }

    @Test
    void anOutletThatReportsIsAnOrganisation() {
        check("""
                The figures were first reported by the Lyndale Courier on Sunday.
                                                       ^^^^^^^^^^^^^^^ ORGANIZATION Lyndale Courier""");
    }

    @Test
    void anAgencyAndItsAcronymAreOneOrganisation() {
        check("""
                The Federal Aviation Administration (FAA) grounded the jets. The FAA gave no date.
                    ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ ORGANIZATION Federal Aviation Administration
                                                     ^^^ ORGANIZATION Federal Aviation Administration
                                                                                 ^^^ ORGANIZATION Federal Aviation Administration""");
    }

    @Test
    void anAllCapsConjunctionIsNotAName() {
        check("""
                UNLESS the council acts by Friday, the bridge will close.""");
    }

    @Test
    void aSingleCapitalLetterIsNotAName() {
        check("""
                Residents of blocks D and E were told to leave their homes.""");
    }

    @Test
    void aChurchKeepsItsTypeWhenNamedWithoutItsHeadWord() {
        check("""
                The Church of Lyndalism denied the claims. Lyndalism has 5,000 members, it said.
                    ^^^^^^^^^^^^^^^^^^^ ORGANIZATION Church of Lyndalism
                                                           ^^^^^^^^^ ORGANIZATION Church of Lyndalism""");
    }

    @Test
    void aPresidentNamedByTitleAndSurnameIsAPerson() {
        check("""
                President Joe Biden signed the order. Biden said it would create jobs.
                          ^^^^^^^^^ PERSON Joe Biden
                                                      ^^^^^ PERSON Joe Biden""");
    }
}
