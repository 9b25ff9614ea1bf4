package io.pactwatch.rules.scenario;

import io.pactwatch.model.Policy;
import io.pactwatch.registry.Registry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * A rule scenario from {@code rules/tests/*.yaml}: a small registry, a policy, and what the rules must raise on
 * each of some dates.
 */
public record Scenario(Path file, String name, Registry registry, Policy policy, List<Case> cases) {

    /**
     * What must hold on each of {@code asOf}. With {@code exact}, {@code expect} is the whole set of alerts;
     * otherwise every {@code contains} must be raised and no {@code excludes}.
     */
    public record Case(int line, List<LocalDate> asOf, boolean exact, List<Expectation> expect,
                       List<Expectation> excludes) {
    }
}
