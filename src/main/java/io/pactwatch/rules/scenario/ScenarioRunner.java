package io.pactwatch.rules.scenario;

import io.pactwatch.model.Alert;
import io.pactwatch.rules.Evaluator;
import io.pactwatch.rules.RuleBase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Runs scenarios through the one {@link Evaluator}, and compares what fired with what was expected. */
public final class ScenarioRunner {

    /** The result of one case on one date; it passed when nothing is missing, unexpected or forbidden. */
    public record Outcome(Scenario scenario, Scenario.Case testCase, LocalDate asOf, List<String> missing,
                          List<String> unexpected) {

        public boolean passed() {
            return missing.isEmpty() && unexpected.isEmpty();
        }

        /** "rules/tests/overdue.yaml:14: overdue fires the day after (as of 2019-07-01)". */
        public String title() {
            return scenario.file() + ":" + testCase.line() + ": " + scenario.name() + " (as of " + asOf + ")";
        }

        /** The diff of expected and actual, one line each, for a failure report. */
        public List<String> diff() {
            List<String> lines = new ArrayList<>();
            missing.forEach(m -> lines.add("- expected, not raised: " + m));
            unexpected.forEach(u -> lines.add("+ raised, not expected: " + u));
            return lines;
        }
    }

    private final RuleBase rules;

    public ScenarioRunner(RuleBase rules) {
        this.rules = rules;
    }

    public List<Outcome> run(List<Scenario> scenarios) {
        List<Outcome> outcomes = new ArrayList<>();
        for (Scenario scenario : scenarios) {
            Evaluator evaluator = new Evaluator(rules, scenario.policy());
            for (Scenario.Case testCase : scenario.cases()) {
                for (LocalDate asOf : testCase.asOf()) {
                    outcomes.add(compare(scenario, testCase, asOf, evaluator.evaluate(scenario.registry(), asOf)));
                }
            }
        }
        return outcomes;
    }

    private static Outcome compare(Scenario scenario, Scenario.Case testCase, LocalDate asOf, List<Alert> alerts) {
        List<String> missing = testCase.expect().stream()
                .filter(e -> alerts.stream().noneMatch(e::matches))
                .map(Expectation::toString)
                .toList();
        List<String> unexpected = new ArrayList<>();
        for (Alert alert : alerts) {
            boolean expected = testCase.expect().stream().anyMatch(e -> e.matches(alert));
            boolean forbidden = testCase.excludes().stream().anyMatch(e -> e.matches(alert));
            if (forbidden || (testCase.exact() && !expected)) {
                unexpected.add(Expectation.describe(alert) + (forbidden ? " [excluded]" : ""));
            }
        }
        return new Outcome(scenario, testCase, asOf, missing, unexpected);
    }
}
