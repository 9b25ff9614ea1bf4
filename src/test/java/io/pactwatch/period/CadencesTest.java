package io.pactwatch.period;

import io.pactwatch.model.Cadence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CadencesTest {

    @ParameterizedTest(name = "\"{0}\" after 2021-12-01 is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            every 12 months | 2022-12-01
            every year      | 2022-12-01
            annually        | 2022-12-01
            every two years | 2023-12-01
            twice a year    | 2022-06-01
            quarterly       | 2022-03-01
            monthly         | 2022-01-01
            every 2 weeks   | 2021-12-15
            weekly          | 2021-12-08
            every 10 days   | 2021-12-11
            """)
    void readsACadenceAndAddsItToADate(String text, LocalDate next) {
        Cadence cadence = Cadences.parse(text);

        assertThat(cadence.after(LocalDate.of(2021, 12, 1))).isEqualTo(next);
        assertThat(cadence.before(next)).isEqualTo(LocalDate.of(2021, 12, 1));
        assertThat(cadence.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"regularly", "every 0 months", "every fortnight", "often", "", "every 99999999999 years"})
    void rejectsWhatItCannotCount(String text) {
        assertThatThrownBy(() -> Cadences.parse(text))
                .isInstanceOf(UnreadablePeriodException.class)
                .hasMessageContaining("\"" + text + "\"")
                .hasMessageContaining("every 12 months");
    }
}
