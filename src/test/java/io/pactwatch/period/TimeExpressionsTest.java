package io.pactwatch.period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class TimeExpressionsTest {

    @ParameterizedTest(name = "in \"{0}\" it finds {1}")
    @CsvSource(delimiter = '|', textBlock = """
            the conference was tentatively scheduled for the first half of 2019.   | the first half of 2019
            a plan for joint anti-drug action for 2012-2014.                       | 2012-2014
            held in Moscow in December 2017.                                       | December 2017
            told reporters late on Thursday during his two-day visit               | late on Thursday
            the Lausanne meeting a month ago, the participants                     | a month ago
            In September 2012, with the assistance of FSKN                         | September 2012
            the Strategy for 2021-2025 had created                                 | 2021-2025
            the results will be known by Sept. 30, after the third quarter         | Sept. 30;the third quarter
            we will meet next year, in May and on Friday                           | next year;May;on Friday
            you may not; 1,500 kilos of morphine; resolution 2254; 20190           | ''
            in fiscal 1989 and in 2019-Q3                                          | fiscal 1989;2019-Q3
            """)
    void findsTheExpressionsOfASentence(String sentence, String expected) {
        assertThat(TimeExpressions.find(sentence)).extracting(TimeExpressions.Found::text)
                .containsExactly(expected.isEmpty() ? new String[0] : expected.split(";"));
    }

    @org.junit.jupiter.api.Test
    void weekdaysTodayAndAgoAreTheTimeOfTheReportNotOfAPromise() {
        assertThat(TimeExpressions.find("said on Friday, a year ago, today, by 2020"))
                .extracting(TimeExpressions.Found::deictic).containsExactly(true, true, true, false);
    }
}
