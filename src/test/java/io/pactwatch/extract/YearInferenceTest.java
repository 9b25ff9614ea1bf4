package io.pactwatch.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearInferenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @Test
    void takesTheLatestYearInWhichThePastHasBegunAndTheFutureHasNotEnded() {
        List<String> text = List.of("The treaty signed in 2019 was praised.",
                "The next summit will take place in the second half of 2020.");

        YearInference.Dated dated = YearInference.infer(MonthDay.of(3, 3), text, TODAY).orElseThrow();

        assertThat(dated.date()).isEqualTo(LocalDate.of(2020, 3, 3));
        assertThat(dated.reason()).contains("\"2019\" (past)", "\"the second half of 2020\" (future)");
    }

    @Test
    void theFirstWeekdayNamedIsTheDatelinesDayOrTheDayBefore() {
        List<String> text = List.of("The meeting on Tuesday ended with a plan for 2012-2014.");

        assertThat(YearInference.infer(MonthDay.of(1, 24), text, TODAY).orElseThrow().date())
                .isEqualTo(LocalDate.of(2012, 1, 24));
    }

    @Test
    void withoutYearsTheLatestMatchingWeekdayUpToTodayIsTakenAndSaidToBeWeak() {
        YearInference.Dated dated = YearInference.infer(MonthDay.of(12, 1), List.of("Lavrov said on Thursday."), TODAY)
                .orElseThrow();

        assertThat(dated.date()).isEqualTo(LocalDate.of(2023, 12, 1));
        assertThat(dated.reason()).contains("the text names no year");
    }

    @Test
    void anArticleIsNeverDatedAfterToday() {
        List<String> text = List.of("The plan for 2030-2035 will be adopted.");

        assertThat(YearInference.infer(MonthDay.of(6, 1), text, LocalDate.of(2026, 1, 1)).orElseThrow().date())
                .isEqualTo(LocalDate.of(2025, 6, 1));
    }
}
