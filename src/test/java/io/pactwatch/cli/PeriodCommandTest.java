package io.pactwatch.cli;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class PeriodCommandTest {

    @Test
    void printsTheTimexValueTheRangeAndAnEmptyModOfAPhrase() {
        Cli.Result result = Cli.run("period", "the first half of 2019");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("2019-H1\t2019-01-01..2019-06-30\t\n");
    }

    @Test
    void printsTheTimexModAsTheThirdColumn() {
        assertThat(Cli.run("period", "early 2011").out()).isEqualTo("2011\t2011-01-01..2011-04-30\tSTART\n");
        assertThat(Cli.run("period", "late November", "--ref", "2011-06-14", "--tense", "future").out())
                .isEqualTo("2011-11\t2011-11-21..2011-11-30\tEND\n");
        assertThat(Cli.run("period", "post-1959").out()).isEqualTo("1959\t1959-01-01..1959-12-31\tAFTER\n");
    }

    @Test
    void resolvesRelativePhrasesAgainstTheReferenceDate() {
        assertThat(Cli.run("period", "next year", "--ref", "2018-11-23").out()).isEqualTo("2019\t2019-01-01..2019-12-31\t\n");
        assertThat(Cli.run("period", "next week", "--ref", "1998-11-05").out())
                .isEqualTo("1998-W46\t1998-11-09..1998-11-15\t\n");
    }

    @Test
    void theTenseOptionChoosesTheWeekdayAndMonthBeforeOrAfterTheReferenceDate() {
        assertThat(Cli.run("period", "on Thursday", "--ref", "2018-11-23", "--tense", "past").out())
                .isEqualTo("2018-11-22\t2018-11-22..2018-11-22\t\n");
        assertThat(Cli.run("period", "on Thursday", "--ref", "2018-11-23", "--tense", "future").out())
                .isEqualTo("2018-11-29\t2018-11-29..2018-11-29\t\n");
        assertThat(Cli.run("period", "October", "--ref", "2015-09-22", "--tense", "past").out())
                .isEqualTo("2014-10\t2014-10-01..2014-10-31\t\n");
        assertThat(Cli.run("period", "October", "--ref", "2015-09-22", "--tense", "present").out())
                .isEqualTo("2015-10\t2015-10-01..2015-10-31\t\n");
    }

    @Test
    void aTenseItDoesNotKnowIsAnErrorThatNamesTheTenses() {
        Cli.Result result = Cli.run("period", "on Thursday", "--tense", "pluperfect");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("'pluperfect' is not a tense; write past, future or present");
    }

    @Test
    void aReferenceDateThatIsNotADateIsAnErrorThatNamesTheOption() {
        Cli.Result result = Cli.run("period", "next year", "--ref", "23.11.2018");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("--ref", "23.11.2018");
    }

    @Test
    void withoutAReferenceDateItUsesToday() {
        assertThat(Cli.run("period", "this month").out()).isEqualTo("2019-05\t2019-05-01..2019-05-31\t\n");
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
                2011-06-14\tthe end of the year
                """, "period", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                2019-H1\t2019-01-01..2019-06-30\t
                2012/2014\t2012-01-01..2014-12-31\t
                \t\t
                2017-12\t2017-12-01..2017-12-31\t
                2017\t2017-01-01..2017-12-31\t
                2011\t2011-01-01..2011-12-31\tEND
                """);
    }

    @Test
    void aSentenceInTheThirdColumnDecidesWhichDayOrMonthALineMeans() {
        Cli.Result result = Cli.runWithInput(Path.of("."), """
                1998-11-05\tFriday\tThe ministers met on Friday.
                1998-11-05\tFriday\tThe ministers will meet on Friday.
                1999-01-05\tDec. 20\tThe accord was signed on Dec. 20.
                1998-11-05\tMarch\tThe next round of talks will be held in March.
                """, "period", "-");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("""
                1998-10-30\t1998-10-30..1998-10-30\t
                1998-11-06\t1998-11-06..1998-11-06\t
                1998-12-20\t1998-12-20..1998-12-20\t
                1999-03\t1999-03-01..1999-03-31\t
                """);
    }

    @Test
    void theSentenceOfALineOverridesTheTenseOptionAndLinesWithoutOneTakeTheOption() {
        Cli.Result result = Cli.runWithInput(Path.of("."), """
                1998-11-05\tFriday\tThe ministers met on Friday.
                1998-11-05\tFriday
                """, "period", "-", "--tense", "future");

        assertThat(result.out()).isEqualTo("""
                1998-10-30\t1998-10-30..1998-10-30\t
                1998-11-06\t1998-11-06..1998-11-06\t
                """);
    }

    @Test
    void aMalformedInputLineKeepsItsPlaceAndIsReportedWithItsNumber() {
        Cli.Result result = Cli.runWithInput(Path.of("."),
                "2018-11-23\tnext year\nno tab here\n23.11.2018\tnext year\n2018-11-23\tnext year\ta sentence\tmore\n",
                "period", "-");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.out()).isEqualTo("2019\t2019-01-01..2019-12-31\t\n\t\t\n\t\t\n\t\t\n");
        assertThat(result.err().lines()).containsExactly(
                "-:2: expected REF-DATE<TAB>TEXT[<TAB>SENTENCE] with the date as YYYY-MM-DD",
                "-:3: expected REF-DATE<TAB>TEXT[<TAB>SENTENCE] with the date as YYYY-MM-DD",
                "-:4: expected REF-DATE<TAB>TEXT[<TAB>SENTENCE] with the date as YYYY-MM-DD");
    }
}
