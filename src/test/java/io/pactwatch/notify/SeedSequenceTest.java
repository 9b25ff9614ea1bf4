package io.pactwatch.notify;

import io.pactwatch.registry.Registry;
import io.pactwatch.store.Database;
import io.pactwatch.store.TestDatabases;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed registry evaluated every day from 2019-01-01 to 2019-07-31 with the default repeat intervals
 * (critical 1 day, warning 7, info 30) and resolved notices: exactly which digests go out on which days.
 */
class SeedSequenceTest {

    @TempDir
    Path dir;

    /**
     * What ops (the default route) receives: weekly for the two warnings, monthly for the infos, daily once the
     * conference deadline is critical (from 2019-06-23), two resolved notices when the window passes on 07-01.
     */
    static final String OPS_DIGESTS = """
            2019-01-01 | 2 warning, 18 info
            2019-01-08 | 2 warning
            2019-01-15 | 2 warning
            2019-01-22 | 2 warning
            2019-01-29 | 2 warning
            2019-01-31 | 18 info
            2019-02-05 | 2 warning
            2019-02-12 | 2 warning
            2019-02-19 | 2 warning
            2019-02-22 | 2 info
            2019-02-26 | 2 warning
            2019-03-02 | 18 info
            2019-03-05 | 2 warning
            2019-03-12 | 2 warning
            2019-03-19 | 2 warning
            2019-03-24 | 2 info
            2019-03-26 | 2 warning
            2019-04-01 | 19 info
            2019-04-02 | 2 warning
            2019-04-09 | 2 warning
            2019-04-16 | 2 warning
            2019-04-23 | 2 warning, 2 info
            2019-04-30 | 2 warning
            2019-05-01 | 19 info
            2019-05-07 | 2 warning
            2019-05-14 | 2 warning
            2019-05-21 | 2 warning
            2019-05-22 | 3 info
            2019-05-23 | 2 info
            2019-05-28 | 2 warning
            2019-05-31 | 1 warning, 18 info
            2019-06-04 | 2 warning
            2019-06-07 | 1 warning
            2019-06-11 | 2 warning
            2019-06-14 | 1 warning
            2019-06-18 | 2 warning
            2019-06-21 | 1 warning, 3 info
            2019-06-22 | 2 info
            2019-06-23 | 1 critical
            2019-06-24 | 1 critical
            2019-06-25 | 1 critical, 2 warning
            2019-06-26 | 1 critical
            2019-06-27 | 1 critical
            2019-06-28 | 1 critical
            2019-06-29 | 1 critical
            2019-06-30 | 1 critical, 18 info
            2019-07-01 | 1 critical, 2 resolved
            2019-07-02 | 1 critical, 2 warning
            2019-07-03 | 1 critical
            2019-07-04 | 1 critical
            2019-07-05 | 1 critical
            2019-07-06 | 1 critical
            2019-07-07 | 1 critical
            2019-07-08 | 1 critical
            2019-07-09 | 1 critical, 2 warning
            2019-07-10 | 1 critical
            2019-07-11 | 1 critical
            2019-07-12 | 1 critical
            2019-07-13 | 1 critical
            2019-07-14 | 1 critical
            2019-07-15 | 1 critical
            2019-07-16 | 1 critical, 2 warning
            2019-07-17 | 1 critical
            2019-07-18 | 1 critical
            2019-07-19 | 1 critical
            2019-07-20 | 1 critical
            2019-07-21 | 1 critical, 2 info
            2019-07-22 | 1 critical, 2 info
            2019-07-23 | 1 critical, 2 warning
            2019-07-24 | 1 critical
            2019-07-25 | 1 critical
            2019-07-26 | 1 critical
            2019-07-27 | 1 critical
            2019-07-28 | 1 critical
            2019-07-29 | 1 critical
            2019-07-30 | 1 critical, 2 warning, 18 info
            2019-07-31 | 1 critical
            """;

    @ParameterizedTest
    @EnumSource(TestDatabases.Engine.class)
    void dailyEvaluationsOfTheFirstHalfOf2019SendTheseDigestsAndNoOthers(TestDatabases.Engine engine) {
        Registry seed = Fixtures.seed();
        List<String> sent = new ArrayList<>();
        try (Database db = TestDatabases.open(engine, dir)) {
            Fixtures.MovableClock clock = Fixtures.MovableClock.at("2019-01-01T06:00:00Z");
            NotifyingPass evaluation = Fixtures.notifyingPass(seed, db, clock);
            for (LocalDate day = LocalDate.of(2019, 1, 1); !day.isAfter(LocalDate.of(2019, 7, 31));
                 day = day.plusDays(1)) {
                NotifyingPass.Result result = evaluation.run(day);
                for (OutboxMessage m : result.messages()) {
                    sent.add(day + " | " + m.recipient() + " | " + m.subject()
                            .replace("[Pactwatch] ", "").replace(": cooperation commitments as of " + day, ""));
                }
                clock.advance(java.time.Duration.ofDays(1));
            }
        }
        List<String> toOps = sent.stream().filter(s -> s.contains(" | " + Fixtures.OPS + " | "))
                .map(s -> s.replace(Fixtures.OPS + " | ", "")).toList();
        List<String> toIran = sent.stream().filter(s -> s.contains(" | " + Fixtures.IRAN_DESK + " | ")).toList();

        assertThat(toOps).containsExactlyElementsOf(OPS_DIGESTS.lines().map(String::strip).toList());
        assertThat(toIran).as("three overdue Iranian plans are critical: told every day").hasSize(212)
                .allSatisfy(s -> assertThat(s).contains("| 3 critical"));
        assertThat(sent).hasSize(toOps.size() + toIran.size());
    }
}
