package io.pactwatch.period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SentenceTenseTest {

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', textBlock = """
            The ministers met on Friday.                                  | PAST
            Customs officers seized the shipment on Friday.               | PAST
            Prices fell sharply last June.                                | PAST
            The attacks came at Easter.                                   | PAST
            The ministers will meet on Friday.                            | FUTURE
            The parties are expected to meet again in June.               | FUTURE
            Elections are scheduled for February.                         | FUTURE
            The next round is set for Feb. 2.                             | FUTURE
            The minister said the talks will resume in March.             | FUTURE
            The new tariffs take effect March 1.                          | UNKNOWN
            The vote is expected before Thanksgiving.                     | UNKNOWN
            The session is expected to take place in June.                | FUTURE
            The conference was tentatively scheduled for 2019.            | FUTURE
            The police conducted an operation in September.               | PAST
            The minister told reporters late on Thursday.                 | PAST
            The United States is interested in talks.                     | UNKNOWN
            Relations are on the rise.                                    | UNKNOWN
            """)
    void readsTheTenseFromAuxiliariesAndVerbForms(String sentence, Tense tense) {
        assertThat(SentenceTense.of(sentence)).isEqualTo(tense);
    }
}
