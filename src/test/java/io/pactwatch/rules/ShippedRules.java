package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Progress;
import io.pactwatch.registry.Registry;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** The shipped rule pack ({@code rules/}), compiled once per test JVM: compiling takes seconds, evaluating does not. */
public final class ShippedRules {

    private static RuleBase rules;

    private ShippedRules() {
    }

    public static synchronized RuleBase get() {
        if (rules == null) {
            rules = RuleCompiler.compile(Path.of("rules"));
        }
        return rules;
    }

    static List<Alert> evaluate(String asOf, List<Commitment> commitments, List<Progress> progress) {
        return new Evaluator(get(), Policy.defaults()).evaluate(new Registry(commitments, progress), LocalDate.parse(asOf));
    }
}
