package io.pactwatch.rules;

import io.pactwatch.model.Alert;
import io.pactwatch.model.Commitment;
import io.pactwatch.model.Counted;
import io.pactwatch.model.Severity;
import org.kie.api.runtime.rule.RuleContext;

import java.time.LocalDate;
import java.util.Collection;

/**
 * The alert-insertion API of DRL consequences: {@code insert(Alerts.raise(kcontext, $c, date, message))}.
 * The alert is named after the rule that raised it, so a rule's name is its alert's name.
 */
public final class Alerts {

    /** The rule metadata key that gives the severity of a rule's alerts. */
    public static final String SEVERITY = "severity";

    private Alerts() {
    }

    /** An alert with the severity the rule declares in {@code @severity(...)}. */
    public static Alert raise(RuleContext rule, Commitment commitment, LocalDate date, String message) {
        return raise(rule, declaredSeverity(rule), commitment, date, message);
    }

    /** An alert whose severity the consequence computed (e.g. from how near a deadline is). */
    public static Alert raise(RuleContext rule, Severity severity, Commitment commitment, LocalDate date,
                              String message) {
        Object category = rule.getRule().getMetaData().get(RuleCatalog.CATEGORY);
        return new Alert(rule.getRule().getName(), severity, commitment.id(), date, message,
                category == null ? null : category.toString());
    }

    /** "1 day", "45 days": for messages. */
    public static String days(long count) {
        return Counted.of(Math.abs(count), "day");
    }

    /** The latest of {@code first} and {@code dates}: the last time something happened. */
    public static LocalDate latest(LocalDate first, Collection<?> dates) {
        LocalDate latest = first;
        for (Object date : dates) {
            if (date instanceof LocalDate d && d.isAfter(latest)) {
                latest = d;
            }
        }
        return latest;
    }

    private static Severity declaredSeverity(RuleContext rule) {
        Object declared = rule.getRule().getMetaData().get(SEVERITY);
        return Severity.parse(declared == null ? null : declared.toString()).orElseThrow(() ->
                new IllegalStateException("rule \"" + rule.getRule().getName() + "\" declares no valid @severity"
                        + " (info, warning or critical) and passes none to Alerts.raise"));
    }
}
