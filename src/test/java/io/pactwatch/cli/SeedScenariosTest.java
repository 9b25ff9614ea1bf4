package io.pactwatch.cli;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed articles' commitments end to end: the shipped registry, rules and config through the CLI entry
 * point, as of dates on which the articles' promises came due. Each row is the exact set of rules that fire
 * for one commitment.
 */
class SeedScenariosTest {

    @ParameterizedTest(name = "as of {0}, {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            2019-05-01 | ru-tr-cyber-conference             | deadline-approaching tentative-unconfirmed
            2019-06-25 | ru-tr-cyber-conference             | deadline-approaching stale tentative-unconfirmed
            2019-07-01 | ru-tr-cyber-conference             | overdue tentative-unconfirmed
            2018-11-23 | ru-tr-cyber-conference             | tentative-unconfirmed
            2018-11-22 | ru-tr-cyber-conference             | ''
            2019-05-01 | ru-tr-cyber-information-exchange   | undated
            2015-03-01 | ru-ir-joint-action-plan-2012-2014  | no-successor overdue
            2014-09-01 | ru-ir-joint-action-plan-2012-2014  | no-successor stale
            2014-10-15 | ru-ir-joint-action-plan-2012-2014  | deadline-approaching no-successor stale
            2015-03-01 | ru-ir-cross-border-protocol        | ''
            2015-03-01 | ru-ir-experience-exchange          | recurrence-missed stale
            2014-06-01 | ru-us-2002-drug-control-agreement  | no-replacement
            2013-06-01 | ru-us-2002-drug-control-agreement  | ''
            2012-06-01 | ru-us-2002-drug-control-agreement  | stale undated
            2014-06-01 | ru-us-new-drug-control-agreement   | stale undated
            2012-06-01 | ru-us-new-drug-control-agreement   | ''
            2025-09-01 | csto-anti-drug-strategy-2021-2025  | no-successor stale
            2025-10-15 | csto-anti-drug-strategy-2021-2025  | deadline-approaching no-successor stale
            2026-01-01 | csto-anti-drug-strategy-2021-2025  | no-successor overdue
            2022-06-01 | csto-drug-coordinating-council     | stale
            2023-01-01 | csto-drug-coordinating-council     | recurrence-missed stale
            2017-06-01 | ru-tr-tourism-expansion            | stale undated
            """)
    void theseRulesAndNoOthersFire(String asOf, String commitment, String rules) {
        Cli.Result result = Cli.run("evaluate", "--as-of", asOf, "--format", "json");

        assertThat(result.exitCode()).as(result.err()).isZero();
        List<String> fired = result.json().stream()
                .filter(alert -> alert.get("commitment").equals(commitment))
                .map(alert -> (String) alert.get("rule"))
                .sorted()
                .toList();
        assertThat(fired).isEqualTo(rules.isBlank() ? List.of() : Arrays.asList(rules.split(" ")));
    }

    @ParameterizedTest(name = "as of {0}")
    @CsvSource({"2012-06-01", "2015-03-01", "2019-05-01", "2025-09-01"})
    void everyAlertCarriesTheDocumentedKeys(String asOf) {
        List<Map<String, Object>> alerts = Cli.run("evaluate", "--as-of", asOf, "--format", "json").json();

        assertThat(alerts).isNotEmpty().allSatisfy(alert -> {
            assertThat(new TreeSet<>(alert.keySet())).containsExactly("commitment", "due", "message", "rule", "severity");
            assertThat(alert.get("severity")).isIn("info", "warning", "critical");
            assertThat((String) alert.get("message")).doesNotContain("\n").isNotBlank();
        });
    }
}
