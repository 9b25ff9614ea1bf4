package io.pactwatch.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodCommandTest {

    @Test
    void printsTheTimexValueAndTheRangeOfAPhrase() {
        Cli.Result result = Cli.run("period", "the first half of 2019");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("2019-H1\t2019-01-01..2019-06-30\n");
    }

    @Test
    void resolvesRelativePhrasesAgainstTheReferenceDate() {
        assertThat(Cli.run("period", "next year", "--ref", "2018-11-23").out()).isEqualTo("2019\t2019-01-01..2019-12-31\n");
        assertThat(Cli.run("period", "on Thursday", "--ref", "2018-11-23", "--tense", "past").out())
                .isEqualTo("2018-11-22\t2018-11-22..2018-11-22\n");
    }

    @Test
    void withoutAReferenceDateItUsesToday() {
        assertThat(Cli.run("period", "this month").out()).isEqualTo("2019-05\t2019-05-01..2019-05-31\n");
    }

    @Test
    void aPhraseItCannotReadIsAnErrorThatSaysWhatItReads() {
        Cli.Result result = Cli.run("period", "soon");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("cannot tell what period \"soon\" is", "next year");
    }

    @Test
    void readsLinesFromStandardInputAndAnswersOneLineEachInOrder() {
        Cli.Result result = Cli.runWithInput(Path.of("."), """
                2018-11-23\tthe first half of 2019
                2012-01-24\t2012-2014
                2018-11-23\tsoon
                2017-12-10\tin December
                2018-11-23\tlast year
                """, "period", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                2019-H1\t2019-01-01..2019-06-30
                2012/2014\t2012-01-01..2014-12-31
                \t
                2017-12\t2017-12-01..2017-12-31
                2017\t2017-01-01..2017-12-31
                """);
    }

    @Test
    void aMalformedInputLineKeepsItsPlaceAndIsReportedWithItsNumber() {
        Cli.Result result = Cli.runWithInput(Path.of("."), "2018-11-23\tnext year\nno tab here\n23.11.2018\tnext year\n",
                "period", "-");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEqualTo("2019\t2019-01-01..2019-12-31\n\t\n\t\n");
        assertThat(result.err().lines()).containsExactly(
                "-:2: expected REF-DATE<TAB>TEXT with the date as YYYY-MM-DD",
                "-:3: expected REF-DATE<TAB>TEXT with the date as YYYY-MM-DD");
    }
}
