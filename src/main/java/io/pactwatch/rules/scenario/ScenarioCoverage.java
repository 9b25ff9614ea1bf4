package io.pactwatch.rules.scenario;

import io.pactwatch.model.InvalidInputException;
import io.pactwatch.model.Problem;
import io.pactwatch.rules.Diagnostic;
import io.pactwatch.rules.RuleCatalog;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of {@code rules check} that reads the scenarios: a warning, at the rule's file and line, for every rule
 * that no scenario in the pack's {@code tests/} shows firing (under {@code expect} or {@code contains}).
 * A warning, not an error: a rule without a scenario still works, it is only untested (docs/rules.md).
 */
public final class ScenarioCoverage {

    /** Where a pack keeps its scenarios, as {@code rules test} reads them by default. */
    public static final String TESTS = "tests";

    private ScenarioCoverage() {
    }

    /** The warnings for the rules of {@code rules} (a rule directory) that its scenarios leave unexercised. */
    public static List<Diagnostic> unexercised(Path rules) {
        Path tests = rules.resolve(TESTS);
        Set<String> exercised = new HashSet<>();
        if (Files.isDirectory(tests)) {
            try {
                ScenarioReader.read(List.of(tests)).forEach(s -> s.cases().forEach(c ->
                        c.expect().forEach(e -> exercised.add(e.rule()))));
            } catch (InvalidInputException e) {
                return List.of(Diagnostic.warning(Problem.at(tests, 0, "the scenarios could not be read, so which "
                        + "rules they exercise is not checked: run `pactwatch rules test` to see why")));
            }
        }
        return RuleCatalog.list(rules).stream().filter(rule -> !exercised.contains(rule.name()))
                .map(rule -> Diagnostic.warning(Problem.at(rule.file(), rule.line(), "rule \"" + rule.name()
                        + "\" is exercised by no scenario in " + tests + ": add one that lists it under contains "
                        + "(docs/rules.md, \"Scenarios\")")))
                .toList();
    }
}
