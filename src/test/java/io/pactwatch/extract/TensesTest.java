package io.pactwatch.extract;

import io.pactwatch.period.Tense;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TensesTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The session is expected to take place in June.       | FUTURE
            The conference was tentatively scheduled for 2019.   | FUTURE
            The police conducted an operation in September.      | PAST
            The minister told reporters late on Thursday.        | PAST
            The United States is interested in talks.            | UNKNOWN
            Relations are on the rise.                           | UNKNOWN
            """)
    void readsTheTenseFromAuxiliariesAndMarkers(String sentence, Tense tense) {
        assertThat(Tenses.of(sentence)).isEqualTo(tense);
    }
}
