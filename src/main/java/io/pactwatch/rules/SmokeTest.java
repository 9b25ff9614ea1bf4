package io.pactwatch.rules;

import io.pactwatch.model.Cadence;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Kind;
import io.pactwatch.model.Period;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Progress;
import io.pactwatch.model.ProgressKind;
import io.pactwatch.model.Status;
import io.pactwatch.registry.Registry;

import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a rule base once on a small registry that has every kind, status and progress kind, with and without
 * dates. Drools compiles some constraints only on first use (docs/architecture.md), so a pack that built can still fail
 * here; a pack must pass before it is reported clean or replaces a live one.
 */
public final class SmokeTest {

    static final LocalDate AS_OF = LocalDate.of(2020, 6, 15);
    /** The sample registry is evaluated in milliseconds; a pack that takes longer is looping. */
    static final Duration TIME_LIMIT = Duration.ofSeconds(10);

    private SmokeTest() {
    }

    /** @throws RuleFailedException naming the rule that failed */
    public static void run(RuleBase rules) {
        new Evaluator(rules, Policy.defaults()).withTimeLimit(TIME_LIMIT).evaluate(registry(), AS_OF);
    }

    static Registry registry() {
        List<Commitment> commitments = new ArrayList<>();
        List<Progress> progress = new ArrayList<>();
        LocalDate announced = AS_OF.minusYears(2);
        Period window = new Period(AS_OF.minusDays(30), AS_OF.plusDays(20), "smoke window");
        Cadence yearly = new Cadence(1, ChronoUnit.YEARS, "every year");
        int n = 0;
        for (Kind kind : Kind.values()) {
            for (Status status : Status.values()) {
                String id = "smoke-" + n++;
                boolean dated = n % 2 == 0;
                commitments.add(new Commitment(id, "Smoke " + id, kind, List.of("A", "B"), List.of(), List.of(),
                        dated ? window : null, n % 3 == 0, status, dated ? null : yearly,
                        n > 1 ? List.of("smoke-" + (n - 2)) : List.of(), n > 1 ? List.of("smoke-" + (n - 2)) : List.of(),
                        List.of(), null, announced, null));
                ProgressKind kindOfProgress = ProgressKind.values()[n % ProgressKind.values().length];
                progress.add(new Progress(id, announced.plusDays(n), kindOfProgress, null));
            }
        }
        return new Registry(commitments, progress);
    }
}
