package io.pactwatch.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code evaluate --explain} on the seed registry: each rule's verdict, and the condition that failed. */
class ExplainTest {

    @Test
    void explainsWhichRulesFiredAndWhichConditionStoppedTheOthers() {
        Cli.Result result = Cli.run("evaluate", "--as-of", "2019-05-01", "--explain", "ru-tr-cyber-conference");

        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).startsWith("""
                Explaining ru-tr-cyber-conference as of 2019-05-01
                  International conference on threats from cyberspace (Russia, Turkey)
                  kind event, status planned, due 2019-01-01..2019-06-30 (first half of 2019), tentative, announced 2018-11-23
                  progress: none recorded by then
                  Today: date 2019-05-01, deadlineHorizon 2019-07-30, tentativeHorizon 2019-06-30, successorHorizon 2019-10-28, replacementCutoff 2018-05-01, staleCutoff 2018-11-02, recurrenceCutoff 2019-04-01, undatedCutoff 2019-01-31
                """);
        assertThat(result.out())
                .containsPattern("deadline-approaching +fired +deadline-info-days=90, deadline-warning-days=30, "
                        + "deadline-critical-days=7 +info: International conference .* ends in 60 days")
                .containsPattern("overdue +not fired +`due.end < \\$t.date` is false \\(.*rules/deadlines.drl:\\d+\\)")
                .containsPattern("stale +not fired +stale-after-days=180 +`announced <= \\$t.staleCutoff` is false")
                .containsPattern("no-successor +not fired +successor-window-days=180 +`kind == Kind.PLAN \\|\\| kind == Kind.AGREEMENT` is false")
                .containsPattern("blocked +not fired +`!dependsOn.isEmpty\\(\\)` is false");
    }

    @Test
    void namesAFailedConditionOutsideTheCommitmentPattern() {
        Cli.Result result = Cli.run("evaluate", "--as-of", "2019-05-01", "--explain", "ru-ir-cross-border-protocol");

        assertThat(result.out()).contains("progress: 2012-01-24 signed")
                .containsPattern("undated +not fired +undated-after-days=90 +`open` is false");
    }

    @Test
    void aCommitmentAnnouncedLaterIsNotSeenYet() {
        Cli.Result result = Cli.run("evaluate", "--as-of", "2015-01-01", "--explain", "ru-tr-cyber-conference");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("announced 2018-11-23, after the as-of date: no rule sees it yet");
    }

    @Test
    void anUnknownIdIsBadInputWithAHint() {
        Cli.Result result = Cli.run("evaluate", "--explain", "ru-tr-cyber-conferense");

        assertThat(result.exitCode()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("no commitment has the id \"ru-tr-cyber-conferense\" (did you mean \"ru-tr-cyber-conference\"?)");
    }
}
