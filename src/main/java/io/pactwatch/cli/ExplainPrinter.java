package io.pactwatch.cli;

import io.pactwatch.model.Commitment;
import io.pactwatch.model.Policy;
import io.pactwatch.model.Progress;
import io.pactwatch.model.Today;
import io.pactwatch.progress.ProgressHistory;
import io.pactwatch.registry.Registry;
import io.pactwatch.rules.Explainer;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** Prints {@code evaluate --explain}: the commitment's facts as the rules saw them, then a verdict per rule. */
final class ExplainPrinter {

    private ExplainPrinter() {
    }

    static void print(PrintWriter out, Explainer explainer, ProgressHistory history, LocalDate asOf,
                      Commitment commitment, Policy policy) {
        Registry registry = history.registry();
        out.println("Explaining " + commitment.id() + " as of " + asOf);
        out.println("  " + commitment.label());
        if (commitment.announced().isAfter(asOf)) {
            out.println("  announced " + commitment.announced() + ", after the as-of date: no rule sees it yet");
            return;
        }
        Registry asKnown = registry.asKnownOn(asOf);
        Commitment known = asKnown.commitment(commitment.id()).orElse(commitment);
        out.println("  " + facts(known));
        out.println("  progress: " + progress(history, asKnown.progressOf(commitment.id())));
        out.println("  Today: " + today(Today.of(asOf, policy)));
        out.println();
        Table table = new Table("RULE", "RESULT", "READS", "WHY");
        for (Explainer.Verdict verdict : explainer.explain(registry, asOf, commitment)) {
            String why = verdict.fired()
                    ? verdict.alerts().stream().map(a -> a.severity().label() + ": " + a.message())
                            .collect(Collectors.joining(" | "))
                    : verdict.reason() + " (" + verdict.location() + ")";
            table.row(verdict.rule(), verdict.fired() ? "fired" : "not fired", String.join(", ", verdict.reads()), why);
        }
        table.print(out);
    }

    /** The dates rules compare with, as "deadlineHorizon 2019-07-30, ...". */
    private static String today(Today today) {
        return Arrays.stream(Today.class.getRecordComponents()).map(c -> {
            try {
                return c.getName() + " " + c.getAccessor().invoke(today);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }).collect(Collectors.joining(", "));
    }

    private static String facts(Commitment c) {
        StringBuilder facts = new StringBuilder("kind " + c.kind().label() + ", status " + c.status().label());
        if (c.due() != null) {
            facts.append(", due ").append(c.due().range()).append(" (").append(c.due().text()).append(')');
        }
        if (c.tentative()) {
            facts.append(", tentative");
        }
        if (c.recurs() != null) {
            facts.append(", recurs ").append(c.recurs().text());
        }
        facts.append(", announced ").append(c.announced());
        if (!c.dependsOn().isEmpty()) {
            facts.append(", depends on ").append(String.join(", ", c.dependsOn()));
        }
        if (!c.supersedes().isEmpty()) {
            facts.append(", supersedes ").append(String.join(", ", c.supersedes()));
        }
        return facts.toString();
    }

    /** "2012-01-24 signed (registry file), 2019-04-15 held (recorded by ana (web) at ...)". */
    private static String progress(ProgressHistory history, List<Progress> progress) {
        return progress.isEmpty() ? "none recorded by then" : progress.stream()
                .map(p -> p.date() + " " + p.kind().label() + " (" + history.provenance(p).provenance() + ")")
                .collect(Collectors.joining(", "));
    }
}
