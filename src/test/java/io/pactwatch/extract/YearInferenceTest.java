package io.pactwatch.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class YearInferenceTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    @ParameterizedTest(name = "{0} with \"{1}\" is of {2}")
    @CsvSource(delimiter = '|', textBlock = """
            --01-24 | The meeting on Tuesday ended with the signing of a plan for 2012-2014.                     | 2012
            --06-15 | The heads said on Thursday. They approved the strategy for 2018-2023. The next meeting will take place in 2018. | 2017
            --11-23 | He said late on Thursday. The conference was held in December 2017. It is scheduled for the first half of 2019. | 2018
            --09-03 | The minister said on Monday. They agreed to sign an agreement by the end of 2018.          | 2018
            --03-03 | The signing, earlier planned for December 2015, was postponed, officials said Thursday.     | 2016
            --11-16 | They are set to sign it in the first half of 2015, he said on Sunday. They have met since 2012. | 2014
            --04-14 | The opening was postponed until the end of 2014. The programme for 2014-2016 was signed on Monday. | 2014
            """)
    void theYearIsTheOneTheTextsDatesTensesAndWeekdayAgreeOn(String monthDay, String text, int year) {
        YearInference.Decision decision = YearInference.infer(MonthDay.parse(monthDay), sentences(text), TODAY);

        assertThat(decision.dated()).map(d -> d.date().getYear()).contains(year);
        assertThat(decision.dated().orElseThrow().reason()).contains("the dateline gives no year", String.valueOf(year));
    }

    @ParameterizedTest(name = "\"{0}\" does not decide")
    @CsvSource(delimiter = '|', textBlock = """
            Lavrov said on Thursday.                                                    | names no year
            Police will conduct joint raids, the ministry said.                         | names no year
            The treaty signed in 2019 was praised. The next summit will take place in the second half of 2020. | 2019, 2020
            """)
    void whenTheEvidenceDoesNotDecideNoYearIsTaken(String text, String why) {
        YearInference.Decision decision = YearInference.infer(MonthDay.of(12, 1), sentences(text), TODAY);

        assertThat(decision.dated()).isEmpty();
        assertThat(decision.undecided()).contains(why);
    }

    @Test
    void anArticleIsNeverDatedAfterToday() {
        List<String> text = List.of("The plan for 2030-2035 will be adopted.");

        assertThat(YearInference.infer(MonthDay.of(6, 1), text, LocalDate.of(2026, 1, 1)).dated()).isEmpty();
    }

    private static List<String> sentences(String text) {
        return Arrays.stream(text.split("(?<=\\.) ")).toList();
    }
}
