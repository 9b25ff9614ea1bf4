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
            the pipeline should be finished by the end of the year                 | by the end of the year
            talks will resume in late November and early next year                 | late November;early next year
            postponed until the first half of the year, mid-March at the latest   | the first half of the year;mid-March
            the pact was signed last June; this fiscal year; in fiscal year 2016   | last June;this fiscal year;fiscal year 2016
            built in the late 1990s, not in the 1980s                              | the late 1990s;the 1980s
            in the spring, by the summer of 2015, in winter 2014, this autumn      | the spring;the summer of 2015;winter 2014;this autumn
            the spring of hope; prices fall; the winter                            | ''
            On Tuesday, April 5, they met; by Christmas; after New Year's Eve      | On Tuesday, April 5;Christmas;New Year's Eve
            almost four years ago; two years from now; post-1959; Q3 2019          | almost four years ago;two years from now;post-1959;Q3 2019
            first-quarter figures; the 10th of May; the year 2000; the '90s        | first-quarter;the 10th of May;the year 2000;the '90s
            the start of 2018, the end of March, the weekend, the previous month   | the start of 2018;the end of March;the weekend;the previous month
            """)
    void findsTheExpressionsOfASentence(String sentence, String expected) {
        assertThat(TimeExpressions.find(sentence)).extracting(TimeExpressions.Found::text)
                .containsExactly(expected.isEmpty() ? new String[0] : expected.split(";"));
    }

    @org.junit.jupiter.api.Test
    void aWeekdayNamedWithItsDateIsADateNotTheTimeOfTheReport() {
        assertThat(TimeExpressions.find("the vote will take place Monday, Oct. 26, and this weekend"))
                .extracting(TimeExpressions.Found::deictic).containsExactly(false, true);
    }

    @org.junit.jupiter.api.Test
    void weekdaysTodayAndAgoAreTheTimeOfTheReportNotOfAPromise() {
        assertThat(TimeExpressions.find("said on Friday, a year ago, today, by 2020"))
                .extracting(TimeExpressions.Found::deictic).containsExactly(true, true, true, false);
    }
}
