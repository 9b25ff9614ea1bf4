package io.pactwatch.period;

import io.pactwatch.model.Period;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PeriodsTest {

    @ParameterizedTest(name = "\"{0}\" is {1}..{2}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-04-15                  | 2019-04-15 | 2019-04-15
            2019                        | 2019-01-01 | 2019-12-31
            2019-04                     | 2019-04-01 | 2019-04-30
            April 2019                  | 2019-04-01 | 2019-04-30
            Apr. 2019                   | 2019-04-01 | 2019-04-30
            December 2017               | 2017-12-01 | 2017-12-31
            2020-02                     | 2020-02-01 | 2020-02-29
            2019-02                     | 2019-02-01 | 2019-02-28
            2019-Q1                     | 2019-01-01 | 2019-03-31
            2019-Q3                     | 2019-07-01 | 2019-09-30
            Q3 2019                     | 2019-07-01 | 2019-09-30
            third quarter of 2019       | 2019-07-01 | 2019-09-30
            the fourth quarter of 2019  | 2019-10-01 | 2019-12-31
            2019-H1                     | 2019-01-01 | 2019-06-30
            H2 2019                     | 2019-07-01 | 2019-12-31
            first half of 2019          | 2019-01-01 | 2019-06-30
            the first half of 2019      | 2019-01-01 | 2019-06-30
            second half of 2019         | 2019-07-01 | 2019-12-31
            2012-2014                   | 2012-01-01 | 2014-12-31
            2021-2025                   | 2021-01-01 | 2025-12-31
            2012..2014                  | 2012-01-01 | 2014-12-31
            2012–2014                   | 2012-01-01 | 2014-12-31
            from 2012 to 2014           | 2012-01-01 | 2014-12-31
            2019-03-01..2019-06-30      | 2019-03-01 | 2019-06-30
            Q3 2019 to Q1 2020          | 2019-07-01 | 2020-03-31
            by the end of 2019          | 2019-01-01 | 2019-12-31
            end of 2019                 | 2019-01-01 | 2019-12-31
            by end of March 2020        | 2020-03-01 | 2020-03-31
            early 2020                  | 2020-01-01 | 2020-04-30
            mid-2020                    | 2020-05-01 | 2020-08-31
            mid 2020                    | 2020-05-01 | 2020-08-31
            late 2020                   | 2020-09-01 | 2020-12-31
            in 2019                     | 2019-01-01 | 2019-12-31
            FIRST HALF OF 2019          | 2019-01-01 | 2019-06-30
            2024-02-29                  | 2024-02-29 | 2024-02-29
            """)
    void readsEveryDocumentedForm(String text, LocalDate start, LocalDate end) {
        Period period = Periods.parse(text);

        assertThat(period.start()).isEqualTo(start);
        assertThat(period.end()).isEqualTo(end);
        assertThat(period.text()).isEqualTo(text.strip());
    }

    @Test
    void aYearRangeIsNotMistakenForAYearAndMonth() {
        assertThat(Periods.parse("2012-2014").range()).isEqualTo("2012-01-01..2014-12-31");
        assertThat(Periods.parse("2012-12").range()).isEqualTo("2012-12-01..2012-12-31");
    }

    @ParameterizedTest(name = "\"{0}\" is rejected")
    @ValueSource(strings = {"soon", "next spring", "2019-13", "2019-Q5", "Q0 2019", "third half of 2019",
            "2019-02-30", "2023-02-29", "1 2 3", "20199", "before 2020", "2019..soon"})
    void rejectsWhatItDoesNotUnderstandQuotingTheText(String text) {
        assertThatThrownBy(() -> Periods.parse(text))
                .isInstanceOf(UnreadablePeriodException.class)
                .hasMessageContaining("\"" + text + "\"");
    }

    @Test
    void rejectsARangeThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> Periods.parse("2014-2012"))
                .isInstanceOf(UnreadablePeriodException.class)
                .hasMessageContaining("\"2014-2012\"")
                .hasMessageContaining("before it starts");
        assertThatThrownBy(() -> Periods.parse("2019-06-30..2019-03-01"))
                .hasMessageContaining("before it starts");
    }

    @Test
    void rejectsEmptyText() {
        assertThatThrownBy(() -> Periods.parse("  ")).isInstanceOf(UnreadablePeriodException.class)
                .hasMessageContaining("empty period");
    }

    @Test
    void anUnknownFormIsAnsweredWithTheFormsThatAreAccepted() {
        assertThatThrownBy(() -> Periods.parse("soon")).hasMessageContaining("first half of 2019");
    }
}
