package io.pactwatch.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

    private static final Gazetteer GAZETTEER = Gazetteer.standard();

    @ParameterizedTest(name = "\"{0}\" names {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the Russian side agreed                           | Russia
            talks between Moscow and Washington               | Russia;United States
            the Anti-Drug Strategy of the CSTO member states  | CSTO
            the Collective Security Treaty Organization (CSTO) | CSTO;CSTO
            with the support of the UN Office on Drugs and Crime | UNODC
            Russian-U.S. relations                            | Russia;United States
            Turkish colleagues and the Kyrgyz Republic        | Turkey;Kyrgyzstan
            Russia’s withdrawal                               | Russia
            a Prussian king, USSR archives, Minsky            | ''
            the U.S., the UK and Britain                      | United States;United Kingdom;United Kingdom
            Côte d’Ivoire and Côte d'Ivoire                   | Côte d'Ivoire;Côte d'Ivoire
            Myanmar (Burma) and Burmese officials            | Myanmar;Myanmar
            the Shanghai Cooperation Organisation and ASEAN   | SCO;ASEAN
            the Eurasian Economic Union and the EAEU          | EAEU;EAEU
            Tuvalu, Nauru and the Holy See                    | Tuvalu;Nauru;Holy See
            """)
    void normalisesNamesDemonymsCapitalsAndMemberStates(String text, String names) {
        assertThat(GAZETTEER.find(text)).extracting(m -> m.entry().name())
                .containsExactly(names.isEmpty() ? new String[0] : names.split(";"));
    }

    @org.junit.jupiter.api.Test
    void knowsEveryMemberAndObserverStateOfTheUnitedNationsByItsJdkName() {
        java.util.Set<String> states = new java.util.HashSet<>();
        Gazetteer gazetteer = GAZETTEER;
        for (String code : java.util.Locale.getISOCountries()) {
            String name = new java.util.Locale("", code).getDisplayCountry(java.util.Locale.ENGLISH);
            gazetteer.find(name).stream().filter(m -> m.start() == 0 && m.end() == name.length())
                    .forEach(m -> states.add(m.entry().code()));
        }

        // 193 members and 2 observers, each named exactly as the JDK names its ISO 3166 code
        assertThat(states).hasSize(195).contains("ru", "us", "gb", "va", "ps", "ss", "tl");
    }
}
