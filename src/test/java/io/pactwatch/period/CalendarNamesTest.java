package io.pactwatch.period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

class CalendarNamesTest {

    @ParameterizedTest(name = "Easter {0} is on {1}")
    @CsvSource({"2000, 2000-04-23", "2008, 2008-03-23", "2011, 2011-04-24", "2019, 2019-04-21", "2022, 2022-04-17",
            "2024, 2024-03-31", "2038, 2038-04-25"})
    void easterFallsOnTheSundayTheChurchCalendarGives(int year, LocalDate sunday) {
        assertThat(CalendarNames.easter(year)).isEqualTo(sunday);
    }

    @ParameterizedTest(name = "{0} of {1} is {2}, {3}..{4}")
    @CsvSource({"spring, 1999, 1999-SP, 1999-03-01, 1999-05-31", "summer, 1998, 1998-SU, 1998-06-01, 1998-08-31",
            "fall, 2003, 2003-FA, 2003-09-01, 2003-11-30", "winter, 2011, 2011-WI, 2011-12-01, 2012-02-29"})
    void aSeasonIsItsTimexValueAndItsThreeMonths(String word, int year, String value, LocalDate start, LocalDate end) {
        Timex season = CalendarNames.season(word, year);

        assertThat(season.value()).isEqualTo(value);
        assertThat(season.period().start()).isEqualTo(start);
        assertThat(season.period().end()).isEqualTo(end);
    }
}
