package io.pactwatch.period;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The TIMEX3 tables (timex3-cases.tsv, timex3-fresh.tsv): each expression, read with the tense of its sentence
 * against its document date, has the value and mod a TimeML annotator gives it.
 */
class TimexCasesTest {

    static Stream<TimexCase> cases() {
        return Stream.of(TimexCase.CASES, TimexCase.FRESH).map(TimexCase::load).flatMap(List::stream);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void eachExpressionHasTheTimeMlValueAndModOfItsSentence(TimexCase c) {
        Timex timex = RelativePeriods.resolve(c.expression(), c.documentDate(), SentenceTense.of(c.sentence()))
                .orElseThrow(() -> new AssertionError("no value for " + c));

        assertThat(timex.value()).as("value of %s", c).isEqualTo(c.value());
        assertThat(timex.mod().label()).as("mod of %s", c).isEqualTo(c.mod());
        assertThat(timex.period().text()).isEqualTo(c.expression());
    }
}
