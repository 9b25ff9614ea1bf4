package io.pactwatch.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Sentences written for this test: parties are those who commit, not every state or organisation named. */
class PartiesTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @ParameterizedTest(name = "\"{0}\" binds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Ghana and Togo will hold joint patrols, facilitated by the UN Office on Drugs and Crime.  | Ghana;Togo
            Chile and Peru agreed to set up a task force, with the support of the European Union.     | Chile;Peru
            Spain and Morocco will sign the accord, a Portuguese official said.                      | Spain;Morocco
            Nepal and Bhutan will train officers from SAARC countries.                               | Nepal;Bhutan
            Kenya and Uganda agreed on it, said the former Special Envoy for Somalia Affairs.          | Kenya;Uganda
            Poland and Lithuania will implement the UN strategy on drugs.                             | Poland;Lithuania
            The meeting was attended by representatives of Armenia, Belarus and the Kyrgyz Republic. | Armenia;Belarus;Kyrgyzstan
            The U.S. and the UK will exchange data on cartels.                                        | United States;United Kingdom
            Britain and Viet Nam signed a memorandum in Hanoi.                                       | United Kingdom;Vietnam
            """)
    void theStatesThatCommitAreThePartiesAndNotThoseMerelyNamed(String sentence, String parties) {
        Parties found = Parties.of(GAZETTEER, List.of(), List.of(sentence));

        assertThat(found.in(sentence).parties()).containsExactlyInAnyOrder(parties.split(";"));
    }
}
