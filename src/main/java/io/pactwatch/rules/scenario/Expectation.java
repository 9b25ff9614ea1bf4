package io.pactwatch.rules.scenario;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Severity;

import java.util.Optional;

/** An alert a scenario expects (or forbids): a rule on a commitment, optionally at a severity. */
public record Expectation(String rule, String commitment, Optional<Severity> severity) {

    public boolean matches(Alert alert) {
        return alert.rule().equals(rule) && alert.commitment().equals(commitment)
                && severity.map(alert.severity()::equals).orElse(true);
    }

    /** "overdue ru-ir-plan (critical)": how diffs print it. */
    @Override
    public String toString() {
        return rule + " " + commitment + severity.map(s -> " (" + s.label() + ")").orElse("");
    }

    static String describe(Alert alert) {
        return alert.rule() + " " + alert.commitment() + " (" + alert.severity().label() + ")";
    }
}
