package io.pactwatch.period;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class RelativePeriodsTest {

    private static final LocalDate FRIDAY_23_NOVEMBER_2018 = LocalDate.of(2018, 11, 23);

    @ParameterizedTest(name = "\"{0}\" written on {1} ({2}) is {3}, {4}..{5}")
    @CsvSource(delimiter = '|', textBlock = """
            the first half of 2019   | 2018-11-23 | FUTURE  | 2019-H1    | 2019-01-01 | 2019-06-30
            2012-2014                | 2012-01-24 | PAST    | 2012/2014  | 2012-01-01 | 2014-12-31
            in December 2017         | 2018-11-23 | PAST    | 2017-12    | 2017-12-01 | 2017-12-31
            2019-H1                  | 2018-11-23 | UNKNOWN | 2019-H1    | 2019-01-01 | 2019-06-30
            2012/2014                | 2018-11-23 | UNKNOWN | 2012/2014  | 2012-01-01 | 2014-12-31
            2017-12                  | 2018-11-23 | UNKNOWN | 2017-12    | 2017-12-01 | 2017-12-31
            2019-Q3                  | 2018-11-23 | UNKNOWN | 2019-Q3    | 2019-07-01 | 2019-09-30
            2019-04-15               | 2018-11-23 | UNKNOWN | 2019-04-15 | 2019-04-15 | 2019-04-15
            2019                     | 2018-11-23 | UNKNOWN | 2019       | 2019-01-01 | 2019-12-31
            early 2020               | 2018-11-23 | UNKNOWN | 2020       | 2020-01-01 | 2020-04-30
            mid-2020                 | 2018-11-23 | UNKNOWN | 2020       | 2020-05-01 | 2020-08-31
            late November            | 2018-06-01 | FUTURE  | 2018-11    | 2018-11-21 | 2018-11-30
            the end of the year      | 2018-06-01 | UNKNOWN | 2018       | 2018-01-01 | 2018-12-31
            the late 1990s           | 2018-06-01 | PAST    | 199        | 1997-01-01 | 1999-12-31
            post-1959                | 2018-06-01 | PAST    | 1959       | 1959-01-01 | 1959-12-31
            almost four years ago    | 1999-03-10 | PAST    | 1995       | 1995-01-01 | 1995-12-31
            last summer              | 1999-03-10 | PAST    | 1998-SU    | 1998-06-01 | 1998-08-31
            this weekend             | 2018-11-23 | UNKNOWN | 2018-W47-WE | 2018-11-24 | 2018-11-25
            Thanksgiving             | 2018-11-23 | PAST    | 2018-11-22 | 2018-11-22 | 2018-11-22
            this fiscal year         | 2018-11-23 | UNKNOWN | FY2019     | 2018-10-01 | 2019-09-30
            Monday, Nov. 26          | 2018-11-23 | PAST    | 2018-11-26 | 2018-11-26 | 2018-11-26
            last Friday              | 2018-11-23 | FUTURE  | 2018-11-16 | 2018-11-16 | 2018-11-16
            next Friday              | 2018-11-23 | PAST    | 2018-11-30 | 2018-11-30 | 2018-11-30
            this Monday              | 2018-11-23 | UNKNOWN | 2018-11-19 | 2018-11-19 | 2018-11-19
            this past weekend        | 2018-11-23 | UNKNOWN | 2018-W46-WE | 2018-11-17 | 2018-11-18
            a year earlier           | 2018-11-23 | PAST    | 2017       | 2017-01-01 | 2017-12-31
            1988's third quarter     | 1989-02-01 | PAST    | 1988-Q3    | 1988-07-01 | 1988-09-30
            year-end                 | 2018-11-23 | FUTURE  | 2018       | 2018-01-01 | 2018-12-31
            next year                | 2018-11-23 | UNKNOWN | 2019       | 2019-01-01 | 2019-12-31
            last year                | 2018-11-23 | UNKNOWN | 2017       | 2017-01-01 | 2017-12-31
            this year                | 2018-11-23 | UNKNOWN | 2018       | 2018-01-01 | 2018-12-31
            this month               | 2018-11-23 | UNKNOWN | 2018-11    | 2018-11-01 | 2018-11-30
            next month               | 2018-12-05 | UNKNOWN | 2019-01    | 2019-01-01 | 2019-01-31
            last month               | 2019-01-05 | UNKNOWN | 2018-12    | 2018-12-01 | 2018-12-31
            this quarter             | 2018-11-23 | UNKNOWN | 2018-Q4    | 2018-10-01 | 2018-12-31
            next quarter             | 2018-11-23 | UNKNOWN | 2019-Q1    | 2019-01-01 | 2019-03-31
            last quarter             | 2018-11-23 | UNKNOWN | 2018-Q3    | 2018-07-01 | 2018-09-30
            this week                | 2018-11-23 | UNKNOWN | 2018-W47   | 2018-11-19 | 2018-11-25
            a year ago               | 2018-11-23 | UNKNOWN | 2017       | 2017-01-01 | 2017-12-31
            a month ago              | 2016-12-01 | PAST    | 2016-11    | 2016-11-01 | 2016-11-30
            three days ago           | 2018-11-23 | UNKNOWN | 2018-11-20 | 2018-11-20 | 2018-11-20
            today                    | 2018-11-23 | UNKNOWN | 2018-11-23 | 2018-11-23 | 2018-11-23
            yesterday                | 2018-11-23 | UNKNOWN | 2018-11-22 | 2018-11-22 | 2018-11-22
            tomorrow                 | 2018-12-31 | UNKNOWN | 2019-01-01 | 2019-01-01 | 2019-01-01
            late on Thursday         | 2018-11-23 | PAST    | 2018-11-22 | 2018-11-22 | 2018-11-22
            on Thursday              | 2018-11-23 | FUTURE  | 2018-11-29 | 2018-11-29 | 2018-11-29
            on Friday                | 2018-11-23 | PAST    | 2018-11-23 | 2018-11-23 | 2018-11-23
            on Monday                | 2018-11-23 | UNKNOWN | 2018-11-26 | 2018-11-26 | 2018-11-26
            on Tuesday               | 2018-11-23 | UNKNOWN | 2018-11-20 | 2018-11-20 | 2018-11-20
            in December              | 2018-11-23 | FUTURE  | 2018-12    | 2018-12-01 | 2018-12-31
            in December              | 2018-11-23 | PAST    | 2017-12    | 2017-12-01 | 2017-12-31
            in December              | 2018-11-23 | UNKNOWN | 2018-12    | 2018-12-01 | 2018-12-31
            in January               | 2018-11-23 | FUTURE  | 2019-01    | 2019-01-01 | 2019-01-31
            the third quarter        | 2019-08-10 | PAST    | 2019-Q3    | 2019-07-01 | 2019-09-30
            the third quarter        | 2019-02-10 | PAST    | 2018-Q3    | 2018-07-01 | 2018-09-30
            the third quarter        | 2019-02-10 | UNKNOWN | 2019-Q3    | 2019-07-01 | 2019-09-30
            the first half of next year | 2018-11-23 | UNKNOWN | 2019-H1 | 2019-01-01 | 2019-06-30
            by the end of this year  | 2018-11-23 | UNKNOWN | 2018       | 2018-01-01 | 2018-12-31
            Sept. 30                 | 2018-11-23 | PAST    | 2018-09-30 | 2018-09-30 | 2018-09-30
            Sept. 30                 | 2018-11-23 | FUTURE  | 2019-09-30 | 2019-09-30 | 2019-09-30
            30 September 2019        | 2018-11-23 | UNKNOWN | 2019-09-30 | 2019-09-30 | 2019-09-30
            Jan 31                   | 2013-01-31 | UNKNOWN | 2013-01-31 | 2013-01-31 | 2013-01-31
            fiscal 1989              | 1989-03-01 | UNKNOWN | FY1989     | 1988-10-01 | 1989-09-30
            """)
    void resolvesAgainstTheReferenceDate(String text, LocalDate ref, Tense tense, String value, LocalDate start,
                                         LocalDate end) {
        Timex timex = RelativePeriods.resolve(text, ref, tense).orElseThrow();

        assertThat(timex.value()).isEqualTo(value);
        assertThat(timex.period().start()).isEqualTo(start);
        assertThat(timex.period().end()).isEqualTo(end);
        assertThat(timex.period().text()).isEqualTo(text.strip());
    }

    @ParameterizedTest(name = "\"{0}\" cannot be resolved")
    @ValueSource(strings = {"soon", "next season", "", "2019-13", "Feb. 30", "2014/2012", "the other day", "recently"})
    void saysSoWhenItCannotTell(String text) {
        assertThat(RelativePeriods.resolve(text, FRIDAY_23_NOVEMBER_2018, Tense.UNKNOWN)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" has the mod {1}")
    @CsvSource({"early 2011, START", "the middle of next year, MID", "the end of this month, END", "pre-2008, BEFORE",
            "post-1959, AFTER", "about five years ago, APPROX", "more than a decade ago, MORE_THAN",
            "less than a year ago, LESS_THAN", "2019, NONE", "late on Thursday, NONE"})
    void qualifiedExpressionsCarryTheirTimexMod(String text, Mod mod) {
        assertThat(RelativePeriods.resolve(text, FRIDAY_23_NOVEMBER_2018, Tense.PAST)).map(Timex::mod).contains(mod);
    }

    @Test
    void aWeekdayNamedWithADateTakesTheYearInWhichTheDateFallsOnThatWeekday() {
        Optional<Timex> timex = RelativePeriods.resolve("Friday, Dec. 13", LocalDate.of(2014, 1, 9), Tense.FUTURE);

        assertThat(timex).map(Timex::value).contains("2013-12-13");
    }

    @Test
    void aLeapDayWithoutAYearTakesTheYearThatHasOne() {
        Optional<Timex> timex = RelativePeriods.resolve("Feb. 29", LocalDate.of(2021, 3, 1), Tense.PAST);

        assertThat(timex).map(Timex::value).contains("2020-02-29");
    }

    @Test
    void theRegistryGrammarStillRejectsRelativeForms() {
        for (String relative : new String[] {"next year", "in December", "on Friday", "2012/2014"}) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> Periods.parse(relative))
                    .isInstanceOf(UnreadablePeriodException.class);
        }
    }
}
