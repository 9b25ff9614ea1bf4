package io.pactwatch.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class GazetteerTest {

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
            """)
    void normalisesNamesDemonymsCapitalsAndMemberStates(String text, String names) {
        assertThat(Gazetteer.standard().find(text)).extracting(m -> m.entry().name())
                .containsExactly(names.isEmpty() ? new String[0] : names.split(";"));
    }
}
